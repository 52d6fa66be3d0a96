import { parseFactText } from "../format/fact-text.ts";
import { formatDate } from "../format/format-date.ts";
import { formatFigure } from "../format/format-figure.ts";
import type { SiteIndex } from "../domain/site-index.ts";

export interface FactPiece {
  text: string;
  /** The figure a piece states, for a link to its page. */
  figure?: string;
}

/**
 * Prose from data/ with its placeholders filled from the figures they cite, in the page's
 * language: {figure:<id>} -> "at least 52,941", {as_of:<id>} -> "11 Feb 2026". A placeholder
 * whose figure is missing cannot reach a page: the validator refuses it first.
 */
export function factPieces(text: string, index: SiteIndex, locale: string): FactPiece[] {
  return parseFactText(text).map((s) => {
    if ("text" in s) return { text: s.text };
    const f = index.figure.get(s.figure);
    if (!f) throw new Error(`fact text cites unknown figure "${s.figure}"`);
    const shown = s.part === "figure" ? formatFigure(f, locale) : f.as_of ? formatDate(f.as_of, "short", locale) : "";
    return { text: shown, figure: f.id };
  });
}

export function fillFactText(text: string, index: SiteIndex, locale: string): string {
  return factPieces(text, index, locale)
    .map((p) => p.text)
    .join("");
}
