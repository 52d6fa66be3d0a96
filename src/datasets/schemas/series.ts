import { z } from "../zod.ts";
import { Measure } from "./measure.ts";
import { Id, NonEmptyText } from "./primitives.ts";
import { Correction } from "./correction.ts";

/** One line on a chart: one organisation, one measure, one wave. */
export const Series = z.strictObject({
  id: Id,
  wave: Id,
  organisation: Id,
  measure: Measure,
  /** Short label for legends, saying what is counted, e.g. "HRANA: people arrested (estimate)". */
  label: NonEmptyText,
  /**
   * What is counted, as a noun phrase for sentences, cards, tables and downloads, singular
   * and plural ("protester killed" / "protesters killed"). The label must contain the plural.
   * Optional in the schema only so that releases made before it existed still read.
   */
  unit: z.strictObject({ one: NonEmptyText, other: NonEmptyText }).optional(),
  /** true when the claimant calls its numbers estimates: sentences then say "estimated", never "counted". */
  estimate: z.boolean().optional(),
  /** The counting unit and what exactly is counted. */
  definition: NonEmptyText,
  cumulative: z.boolean(),
  scope: NonEmptyText.optional(),
  caveats: z.array(NonEmptyText),
  /** false keeps a series off the headline charts (listed in tables only), with the reason in caveats. */
  on_charts: z.boolean().default(true),
  /** Why a published field changed (see correction.ts). */
  corrections: z.array(Correction).optional(),
});
export type Series = z.infer<typeof Series>;
