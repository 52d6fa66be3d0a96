/**
 * Unicode isolates, for text of another direction inside a sentence (issue 12). A Latin name
 * or a Latin-digit identifier inside Persian text, left bare, takes neighbouring punctuation
 * and numbers into its own direction: «MENAFN (سند ۱، …)» scrambles, «29-11-2026» reverses.
 * Isolated, it is laid out on its own and cannot reorder the sentence around it. Strings use
 * these characters (SVG titles, chart labels, PNGs, the interactive chart); HTML uses <bdi>.
 */
const FSI = "\u2068";
const LRI = "\u2066";
const RLI = "\u2067";
const PDI = "\u2069";

/** First-strong isolate: the text keeps its own direction, whatever it is. Only where it holds Latin letters or digits. */
export const isolate = (s: string): string => (/[A-Za-z0-9]/.test(s) ? `${FSI}${s}${PDI}` : s);

/** Right-to-left isolate, for a Persian label placed in left-to-right surroundings (a chart axis). */
export const isolateRtl = (s: string): string => `${RLI}${s}${PDI}`;

/** Whether a character is an isolate or its end: it takes no room when drawn. */
export const isIsolateMark = (ch: string): boolean => ch === FSI || ch === LRI || ch === RLI || ch === PDI;

/** A run of Latin letters or digits with the punctuation and spaces inside it ("CSV", "RFC 4180", "/downloads/latest/<file>", a URL). */
const LATIN_RUN = /\/?[A-Za-z0-9](?:[A-Za-z0-9.,:;'’&/_<>+#?=%~@-]|\s(?=[A-Za-z0-9/<]))*/g;
/** Text already isolated (FSI, LRI or RLI … PDI) is left as it is. */
const ISOLATED = /([\u2066-\u2068][^\u2069]*\u2069)/;

/** The Latin runs of a text that are not isolated yet: what a right-to-left text must not leave bare. */
export function bareLatinRuns(text: string): string[] {
  return text.split(ISOLATED).flatMap((part, i) => (i % 2 === 1 ? [] : (part.match(LATIN_RUN) ?? [])));
}

/**
 * Every Latin run in right-to-left text isolated, its final full stop or comma left outside
 * ("… در قالب CSV." → "… در قالب ⁨CSV⁩."): format names, standards and paths in Persian
 * interface text, so that none can reorder the sentence around it.
 */
export function isolateLatinRuns(text: string): string {
  return text
    .split(ISOLATED)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(LATIN_RUN, (run) => {
            const body = run.replace(/[.,:;]+$/, "");
            return `${FSI}${body}${PDI}${run.slice(body.length)}`;
          }),
    )
    .join("");
}
