import { z } from "../zod.ts";
import { HttpUrl, Id, NonEmptyText } from "./primitives.ts";
import { Correction } from "./correction.ts";

export const ORGANISATION_KINDS = ["ngo", "un", "government", "media", "compiler", "volunteer", "unnamed"] as const;

/** Who makes a claim: one organisation per series, never merged with another. */
export const Organisation = z.strictObject({
  id: Id,
  name: NonEmptyText,
  short_name: NonEmptyText,
  kind: z.enum(ORGANISATION_KINDS),
  home_page: HttpUrl.nullable(),
  /**
   * Other names sources use for it: short forms, other scripts and languages ("IHRNGO",
   * "Iran Human Rights", "هرانا"). The attribution rule looks for these in quotes and titles.
   */
  aliases: z.array(NonEmptyText).optional(),
  /** What this organisation counts and how, in one or two plain sentences. */
  counts: NonEmptyText,
  /** Why a published field changed (see correction.ts). */
  corrections: z.array(Correction).optional(),
});
export type Organisation = z.infer<typeof Organisation>;
