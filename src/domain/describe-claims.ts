import { formatDate } from "../format/format-date.ts";
import { formatFigure } from "../format/format-figure.ts";
import type { LatestClaim } from "./latest-claims.ts";
import { measureWords } from "./measure-groups.ts";
import { stringsFor } from "../i18n/strings.ts";

/**
 * A plain-language sentence of who counted what, as of when: "As of 11 February 2026, HRANA
 * counted 52,941 people arrested; as of 16 January 2026, IHR counted more than 20,000 people
 * arrested." Each claim stays its own clause: nothing is summed, averaged or ranked.
 */
export function describeClaims(claims: LatestClaim[], locale = "en-GB", shortName: (c: LatestClaim) => string = (c) => c.organisation.short_name): string {
  const t = stringsFor(locale).claims;
  if (claims.length === 0) return t.none;
  const persian = locale.startsWith("fa");
  const clauses = claims.map((c, i) => {
    const when = t.asOf(formatDate(c.figure.as_of!, "long", locale));
    const what = t.sentence(shortName(c), formatFigure(c.figure, locale), measureWords(c.series.measure, locale));
    return i === 0 ? `${capitalise(when)}${persian ? "، " : ", "}${what}` : `${when}${persian ? "، " : ", "}${what}`;
  });
  return `${clauses.join(persian ? "؛ " : "; ")}.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
