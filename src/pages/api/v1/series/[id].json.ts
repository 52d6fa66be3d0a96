import type { APIContext } from "astro";
import { figureRecords } from "../../../../domain/figure-records.ts";
import { loadSite } from "../../../../site/load-site.ts";

/** /api/v1/series/<id>.json: one series of the latest release, its definition and every figure. */
export function getStaticPaths() {
  return loadSite().current.index.data.series.map((s) => ({ params: { id: s.id } }));
}

export function GET({ params }: APIContext) {
  const { index, release } = loadSite().current;
  const series = index.series.get(params.id!)!;
  const body = { version: release?.version ?? null, series, figures: figureRecords(index, series.id) };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
