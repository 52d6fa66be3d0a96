import type { APIContext } from "astro";
import type { ChartModel } from "../../../../charts/chart-types.ts";
import { loadSite } from "../../../../site/load-site.ts";
import { allCharts } from "../../../../site/page-charts.ts";

/** /v/<version>/charts/<id>.json: the chart models of an archived release's pages. */
export function getStaticPaths() {
  return loadSite().archives.flatMap((ctx) =>
    allCharts(ctx).map((v) => ({ params: { version: ctx.release!.version, id: v.model.id }, props: { model: v.model } })),
  );
}

export function GET({ props }: APIContext<{ model: ChartModel }>) {
  return new Response(JSON.stringify(props.model), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
