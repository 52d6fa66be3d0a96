import { parseFactText } from "../format/fact-text.ts";
import { formatDateCached } from "../format/format-date.ts";
import { formatFigure } from "../format/format-figure.ts";
import type { SiteIndex } from "../domain/site-index.ts";

export interface FactPiece {
  text: string;
  /** The figure a piece states, for a link to its page. */
  figure?: string;
}

/**
 * Prose with its placeholders filled from the figures they cite, in the page's language:
 * {figure:<id>} -> "at least 52,941", {as_of:<id>} -> "11 Feb 2026". The validator refuses a
 * placeholder of data/ prose whose figure is missing, and a unit test does so for the
 * methodology; a page built from other data (a test or benchmark dataset) says plainly that
 * the figure is not in it rather than stopping the build or inventing a number.
 */
export function factPieces(text: string, index: SiteIndex, locale: string): FactPiece[] {
  return parseFactText(text).map((s) => {
    if ("text" in s) return { text: s.text };
    const f = index.figure.get(s.figure);
    if (!f) return { text: `[${s.figure}: not in this data]` };
    if (s.part === "figure") return { text: formatFigure(f, locale), figure: f.id };
    if (!f.as_of) return { text: "", figure: f.id };
    // Stryker disable next-line StringLiteral: any style but "long" is the short date
    return { text: formatDateCached(f.as_of, "short", locale), figure: f.id };
  });
}

export function fillFactText(text: string, index: SiteIndex, locale: string): string {
  return factPieces(text, index, locale)
    .map((p) => p.text)
    .join("");
}
