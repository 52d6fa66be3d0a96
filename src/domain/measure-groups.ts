import type { Measure } from "../datasets/schemas/measure.ts";
import { stringsFor } from "../i18n/strings.ts";

/** How the site groups measures on a wave page: detainees first, the rest as context. Titles live in the UI strings. */
export const MEASURE_GROUPS: Array<{ id: string; measures: Measure[] }> = [
  { id: "detainees", measures: ["arrested", "identified_detainees"] },
  { id: "deaths", measures: ["killed"] },
  { id: "death-penalty", measures: ["sentenced_to_death", "facing_capital_charges", "executed"] },
  { id: "judicial", measures: ["indicted", "on_trial", "convicted", "not_prosecuted", "released_or_pardoned"] },
];

/** Plain words for a measure, as used in sentences: "people arrested". */
export function measureWords(m: Measure, locale = "en-GB"): string {
  return stringsFor(locale).measures[m];
}
