import type { APIContext } from "astro";
import { apiIndexSchema, apiSeriesSchema, jsonText } from "../../../../site/download-schemas.ts";

/** /api/v1/schema/index.schema.json and series.schema.json: the JSON Schemas of the API's files. */
const SCHEMAS: Record<string, () => Record<string, unknown>> = { "index.schema": apiIndexSchema, "series.schema": apiSeriesSchema };

export function getStaticPaths() {
  return Object.keys(SCHEMAS).map((name) => ({ params: { name } }));
}

export function GET({ params }: APIContext) {
  return new Response(jsonText(SCHEMAS[params.name!]()), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
