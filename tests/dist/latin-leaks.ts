import { type HTMLElement, type Node, parse } from "node-html-parser";

/**
 * What a Persian page shows in Latin script that it should not (issue 12), read off its HTML:
 * - `unisolated`: a run of Latin letters or digits that is neither marked as another language
 *   (`lang`), nor isolated (`<bdi>`, an element with `dir` holding no Persian, Unicode isolates
 *   FSI/LRI/RLI … PDI),
 *   nor quoted (`<q>`, `<blockquote>`) or code (`<code>`, `<kbd>`, `<samp>`, `<pre>`). Such a run
 *   can reorder the Persian sentence around it, and is usually an untranslated string.
 * - `englishDates`: a date written the English way (13 Jan 2026, January 2026, 2026-06-15)
 *   anywhere but a quote, code, another language's text or an identifier (`translate="no"`):
 *   dates on Persian pages are in the Solar Hijri calendar with Persian digits. English text in
 *   a plain-text string (an SVG title), where no `lang` can mark it, counts as marked when it
 *   is isolated: an older release's untranslated event description, say.
 */
export interface Leaks {
  unisolated: string[];
  englishDates: string[];
}

const QUOTED = new Set(["q", "blockquote", "code", "kbd", "samp", "pre", "script", "style", "template"]);
const MONTHS = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const ENGLISH_DATE = new RegExp(`\\b\\d{1,2} (?:${MONTHS})\\b|\\b(?:${MONTHS}) \\d{1,2}\\b|\\b(?:${MONTHS}) \\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`);
const ISOLATED = /[\u2066\u2067\u2068][^\u2069]*\u2069/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/g;
const LATIN_RUN = /[A-Za-z0-9](?:[A-Za-z0-9.,:;'’&/_+-]|\s(?=[A-Za-z0-9]))*/g;

const decode = (s: string) =>
  s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|amp|lt|gt|quot|nbsp);/gi, (m, d, h) => (d ? String.fromCodePoint(+d) : h ? String.fromCodePoint(parseInt(h, 16)) : ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&nbsp;": " " } as Record<string, string>)[m.toLowerCase()]!));

export function latinLeaks(html: string): Leaks {
  const leaks: Leaks = { unisolated: [], englishDates: [] };
  const visit = (node: Node, isolated: boolean) => {
    for (const c of node.childNodes) {
      if (c.nodeType === 3) {
        const text = decode(c.rawText).replace(URL, "");
        const date = ENGLISH_DATE.exec(text.replace(ISOLATED, ""));
        if (date) leaks.englishDates.push(text.trim().slice(0, 120));
        if (!isolated) for (const run of text.replace(ISOLATED, "").match(LATIN_RUN) ?? []) leaks.unisolated.push(run);
        continue;
      }
      if (c.nodeType !== 1) continue;
      const el = c as HTMLElement;
      const tag = el.rawTagName?.toLowerCase() ?? "";
      const lang = el.getAttribute("lang");
      if (QUOTED.has(tag) || (lang !== undefined && !lang.startsWith("fa")) || el.getAttribute("translate") === "no") continue;
      // A <bdi> marks a name. An element with `dir` isolates its text as a whole, which is enough
      // for a wholly foreign run (a title, a URL); a container of Persian text with `dir` (a
      // chart drawn left to right) does not excuse the Latin text inside it.
      const foreign = el.hasAttribute("dir") && !/[\u0600-\u06ff]/.test(el.textContent);
      visit(el, isolated || tag === "bdi" || foreign);
    }
  };
  visit(parse(html).querySelector("body") ?? parse(html), false);
  return leaks;
}
