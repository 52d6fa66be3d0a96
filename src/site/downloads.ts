import { canonicalJson } from "../datasets/canonical-json.ts";
import { csvCell, downloadLayout, figureColumns, figureRecords } from "../domain/figure-records.ts";
import { toCsv } from "../format/csv.ts";
import { jsonSchemas } from "../datasets/json-schemas.ts";
import { dataPackage, FIGURES_JSON_SCHEMA, TABLE_SCHEMA, tableSchema } from "./data-package.ts";
import { dataReadme } from "./data-readme.ts";
import { figuresJsonSchema, jsonText } from "./download-schemas.ts";
import type { SiteContext } from "./site-context.ts";

export interface DownloadFile {
  /** Path under /downloads/<version>/, e.g. "figures.csv" or "series/hrana-arrested-2025-26.csv". */
  path: string;
  type: string;
  body: () => string;
}

const CSV = "text/csv; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

/**
 * Every file a release offers for download: figures as CSV and JSON, one CSV per series, the
 * whole release, a Frictionless data package describing them with its Table Schemas, the JSON
 * Schemas of every JSON file, a README. Files a release was published with keep their bytes:
 * the layout (figure-records.ts) is the release's own.
 */
export function downloadFiles(ctx: SiteContext): DownloadFile[] {
  const { index, release } = ctx;
  const version = release?.version ?? "unreleased";
  const layout = downloadLayout(index, release?.version ?? null);
  const datasetCommit = release?.dataset_commit ?? null;
  const columns = figureColumns(layout);
  const records = (seriesId?: string) => figureRecords(index, { layout, seriesId, datasetCommit });
  const csv = (seriesId?: string) => () => toCsv(columns, records(seriesId).map((r) => columns.map((c) => csvCell(c, r[c]))));
  const figuresJson = () => {
    // Stryker disable next-line OptionalChaining: a layout before 3 is always a release's (unreleased data is layout 3)
    const head = layout === 3 ? { $schema: FIGURES_JSON_SCHEMA, version, release_sha256: release?.sha256 ?? null, dataset_commit: datasetCommit } : { version, release_sha256: release?.sha256 ?? null };
    return `${JSON.stringify({ ...head, figures: records() }, null, 1)}\n`;
  };
  return [
    { path: "figures.csv", type: CSV, body: csv() },
    { path: "figures.json", type: JSON_TYPE, body: figuresJson },
    {
      path: "dataset.json",
      type: JSON_TYPE,
      body: () => (release ? `${JSON.stringify(JSON.parse(canonicalJson(release)), null, 1)}\n` : "{}\n"),
    },
    ...index.data.series.map((s) => ({ path: `series/${s.id}.csv`, type: CSV, body: csv(s.id) })),
    ...(release ? [{ path: "datapackage.json", type: JSON_TYPE, body: () => jsonText(dataPackage(index, release)) }] : []),
    // Stryker disable next-line StringLiteral: only "series" adds anything to a Table Schema
    { path: TABLE_SCHEMA.figures, type: JSON_TYPE, body: () => jsonText(tableSchema(layout, "figures")) },
    { path: TABLE_SCHEMA.series, type: JSON_TYPE, body: () => jsonText(tableSchema(layout, "series")) },
    { path: FIGURES_JSON_SCHEMA, type: JSON_TYPE, body: () => jsonText(figuresJsonSchema(layout)) },
    ...Object.entries(jsonSchemas()).map(([name, text]) => ({ path: `schema/${name}`, type: JSON_TYPE, body: () => text })),
    { path: "README.md", type: "text/markdown; charset=utf-8", body: () => dataReadme(version, release?.sha256 ?? null, layout, datasetCommit) },
  ];
}
