import type { Series } from "../datasets/schemas/series.ts";
import { describeClaims } from "../domain/describe-claims.ts";
import { latestClaimOf } from "../domain/latest-claims.ts";
import { claimContext } from "./claim-context.ts";
import { localText } from "./local-text.ts";
import type { SiteContext } from "./site-context.ts";

/**
 * The descriptions search results and share cards show for figure and series pages, as whole
 * sentences from the data (describe-claims.ts), never the site's generic description.
 */

/** A figure page: who claimed what number, counting what, as of when ("HRANA counted 52,941 people arrested (as of 11 February 2026)."). */
export function figureDescription(ctx: SiteContext, figureId: string): string {
  const f = ctx.index.figure.get(figureId)!;
  const series = ctx.index.series.get(f.series)!;
  // The one figure as a claim of its own, by the rule every card and summary uses.
  const claim = latestClaimOf(series, ctx.index.organisation.get(f.organisation)!, [f], ctx.index.source);
  return claim ? describeClaims([claim], claimContext(ctx)) : localText(ctx).seriesDefinition(series);
}

/** A series page: its latest claim, then what the series counts. */
export function seriesDescription(ctx: SiteContext, series: Series): string {
  const definition = localText(ctx).seriesDefinition(series);
  // Stryker disable next-line ArrayDeclaration: a placeholder element has no day, so it is skipped like an empty list
  const claim = latestClaimOf(series, ctx.index.organisation.get(series.organisation)!, ctx.index.figuresBySeries.get(series.id) ?? [], ctx.index.source);
  return claim ? `${describeClaims([claim], claimContext(ctx))} ${definition}` : definition;
}
