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
            /** Who reported the event, for a release whose annotation names them instead of citing a document. */
            reported_by: NonEmptyText.optional(),
          }),
        )
        .optional(),
      statements: z.record(z.string(), z.strictObject({ summary: NonEmptyText })).optional(),
    }),
  ),
});
export type Translations = z.infer<typeof TranslationsFile>;
