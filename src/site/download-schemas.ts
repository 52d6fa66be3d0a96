import { seriesRecordSchema } from "../datasets/json-schemas.ts";
import { figureColumns, type DownloadLayout, type FigureColumn } from "../domain/figure-records.ts";
import { jsonField } from "./figure-fields.ts";

const DRAFT = "https://json-schema.org/draft/2020-12/schema";
const SHA256 = { type: "string", pattern: "^[0-9a-f]{64}$" };
const VERSION = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}(?:\\.\\d+)?$" };
const nullable = (s: object) => ({ anyOf: [s, { type: "null" }] });

/** A figure record with exactly these columns, each of its declared JSON type. */
function recordSchema(columns: FigureColumn[], field: (c: FigureColumn) => Record<string, unknown>) {
  return { type: "object", properties: Object.fromEntries(columns.map((c) => [c, field(c)])), required: columns, additionalProperties: false };
}

/** The /api/v1 series figures: layout 3's record, plus the list fields v1 was first published with as ';'-joined strings. */
export const API_LEGACY_FIELDS = ["flags", "cases", "corroborated_by", "other_documents"] as const satisfies FigureColumn[];
const apiColumns = (): FigureColumn[] => [...figureColumns(3), "flags"];
const apiField = (c: FigureColumn) => {
  if (!(API_LEGACY_FIELDS as readonly string[]).includes(c)) return jsonField(c, 3);
  const legacy = jsonField(c, 2);
  return { ...legacy, deprecated: true, description: `${legacy.description} Kept for /api/v1 compatibility as a ';'-joined string${c === "flags" ? " (\"\" when none); use the array figure_flags" : ""}.` };
};

/** JSON Schema of a release's figures.json in its layout. */
export function figuresJsonSchema(layout: DownloadLayout): Record<string, unknown> {
  const top: Record<string, unknown> = { version: VERSION, release_sha256: nullable(SHA256), figures: { type: "array", items: recordSchema(figureColumns(layout), (c) => jsonField(c, layout)) } };
  if (layout === 3) {
    top.$schema = { type: "string", description: "Where this schema is, relative to figures.json." };
    top.dataset_commit = { ...nullable({ type: "string", pattern: "^[0-9a-f]{40}$" }), description: "The git commit data/ was at when the release was made; null when the release recorded none (never filled in afterwards)." };
  }
  return {
    $schema: DRAFT,
    title: "figures.json",
    description: `Every figure of one release, one flat record each, with the same columns as figures.csv${layout === 3 ? " (lists as arrays)" : ""}.`,
    type: "object",
    properties: top,
    required: Object.keys(top).filter((k) => k !== "$schema"),
    additionalProperties: false,
  };
}

/** JSON Schema of /api/v1/index.json. */
export function apiIndexSchema(): Record<string, unknown> {
  return {
    $schema: DRAFT,
    title: "/api/v1/index.json",
    description: "The releases and the series of the latest one, with their endpoints.",
    type: "object",
    properties: {
      $schema: { type: "string" },
      version: nullable(VERSION),
      releases: {
        type: "array",
        items: {
          type: "object",
          properties: {
            version: VERSION,
            date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
            sha256: SHA256,
            summary: { type: "string", minLength: 1 },
            dataset: { type: "string", pattern: "^/downloads/[^/]+/dataset\\.json$" },
            datapackage: { type: "string", pattern: "^/downloads/[^/]+/datapackage\\.json$" },
            dataset_commit: { ...nullable({ type: "string", pattern: "^[0-9a-f]{40}$" }), description: "The git commit data/ was at when the release was made; null when the release recorded none." },
            offline: {
              type: "array",
              description: "The release's offline copies: site.zip (the whole site, to open from disk in a browser) and site.zim (for Kiwix), each with a file holding its SHA-256 (sha256sum format).",
              items: {
                type: "object",
                properties: {
                  name: { enum: ["site.zip", "site.zim"] },
                  url: { type: "string", pattern: "^/downloads/[^/]+/site\\.(zip|zim)$" },
                  sha256: { type: "string", pattern: "^/downloads/[^/]+/site\\.(zip|zim)\\.sha256$" },
                },
                required: ["name", "url", "sha256"],
                additionalProperties: false,
              },
            },
          },
          required: ["version", "date", "sha256", "summary", "dataset", "datapackage", "dataset_commit", "offline"],
          additionalProperties: false,
        },
      },
      series: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: { type: "string" },
            label: { type: "string" },
            wave: { type: "string" },
            organisation: { type: "string" },
            measure: { type: "string" },
            url: { type: "string", pattern: "^/api/v1/series/[^/]+\\.json$" },
          },
          required: ["id", "label", "wave", "organisation", "measure", "url"],
          additionalProperties: false,
        },
      },
    },
    required: ["version", "releases", "series"],
    additionalProperties: false,
  };
}

/** JSON Schema of /api/v1/series/<id>.json. */
export function apiSeriesSchema(): Record<string, unknown> {
  return {
    $schema: DRAFT,
    title: "/api/v1/series/<id>.json",
    description:
      "One series of the latest release, its definition and every figure. Figure records are figures.json's (lists as arrays), plus flags, cases, corroborated_by and other_documents as the ';'-joined strings /api/v1 was first published with.",
    type: "object",
    properties: { $schema: { type: "string" }, version: nullable(VERSION), series: seriesRecordSchema(), figures: { type: "array", items: recordSchema(apiColumns(), apiField) } },
    required: ["version", "series", "figures"],
    additionalProperties: false,
  };
}

export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
