import type { Qualifier } from "../datasets/schemas/qualifier.ts";
import { formatCount } from "./format-count.ts";

export interface FigureLike {
  value?: number;
  low?: number;
  high?: number;
  qualifier: Qualifier;
}

const WORDS: Record<Exclude<Qualifier, "range">, string> = {
  exact: "",
  at_least: "at least ",
  more_than: "more than ",
  about: "about ",
  nearly: "nearly ",
  up_to: "up to ",
  estimated: "an estimated ",
};

/** The figure as a reader should say it: "at least 52,941", "between 10,000 and 12,000". */
export function formatFigure(f: FigureLike, locale = "en-GB"): string {
  if (f.qualifier === "range" || f.value === undefined) return `between ${formatCount(f.low ?? 0, locale)} and ${formatCount(f.high ?? 0, locale)}`;
  return `${WORDS[f.qualifier]}${formatCount(f.value, locale)}`;
}

/** Qualifier names for legends and tables. */
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: "exact figure",
  at_least: "at least",
  more_than: "more than",
  about: "about",
  nearly: "nearly",
  up_to: "up to",
  estimated: "estimate",
  range: "range",
};

/** True when the number is a floor, so charts draw it as "this or more". */
export function isLowerBound(q: Qualifier): boolean {
  return q === "at_least" || q === "more_than";
}

/** True when the number is approximate (or an upper bound), drawn as such. */
export function isApproximate(q: Qualifier): boolean {
  return q === "about" || q === "nearly" || q === "up_to" || q === "estimated";
}
