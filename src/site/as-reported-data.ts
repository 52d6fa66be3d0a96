import { claimChange } from "../domain/claim-change.ts";
import { knownDay, latestClaimOf } from "../domain/latest-claims.ts";
import { claimCardHtml } from "./claim-card-html.ts";
import type { SiteContext } from "./site-context.ts";

/**
 * What the wave page's "as reported on" view needs, fetched only when a reader picks a day:
 * for each charted series of the wave, its card as it stood from each day a new document of it
 * was published (the same HTML as today's cards). The browser takes, per series, the last state
 * on or before the day picked, and orders the cards as latestClaims does: newest first, then by
 * claimant. (Charts follow the day from their own points, which carry the day each became known.)
 */
export interface AsReportedData {
  series: Record<string, { rank: number; states: { from: string; date: string; html: string }[] }>;
}

export function asReportedData(ctx: SiteContext, waveId: string): AsReportedData {
  const { index } = ctx;
  const all = index.seriesByWave.get(waveId)?.filter((s) => s.on_charts) ?? [];
  const ranked = [...all].sort((a, b) => index.organisation.get(a.organisation)!.short_name.localeCompare(index.organisation.get(b.organisation)!.short_name) || a.id.localeCompare(b.id));
  const out: AsReportedData = { series: {} };
  for (const s of ranked) {
    // Stryker disable next-line ArrayDeclaration: a placeholder element has no document, so it adds no day, like an empty list
    const figures = index.figuresBySeries.get(s.id) ?? [];
    const org = index.organisation.get(s.organisation)!;
    // The days a card can change: each day a document of the series was published.
    // Stryker disable next-line ArrayDeclaration: a placeholder sorts after every ISO day, where the card is the last day's, so it adds no state
    const known = figures.flatMap((f) => knownDay(f, index.source) ?? []);
    const days = [...new Set(known)].sort();
    const states: AsReportedData["series"][string]["states"] = [];
    for (const day of days) {
      // Never null: every day listed is the publication day of a figure, which that day places (claimDay).
      const claim = latestClaimOf(s, org, figures, index.source, day)!;
      const html = claimCardHtml(ctx, claim, claimChange(claim, figures, index.source, day));
      if (states.at(-1)?.html !== html) states.push({ from: day, date: claim.date, html });
    }
    out.series[s.id] = { rank: ranked.indexOf(s), states };
  }
  return out;
}

/** The series a wave page's card list draws from (what latestClaims reads for these measures). */
export function cardSeries(ctx: SiteContext, waveId: string, measures: string[]): string[] {
  return ctx.index.seriesByWave.get(waveId)?.filter((s) => s.on_charts && measures.includes(s.measure)).map((s) => s.id) ?? [];
}
