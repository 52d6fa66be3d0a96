import { OrganisationsFile, SeriesFile, SourcesFile, WavesFile, WithdrawnFile } from "./schemas/files.ts";
import { Release } from "./schemas/release.ts";
import { Series } from "./schemas/series.ts";
import { TranslationsFile } from "./schemas/translations.ts";
import { z } from "./zod.ts";

const FILES = {
  "organisations.schema.json": { schema: OrganisationsFile, title: "data/organisations.json", description: "Organisations that make claims: one per claimant, never merged." },
  "sources.schema.json": { schema: SourcesFile, title: "data/sources.json", description: "Source documents: one record per URL." },
  "waves.schema.json": { schema: WavesFile, title: "data/waves.json", description: "Protest waves and their timeline annotations, each citing a source." },
  "series.schema.json": { schema: SeriesFile, title: "data/series/<id>.json", description: "One series (organisation x measure x wave) and every figure in it." },
  "translations.schema.json": { schema: TranslationsFile, title: "data/translations/<locale>.json", description: "Translations of the data's own text into one language." },
  "release.schema.json": {
    schema: Release,
    title: "data/releases/<version>.json",
    description: "One frozen release, byte for byte as published in the downloads' dataset.json: every record, the changes since the previous release, and the SHA-256 of its canonical JSON.",
  },
  "withdrawn.schema.json": { schema: WithdrawnFile, title: "data/withdrawn.json", description: "Figures withdrawn since a release, each with its reason." },
} as const;

/**
 * JSON Schemas of the data files, generated from the zod schemas (the one source of truth),
 * as file name -> pretty-printed text. Editors use them through each file's "$schema".
 */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, { schema, title, description }] of Object.entries(FILES)) {
    const json = z.toJSONSchema(schema, {
      io: "input",
      // Stryker disable next-line StringLiteral: no schema holds an unrepresentable type today (same output without it); "any" keeps a future one from throwing
      unrepresentable: "any",
    });
    out[name] = `${JSON.stringify({ ...json, title, description }, null, 2)}\n`;
  }
  return out;
}

/** The JSON Schema of one series record as the API serves it (defaults applied). */
export function seriesRecordSchema(): Record<string, unknown> {
  const { $schema: _draft, ...json } = z.toJSONSchema(Series, {
    io: "output",
    // Stryker disable next-line StringLiteral: as in jsonSchemas, no unrepresentable type today
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return json;
}
