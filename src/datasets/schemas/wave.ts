import { z } from "../zod.ts";
import { Measure } from "./measure.ts";
import { Id, IsoDate, NonEmptyText } from "./primitives.ts";
import { Correction } from "./correction.ts";

/** An annotation cites a source document, or says plainly that its citation is incomplete. */
export const AnnotationSource = z.union([
  z.strictObject({ document: Id, quote: NonEmptyText.optional() }),
  /** Several documents that date the event, each with its words. */
  z.strictObject({ documents: z.array(z.strictObject({ document: Id, quote: NonEmptyText.optional() })).min(1) }),
  z.strictObject({
    /** Who reported it, as the research notes name them, when no document URL was recorded. */
    reported_by: NonEmptyText,
    citation_incomplete: z.literal(true),
  }),
]);

export const Annotation = z.strictObject({
  id: Id,
  start: IsoDate,
  /** Present for spans (a shutdown), absent for single events. */
  end: IsoDate.optional(),
  /** true when the span's end is unknown or gradual (partial restoration). */
  end_uncertain: z.boolean().optional(),
  /** true when the day was worked out ("238 hours after the start"), not stated. */
  start_inferred: z.boolean().optional(),
  /** The measures the event concerns (a jump in HRANA's arrest count): charts of other measures leave it off. Absent: every chart of the wave. */
  measures: z.array(Measure).optional(),
  label: NonEmptyText,
  description: NonEmptyText.optional(),
  source: AnnotationSource,
});
export type Annotation = z.infer<typeof Annotation>;

/**
 * A dated, sourced statement that gives no number ("tens of thousands of protesters still
 * detained"): shown on the wave page and its timeline, never plotted, never a "latest" figure.
 */
export const Statement = z.strictObject({
  id: Id,
  /** The day the statement was made (or, when that is not known, published). */
  date: IsoDate,
  date_inferred: z.boolean().optional(),
  organisation: Id,
  measure: Measure,
  source: Id,
  /** Verbatim, in the document's own language. */
  quote: NonEmptyText,
  translation: NonEmptyText.optional(),
  /** What it says, in plain words and without a number of this site's own. */
  summary: NonEmptyText,
  /** true when the quote does not name the organisation; `attribution_reason` says why it is its statement. */
  attribution_inferred: z.boolean().optional(),
  attribution_reason: NonEmptyText.optional(),
});
export type Statement = z.infer<typeof Statement>;

export const Wave = z.strictObject({
  id: Id,
  title: NonEmptyText,
  start: IsoDate,
  end: IsoDate.nullable(),
  summary: NonEmptyText,
  annotations: z.array(Annotation),
  statements: z.array(Statement).optional(),
  /** The day through which newer reports were searched for: how fresh the wave's figures are. */
  searched_until: IsoDate.optional(),
  /** Why a published field changed (see correction.ts). */
  corrections: z.array(Correction).optional(),
});
export type Wave = z.infer<typeof Wave>;
