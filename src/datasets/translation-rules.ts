import type { Dataset, Origins } from "./dataset.ts";
import { jsonPath, type Problem } from "./problem.ts";

const RIGHT_TO_LEFT = new Set(["fa", "ar", "he", "ur"]);
/** A run of Latin letters or digits, with the punctuation and spaces inside it. */
const LATIN_RUN = /[A-Za-z0-9](?:[A-Za-z0-9.,:;'’&/_+-]|\s(?=[A-Za-z0-9]))*/g;

/**
 * In right-to-left text, a bare Latin run (a name, a column heading) takes the punctuation and
 * numbers beside it into its own direction and scrambles the sentence (issue 12): each must be
 * isolated. Names of organisations are exempt: pages isolate them wherever they are shown.
 */
function unisolatedLatin(tr: object, file: string): Problem[] {
  const out: Problem[] = [];
  const visit = (x: unknown, path: Array<string | number>) => {
    if (typeof x === "string") {
      if (path[0] === "$schema" || (path[0] === "organisations" && (path[2] === "name" || path[2] === "short_name"))) return;
      // {figure:…} placeholders and runs already isolated (FSI/LRI/RLI … PDI) are fine.
      const bare = x.replace(/\{[^}]*\}|[\u2066-\u2068][^\u2069]*\u2069/g, "").match(LATIN_RUN);
      if (bare) out.push({ severity: "error", file, path: jsonPath(path), what: `has Latin text not isolated from the right-to-left text around it: ${bare.map((b) => `"${b}"`).join(", ")}`, fix: `wrap each in \\u2068 … \\u2069 (first-strong isolate … pop directional isolate), e.g. "\\u2068${bare[0]}\\u2069"` });
    } else if (Array.isArray(x)) x.forEach((v, i) => visit(v, [...path, i]));
    else if (x && typeof x === "object") for (const [k, v] of Object.entries(x)) visit(v, [...path, k]);
  };
  visit(tr, []);
  return out;
}

/**
 * A translation must name records that exist and keep one caveat per caveat, so a renamed or
 * removed record never leaves a stale translation behind. A record without a translation is a
 * warning: the page falls back to English for it.
 */
export function translationProblems(data: Dataset, origins: Origins): Problem[] {
  const out: Problem[] = [];
  for (const [locale, tr] of Object.entries(data.translations)) {
    const file = origins.get(tr)?.file ?? `data/translations/${locale}.json`;
    const check = (kind: string, ids: Set<string>, keys: string[]) => {
      for (const k of keys)
        if (!ids.has(k)) out.push({ severity: "error", file, path: `$.${kind}.${k}`, what: `translates unknown ${kind} "${k}"`, fix: `correct the id, or remove the entry` });
      for (const id of ids)
        if (!keys.includes(id)) out.push({ severity: "warning", file, path: `$.${kind}`, what: `no ${locale} translation for ${kind} "${id}"`, fix: `add "${id}" so ${locale} pages do not fall back to English` });
    };
    check("organisations", new Set(data.organisations.map((o) => o.id)), Object.keys(tr.organisations));
    check("series", new Set(data.series.map((s) => s.id)), Object.keys(tr.series));
    check("waves", new Set(data.waves.map((w) => w.id)), Object.keys(tr.waves));
    for (const s of data.series) {
      const t = tr.series[s.id]?.caveats;
      if (t && t.length !== s.caveats.length)
        out.push({ severity: "error", file, path: `$.series.${s.id}.caveats`, what: `has ${t.length} caveats, the series has ${s.caveats.length}`, fix: "translate each caveat once, in the same order" });
    }
    if (RIGHT_TO_LEFT.has(locale)) out.push(...unisolatedLatin(tr, file));
    for (const w of data.waves) {
      const anns = tr.waves[w.id]?.annotations ?? {};
      for (const k of Object.keys(anns))
        if (!w.annotations.some((a) => a.id === k)) out.push({ severity: "error", file, path: `$.waves.${w.id}.annotations.${k}`, what: `translates unknown annotation "${k}"`, fix: "correct the id, or remove the entry" });
    }
  }
  return out;
}
