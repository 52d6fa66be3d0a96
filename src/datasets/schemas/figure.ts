import { z } from "../zod.ts";
import { Measure } from "./measure.ts";
import { Count, Id, IsoDate, NonEmptyText } from "./primitives.ts";
import { Qualifier } from "./qualifier.ts";

export const FIGURE_FLAGS = [
  "as_of_inferred", // the count's date was inferred ("said Tuesday", a day number, a URL)
  "as_of_approximate", // only the month is known; the day is a placeholder
  "attribution_inferred", // the text does not name the organisation; the research attributes it
  "backfilled", // filled in later by a compiler, not from a same-day report
  "restatement", // repeats an earlier or rounded figure of the same organisation
  "possible_transcription_error", // disagrees with other copies; kept as published
  "low_quality_source", // the host is weak; kept only because better copies agree
  "counted_from_quote", // the quote gives parts or names cases; the number is their total, stated elsewhere
] as const;
export const FigureFlag = z.enum(FIGURE_FLAGS);
export type FigureFlag = z.infer<typeof FigureFlag>;

export const Correction = z.strictObject({
  /** The release in which the correction was made (filled by `npm run release`). */
  date: IsoDate,
  reason: NonEmptyText,
});

/** A claim: one number (or range) one organisation published, with the words that state it. */
export const Figure = z.strictObject({
  id: Id,
  /**
   * Who claims it and what it counts. They repeat the series' organisation and measure on
   * purpose: a figure filed in the wrong series is caught by the validator, not published.
   */
  organisation: Id,
  measure: Measure,
  /** The day the count refers to; null when no source says (the figure is listed but not plotted). */
  as_of: IsoDate.nullable(),
  value: Count.optional(),
  low: Count.optional(),
  high: Count.optional(),
  qualifier: Qualifier,
  source: Id,
  /** Verbatim, in the document's own language. */
  quote: NonEmptyText,
  /** The exact part of `quote` that states the number, e.g. "52.941", "seven", "49 bin 70". */
  figure_text: NonEmptyText,
  /** Where in the document: a CSV column, a paragraph, a caption. */
  locator: NonEmptyText.optional(),
  /** How the source attributes the number, in its words or the researcher's ("HRANA, as reported by Ynet"). */
  attribution: NonEmptyText.optional(),
  translation: NonEmptyText.optional(),
  notes: NonEmptyText.optional(),
  flags: z.array(FigureFlag).default([]),
  corrections: z.array(Correction).optional(),
});
export type Figure = z.infer<typeof Figure>;
