import { canonicalJson } from "../datasets/canonical-json.ts";
import { figureColumns, figureRecords } from "../domain/figure-records.ts";
import { toCsv } from "../format/csv.ts";
import { jsonSchemas } from "../datasets/json-schemas.ts";
import { dataReadme } from "./data-readme.ts";
import type { SiteContext } from "./site-context.ts";

export interface DownloadFile {
  /** Path under /downloads/<version>/, e.g. "figures.csv" or "series/hrana-arrested-2025-26.csv". */
  path: string;
  type: string;
  body: () => string;
}

const CSV = "text/csv; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

/** Every file a release offers for download: figures as CSV and JSON, one CSV per series, the JSON Schemas, a README. */
export function downloadFiles(ctx: SiteContext): DownloadFile[] {
  const { index } = ctx;
  const version = ctx.release?.version ?? "unreleased";
  const columns = figureColumns(index);
  const csv = (seriesId?: string) => () => toCsv(columns, figureRecords(index, seriesId).map((r) => columns.map((c) => r[c] ?? null)));
  return [
    { path: "figures.csv", type: CSV, body: csv() },
    {
      path: "figures.json",
      type: JSON_TYPE,
      body: () => `${JSON.stringify({ version, release_sha256: ctx.release?.sha256 ?? null, figures: figureRecords(index) }, null, 1)}\n`,
    },
    {
      path: "dataset.json",
      type: JSON_TYPE,
      body: () => (ctx.release ? `${JSON.stringify(JSON.parse(canonicalJson(ctx.release)), null, 1)}\n` : "{}\n"),
    },
    ...index.data.series.map((s) => ({ path: `series/${s.id}.csv`, type: CSV, body: csv(s.id) })),
    ...Object.entries(jsonSchemas()).map(([name, text]) => ({ path: `schema/${name}`, type: JSON_TYPE, body: () => text })),
    { path: "README.md", type: "text/markdown; charset=utf-8", body: () => dataReadme(version, ctx.release?.sha256 ?? null, columns) },
  ];
}
