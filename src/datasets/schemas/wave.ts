import { z } from "../zod.ts";
import { Id, IsoDate, NonEmptyText } from "./primitives.ts";

/** An annotation cites a source document, or says plainly that its citation is incomplete. */
export const AnnotationSource = z.union([
  z.strictObject({ document: Id, quote: NonEmptyText.optional() }),
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
  label: NonEmptyText,
  description: NonEmptyText.optional(),
  source: AnnotationSource,
});
export type Annotation = z.infer<typeof Annotation>;

export const Wave = z.strictObject({
  id: Id,
  title: NonEmptyText,
  start: IsoDate,
  end: IsoDate.nullable(),
  summary: NonEmptyText,
  annotations: z.array(Annotation),
});
export type Wave = z.infer<typeof Wave>;
