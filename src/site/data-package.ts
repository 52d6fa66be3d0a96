import type { Release } from "../datasets/schemas/release.ts";
import { figureColumns, type DownloadLayout } from "../domain/figure-records.ts";
import type { SiteIndex } from "../domain/site-index.ts";
import { tableField } from "./figure-fields.ts";
import { absoluteUrl } from "./site-origin.ts";

/** Where a release's Table Schemas and JSON Schemas are, relative to its datapackage.json. */
export const TABLE_SCHEMA = { figures: "schema/figures.tableschema.json", series: "schema/series.tableschema.json" } as const;
export const FIGURES_JSON_SCHEMA = "schema/figures.schema.json";
export const DATASET_JSON_SCHEMA = "schema/release.schema.json";

/**
 * The Table Schema (Frictionless v1) of figures.csv, or of a series CSV, whose every row is a
 * row of figures.csv (a real foreign key). Empty cells are the only missing value.
 */
export function tableSchema(layout: DownloadLayout, of: "figures" | "series"): Record<string, unknown> {
  return {
    fields: figureColumns(layout).map(tableField),
    missingValues: [""],
    primaryKey: ["figure_id"],
    ...(of === "series" && { foreignKeys: [{ fields: ["figure_id"], reference: { resource: "figures", fields: ["figure_id"] } }] }),
  };
}

const CSV_DIALECT = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true };
const csvResource = (name: string, path: string, title: string, schema: string) => ({
  name,
  path,
  title,
  profile: "tabular-data-resource",
  format: "csv",
  mediatype: "text/csv",
  encoding: "utf-8",
  dialect: CSV_DIALECT,
  schema,
});

/**
 * datapackage.json (Frictionless Data Package v1) of one release's downloads: figures.csv and
 * every series CSV with their Table Schemas, figures.json and dataset.json with their JSON
 * Schemas (`jsonSchema`, as in Data Package v2), the licence and every source document.
 */
export function dataPackage(index: SiteIndex, release: Release): Record<string, unknown> {
  return {
    profile: "data-package",
    name: "iran-protest-detainee-counts",
    id: absoluteUrl(`/v/${release.version}/`),
    title: `Iran protest detainee counts, version ${release.version}`,
    description:
      "Detainee counts, deaths, death sentences, executions and judicial figures for Iran's protest waves, recorded as claims: one row per number one organisation published, with its source document and verbatim quote. Claims by different organisations count different things: never sum or average them.",
    version: release.version,
    // Stryker disable next-line StringLiteral: new URL("", origin) is the origin's root too
    homepage: absoluteUrl("/"),
    keywords: ["Iran", "protests", "detainees", "human rights"],
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0 International" }],
    // Stryker disable next-line EqualityOperator: ids are unique, so < and <= agree
    sources: [...index.data.sources].sort((a, b) => (a.id < b.id ? -1 : 1)).map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url })),
    release_date: release.date,
    release_sha256: release.sha256,
    dataset_commit: release.dataset_commit ?? null,
    resources: [
      csvResource("figures", "figures.csv", "Every figure", TABLE_SCHEMA.figures),
      ...[...index.data.series]
        // Stryker disable next-line EqualityOperator: ids are unique, so < and <= agree
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((s) => csvResource(`series-${s.id}`, `series/${s.id}.csv`, s.label, TABLE_SCHEMA.series)),
      { name: "figures-json", path: "figures.json", title: "Every figure, as JSON", format: "json", mediatype: "application/json", encoding: "utf-8", jsonSchema: FIGURES_JSON_SCHEMA },
      { name: "dataset", path: "dataset.json", title: "The whole release, as frozen", format: "json", mediatype: "application/json", encoding: "utf-8", jsonSchema: DATASET_JSON_SCHEMA },
    ],
  };
}
