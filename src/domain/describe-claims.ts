import { capitalise } from "../format/capitalise.ts";
import { stringsFor } from "../i18n/strings.ts";
import { claimSentence, type ClaimContext } from "./claim-words.ts";
import type { LatestClaim } from "./latest-claims.ts";

/**
 * A plain-language paragraph of who said what, as of when: each latest claim is its own whole
 * sentence with its own date ("HRANA estimated at least 52,941 people arrested (as of
 * 11 February 2026). IHR estimated more than 20,000 …"). Nothing is summed, averaged or ranked.
 */
export function describeClaims(claims: LatestClaim[], ctx: ClaimContext): string {
  const t = stringsFor(ctx.locale).claims;
  if (claims.length === 0) return t.none;
  return `${claims.map((c) => capitalise(claimSentence(c, ctx))).join(". ")}.`;
}
