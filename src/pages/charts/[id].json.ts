import type { APIContext } from "astro";
import type { ChartModel } from "../../charts/chart-types.ts";
import { loadSite } from "../../site/load-site.ts";
import { allCharts } from "../../site/page-charts.ts";

/** /charts/<id>.json: the models of the latest pages' charts, fetched when a chart becomes interactive. */
export function getStaticPaths() {
  return allCharts(loadSite().current).map((v) => ({ params: { id: v.model.id }, props: { model: v.model } }));
}

export function GET({ props }: APIContext<{ model: ChartModel }>) {
  return new Response(JSON.stringify(props.model), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
