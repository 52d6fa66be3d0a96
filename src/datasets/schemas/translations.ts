import { z } from "../zod.ts";
import { NonEmptyText } from "./primitives.ts";

/**
 * Translations of the data's own text (names, labels, definitions, summaries) into one
 * language: data/translations/<locale>.json. Figures, quotes and notes are never translated
 * here: quotes stay in their original language. Every key must name an existing record.
 */
export const TranslationsFile = z.strictObject({
  $schema: z.string().optional(),
  organisations: z.record(z.string(), z.strictObject({ name: NonEmptyText, short_name: NonEmptyText, counts: NonEmptyText })),
  series: z.record(
    z.string(),
    z.strictObject({ label: NonEmptyText, unit: z.strictObject({ one: NonEmptyText, other: NonEmptyText }).optional(), definition: NonEmptyText, scope: NonEmptyText.optional(), caveats: z.array(NonEmptyText).optional() }),
  ),
  waves: z.record(
    z.string(),
    z.strictObject({
      title: NonEmptyText,
      summary: NonEmptyText,
      annotations: z
        .record(
          z.string(),
          z.strictObject({
            label: NonEmptyText,
            description: NonEmptyText.optional(),
          }),
        )
        .optional(),
      statements: z.record(z.string(), z.strictObject({ summary: NonEmptyText })).optional(),
    }),
  ),
  /**
   * Short English texts that are not a record's own words, keyed by the exact English: a
   * publisher as recorded ("Hands Off Cain / Nessuno tocchi Caino (Italian NGO; …)") and who
   * reported an event without a cited document (older releases). Keyed by text, so the
   * translation applies to every release that shows those words, and to no other words.
   */
  phrases: z.record(z.string(), NonEmptyText).optional(),
});
export type Translations = z.infer<typeof TranslationsFile>;
