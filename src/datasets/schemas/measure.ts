import { z } from "../zod.ts";

/**
 * What a series counts. Detainee stocks first, then context: deaths, the death penalty and
 * judicial stages (which are case counts, not numbers of people held).
 */
export const MEASURES = [
  "arrested",
  "identified_detainees",
  "killed",
  "sentenced_to_death",
  "executed",
  "facing_capital_charges",
  "released_or_pardoned",
  "indicted",
  "on_trial",
  "convicted",
  "not_prosecuted",
] as const;

export const Measure = z.enum(MEASURES);
export type Measure = z.infer<typeof Measure>;
