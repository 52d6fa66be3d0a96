import { z } from "../zod.ts";
import { Figure } from "./figure.ts";
import { Organisation } from "./organisation.ts";
import { Series } from "./series.ts";
import { SourceDocument } from "./source-document.ts";
import { Wave } from "./wave.ts";
import { Withdrawal } from "./withdrawn.ts";

/**
 * The shapes of the files in data/. Each file may name its JSON Schema in "$schema" so editors
 * check it while you type; the validator ignores that key.
 */
const SchemaRef = z.string().optional();

export const OrganisationsFile = z.strictObject({ $schema: SchemaRef, organisations: z.array(Organisation) });
export const SourcesFile = z.strictObject({ $schema: SchemaRef, sources: z.array(SourceDocument) });
export const WavesFile = z.strictObject({ $schema: SchemaRef, waves: z.array(Wave) });
/** One file per series: its definition and every figure in it, easy to review in one diff. */
export const SeriesFile = z.strictObject({ $schema: SchemaRef, series: Series, figures: z.array(Figure) });

/** Figures withdrawn since a release, each with its reason (optional file). */
export const WithdrawnFile = z.strictObject({ $schema: SchemaRef, withdrawn: z.array(Withdrawal) });

export type SeriesFile = z.infer<typeof SeriesFile>;

