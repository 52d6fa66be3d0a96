import { z } from "../zod.ts";
import { Measure } from "./measure.ts";
import { Count, Id, IsoDate, NonEmptyText } from "./primitives.ts";
import { Correction } from "./correction.ts";
import { Qualifier } from "./qualifier.ts";

export const FIGURE_FLAGS = [
  "as_of_inferred", // the count's date was inferred ("said Tuesday", a day number, a URL)
  "as_of_approximate", // only the month is known; the day is a placeholder
  "attribution_inferred", // neither quote nor title names the organisation; attribution_reason says why it is its figure
  "backfilled", // filled in later by a compiler, not from a same-day report
  "restatement", // repeats an earlier or rounded figure of the same organisation
  "possible_transcription_error", // disagrees with other copies; kept as published
  "low_quality_source", // the host is weak: the figure is kept and marked wherever it appears; corroborated_by links better copies
  /** Superseded by `basis: "project_count"`; kept so older releases still read. Refused in data/. */
  "counted_from_quote",
] as const;
export const FigureFlag = z.enum(FIGURE_FLAGS);
export type FigureFlag = z.infer<typeof FigureFlag>;

/**
 * What the number is. "total": the claimant's own total. "cases": a list of named cases (one
 * death sentence, two executions on one day), never a running total. "project_count": this
 * project counted the number from parts or cases the text gives; the claimant did not state it.
 */
export const FIGURE_BASES = ["total", "cases", "project_count"] as const;
export const FigureBasis = z.enum(FIGURE_BASES);
export type FigureBasis = z.infer<typeof FigureBasis>;

/**
 * Words that soften a figure, kept as data and shown with it. "perhaps": the speaker doubts
 * it ("I think … perhaps more than 300"); "reportedly": passed on, not vouched for;
 * "possibly_as_many_as": an upper figure the source gives as possible ("at least 12,000 …
 * possibly as many as 20,000"), in `value`.
 */
export const HEDGE_KINDS = ["perhaps", "reportedly", "possibly_as_many_as"] as const;
export const Hedge = z.strictObject({
  kind: z.enum(HEDGE_KINDS),
  /** The hedging words, exactly as in the quote. */
  text: NonEmptyText,
  value: Count.optional(),
});
export type Hedge = z.infer<typeof Hedge>;

/**
 * Another document that states the same figure: a primary copy (the organisation's own page,
 * a UN record) or a republication. Its words are kept, and so is its own reading of the
 * number when it differs ("up to 551" where the figure's document says "at least 551").
 */
export const OtherDocument = z.strictObject({
  source: Id,
  /** Verbatim, in the document's own language. */
  quote: NonEmptyText,
  /** The exact part of `quote` that states the number. */
  figure_text: NonEmptyText,
  /** This document's qualifier when it differs from the figure's: both readings stay visible. */
  qualifier: Qualifier.optional(),
  /** The organisation's own or an official copy: listed before the figure's own document. */
  primary: z.boolean().optional(),
  locator: NonEmptyText.optional(),
  translation: NonEmptyText.optional(),
});
export type OtherDocument = z.infer<typeof OtherDocument>;

export { Correction };

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
  /** What the number is; see FIGURE_BASES. */
  basis: FigureBasis.optional(),
  /** basis "cases": the names of the cases, one per counted case. */
  cases: z.array(NonEmptyText).optional(),
  hedge: Hedge.optional(),
  /** Required with the "attribution_inferred" flag: why the figure is this organisation's. */
  attribution_reason: NonEmptyText.optional(),
  /** Figures from better sources that state the same number (for weak-source figures). */
  corroborated_by: z.array(Id).optional(),
  /** A note for readers, shown on the site. */
  public_note: NonEmptyText.optional(),
  /** Other documents stating this same figure (see OtherDocument). */
  other_documents: z.array(OtherDocument).optional(),
  /** Research notes (how the document was read, glosses, breakdowns): in the downloads, never on pages. */
  notes: NonEmptyText.optional(),
  flags: z.array(FigureFlag).default([]),
  corrections: z.array(Correction).optional(),
});
export type Figure = z.infer<typeof Figure>;
