import type { Qualifier } from "../datasets/schemas/qualifier.ts";

/*
 * How a qualifier is drawn. Apart from format-figure.ts, whose string tables (both languages)
 * would otherwise come into the browser's chart code with the markers (svg-markers.ts).
 */

/** True when the number is a floor, so charts draw it as "this or more". */
export function isLowerBound(q: Qualifier): boolean {
  return q === "at_least" || q === "more_than";
}

/** True when the number is approximate (or an upper bound), drawn as such. */
export function isApproximate(q: Qualifier): boolean {
  return q === "about" || q === "nearly" || q === "up_to" || q === "estimated";
}
