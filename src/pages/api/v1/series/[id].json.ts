import type { APIContext } from "astro";
import { apiFigureRecords } from "../../../../site/api-records.ts";
import { loadSite } from "../../../../site/load-site.ts";
import { routes } from "../../../../site/routes.ts";
import { absoluteUrl } from "../../../../site/site-origin.ts";

/** /api/v1/series/<id>.json: one series of the latest release, its definition and every figure. */
export function getStaticPaths() {
  return loadSite().current.index.data.series.map((s) => ({ params: { id: s.id } }));
}

export function GET({ params }: APIContext) {
  const { index, release } = loadSite().current;
  const series = index.series.get(params.id!)!;
  const body = { $schema: absoluteUrl(routes.api("schema/series.schema.json")), version: release?.version ?? null, series, figures: apiFigureRecords(index, series.id, release?.dataset_commit ?? null) };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
