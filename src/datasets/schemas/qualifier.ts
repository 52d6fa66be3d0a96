import { z } from "../zod.ts";

/**
 * How the source qualifies its number. "range" goes with low/high; every other qualifier goes
 * with a single value. "nearly" and "up to" are upper bounds, "at least" and "more than" lower.
 */
export const QUALIFIERS = ["exact", "at_least", "more_than", "about", "nearly", "up_to", "estimated", "range"] as const;

export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;
