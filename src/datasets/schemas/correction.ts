import { z } from "../zod.ts";
import { IsoDate, NonEmptyText } from "./primitives.ts";

/**
 * Why a published record was changed. Figures, sources, organisations, series and waves carry
 * a list of these; a release records each change with its reason, and a published correction
 * is never removed or reworded (src/domain/release-changes.ts).
 */
export const Correction = z.strictObject({
  /** The day the correction was made. */
  date: IsoDate,
  reason: NonEmptyText,
});
export type Correction = z.infer<typeof Correction>;
