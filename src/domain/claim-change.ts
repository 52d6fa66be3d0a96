import type { DatasetFigure } from "../datasets/dataset.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import { claimDay, latestClaimOf, type LatestClaim } from "./latest-claims.ts";

/**
 * How a claimant's latest figure differs from its previous one in the same series (same
 * claimant, same measure, same wave): "+1,200 since 9 February 2026".
 */
export interface ClaimChange {
  /** The previous figure and the latest one. */
  from: DatasetFigure;
  to: DatasetFigure;
  /** to − from, of the two stated numbers; may be 0 or negative (a lower running total: perhaps a correction). */
  difference: number;
  /** What both numbers are: exact counts, or both lower bounds of one kind ("at least" and "at least"). */
  qualifier: "exact" | "at_least" | "more_than";
  /** The previous claim's day. */
  since: string;
}

const COMPARABLE = new Set(["exact", "at_least", "more_than"]);

/** A figure whose single number can be subtracted from another's: no range, no approximation, no hedge, a running total. */
const plain = (f: DatasetFigure) => f.value !== undefined && COMPARABLE.has(f.qualifier) && !f.hedge && (f.basis ?? "total") === "total" && !f.flags.includes("restatement");

/**
 * The change since the previous figure, or null when it cannot be said honestly:
 * - the series is not a running total (`cumulative: false`: counts of a period do not subtract);
 * - either claim is undated, or states several numbers that day (which one changed?);
 * - the two numbers are not of one kind: both exact, or both the same lower bound. An
 *   "about", "up to", a range (never its midpoint) or a hedged figure gives no difference;
 * - there is no previous figure.
 * `figures` are the series' figures; `asOf` limits the previous figure to those known by then,
 * as it limited the latest claim.
 */
export function claimChange(claim: LatestClaim, figures: DatasetFigure[], sources: Map<string, SourceDocument>, asOf?: string): ClaimChange | null {
  if (!claim.series.cumulative || claim.undated || claim.figures.length !== 1) return null;
  const earlier = figures.filter((f) => {
    const day = claimDay(f, sources);
    return day !== null && day < claim.date;
  });
  const previous = latestClaimOf(claim.series, claim.organisation, earlier, sources, asOf);
  if (!previous || previous.undated || previous.figures.length !== 1) return null;
  const [from, to] = [previous.figures[0], claim.figures[0]];
  if (!plain(from) || !plain(to) || from.qualifier !== to.qualifier) return null;
  return { from, to, difference: to.value! - from.value!, qualifier: to.qualifier as ClaimChange["qualifier"], since: previous.date };
}
