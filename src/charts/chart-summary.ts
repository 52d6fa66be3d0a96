import type { Annotation } from "../datasets/schemas/wave.ts";
import { claimSentence, type ClaimContext } from "../domain/claim-words.ts";
import type { LatestClaim } from "../domain/latest-claims.ts";
import { daysBetween, formatDateCached } from "../format/format-date.ts";
import { capitalise } from "../format/capitalise.ts";
import { formatCount } from "../format/format-count.ts";
import { stringsFor } from "../i18n/strings.ts";
import type { ChartModel } from "./chart-types.ts";

/**
 * The chart in words, for screen readers and the page text: how far its figures go (the
 * newest date plotted), then each line's latest claim as a whole sentence with its own date
 * (latest-claims.ts: every different number of that day, undated claims marked). Figures of
 * different lines are never added up or averaged.
 */
export interface ChartSummaryParts {
  /** "Figures up to 11 February 2026." (date axis only). */
  lead: string;
  /** Each line's latest claim, as whole sentences: the part that cites figures. */
  claims: string;
  /** How many figures and lines are plotted, and the timeline events marked. */
  tail: string;
}

/** The summary as one text, from its parts. */
export function joinSummary(p: ChartSummaryParts): string {
  return [p.lead, p.claims, p.tail].filter(Boolean).join(" ");
}

export function chartSummaryParts(model: ChartModel, claims: LatestClaim[], annotations: Annotation[], ctx: ClaimContext, origins: Record<string, string> = {}): ChartSummaryParts {
  const locale = ctx.locale;
  const t = stringsFor(locale).summary;
  if (model.lines.length === 0 || model.asOf === null) return { lead: "", claims: "", tail: t.none };
  // Stryker disable next-line MethodExpression: the site's locales are "en-GB" and "fa"
  const persian = locale.startsWith("fa");
  const [comma, semi] = persian ? ["، ", "؛ "] : [", ", "; "];
  const days = model.xKind === "days";
  const sentences = claims.map((c) => {
    const origin = origins[c.series.id];
    if (!days || !origin || c.undated) return capitalise(claimSentence(c, ctx));
    const n = daysBetween(origin, c.date);
    return `${capitalise(claimSentence(c, ctx))}${comma}${t.daysAfter(formatCount(n, locale), n === 1)}`;
  });
  const n = model.lines.reduce((sum, l) => sum + l.points.length, 0);
  // Stryker disable next-line ConditionalExpression: "false": one point is always too few for a chart (MIN_CHART_POINTS), said by "listed" below
  const plotted = t.plotted(formatCount(n, locale), n === 1);
  const many = model.lines.length > 1 ? t.lines(model.lines.length) : ".";
  const marked = annotations.map((a) => {
    // Stryker disable next-line StringLiteral: any style but "long" is the short date
    const span = a.end ? t.span(formatDateCached(a.start, "short", locale), formatDateCached(a.end, "short", locale)) : formatDateCached(a.start, "short", locale);
    return `${a.label} ${stringsFor(locale).inBrackets(span)}`;
  });
  const timeline = marked.length > 0 ? t.timeline(marked.join(semi)) : "";
  const lead = days ? "" : t.upTo(formatDateCached(model.asOf, "long", locale));
  // Under three points there is no chart (Chart.astro lists them): say so, not "the chart plots".
  if (model.sparse) return { lead, claims: t.latestEachClaimant(sentences), tail: t.listed(formatCount(n, locale), n === 1) };
  return { lead, claims: t.latestEach(sentences), tail: `${plotted}${many}${timeline}` };
}
