import type { Hedge } from "../datasets/schemas/figure.ts";
import type { Qualifier } from "../datasets/schemas/qualifier.ts";
import { stringsFor } from "../i18n/strings.ts";
import { formatCount } from "./format-count.ts";

export interface FigureLike {
  value?: number;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  hedge?: Hedge;
}

/**
 * The figure as a reader should say it, hedges included: "at least 52,941", "between 10,000
 * and 12,000", "perhaps more than 300", "at least 12,000, possibly as many as 20,000".
 */
export function formatFigure(f: FigureLike, locale = "en-GB"): string {
  const t = stringsFor(locale).qualifiers;
  const base =
    f.qualifier === "range" || f.value === undefined
      ? t.range(formatCount(f.low ?? 0, locale), formatCount(f.high ?? 0, locale))
      : `${t.words[f.qualifier] ?? ""}${formatCount(f.value, locale)}`;
  if (!f.hedge) return base;
  if (f.hedge.kind === "possibly_as_many_as" && f.hedge.value !== undefined) return t.possiblyAsManyAs(base, formatCount(f.hedge.value, locale));
  return f.hedge.kind === "perhaps" ? t.perhaps(base) : t.reportedly(base);
}

/** Qualifier names for legends and tables. */
export function qualifierLabel(q: Qualifier, locale = "en-GB"): string {
  return stringsFor(locale).qualifiers.labels[q];
}
