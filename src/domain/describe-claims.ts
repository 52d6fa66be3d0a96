import { formatDate } from "../format/format-date.ts";
import { formatFigure } from "../format/format-figure.ts";
import type { LatestClaim } from "./latest-claims.ts";
import { measureWords } from "./measure-groups.ts";

/**
 * A plain-language sentence of who counted what, as of when: "As of 11 February 2026, HRANA
 * counted 52,941 people arrested; as of 16 January 2026, IHR counted more than 20,000 people
 * arrested." Each claim stays its own clause: nothing is summed, averaged or ranked.
 */
export function describeClaims(claims: LatestClaim[], locale = "en-GB"): string {
  if (claims.length === 0) return "No dated figure has been recorded yet.";
  const clauses = claims.map((c, i) => {
    const when = `as of ${formatDate(c.figure.as_of!, "long", locale)}`;
    const what = `${c.organisation.short_name} counted ${formatFigure(c.figure, locale)} ${measureWords(c.series.measure)}`;
    return i === 0 ? `${capitalise(when)}, ${what}` : `${when}, ${what}`;
  });
  return `${clauses.join("; ")}.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
