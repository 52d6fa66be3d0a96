/**
 * `npm run schema`: writes the JSON Schemas of the data files into schema/, generated from the
 * zod schemas (src/datasets/schemas/files.ts), so editors check data/ files while you type
 * (each data file names its schema in "$schema"). Never edit schema/ by hand: change the zod
 * schema and run this again. tests/unit/json-schema.test.ts fails when schema/ is stale.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemas } from "../src/datasets/json-schemas.ts";

export { jsonSchemas };

/** Where the committed schemas live (data files refer to them as ../schema/<name>). */
export const SCHEMA_DIR = join(import.meta.dirname, "../schema");

if (import.meta.main) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  const files = jsonSchemas();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(SCHEMA_DIR, name), text);
  console.log(`schema: wrote ${Object.keys(files).length} JSON Schemas to schema/ (${Object.keys(files).join(", ")})`);
}
