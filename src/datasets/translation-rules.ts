import { bareLatinRuns } from "../format/bidi.ts";
import type { Dataset, Origins } from "./dataset.ts";
import { jsonPath, type Problem } from "./problem.ts";

const RIGHT_TO_LEFT = new Set(["fa", "ar", "he", "ur"]);

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
      const bare = bareLatinRuns(x.replace(/\{[^}]*\}/g, ""));
      if (bare.length > 0) out.push({ severity: "error", file, path: jsonPath(path), what: `has Latin text not isolated from the right-to-left text around it: ${bare.map((b) => `"${b}"`).join(", ")}`, fix: `wrap each in \\u2068 … \\u2069 (first-strong isolate … pop directional isolate), e.g. "\\u2068${bare[0]}\\u2069"` });
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
export function translationProblems(data: Dataset, origins: Origins, releases: ReadonlyArray<{ data: Pick<Dataset, "sources" | "waves"> }> = []): Problem[] {
  const out: Problem[] = [];
  // Phrases translate words some page shows: a publisher or a "reported by", now or in a release.
  const shownPhrases = new Set<string>();
  for (const d of [data, ...releases.map((r) => r.data)]) {
    for (const s of d.sources) shownPhrases.add(s.publisher);
    for (const w of d.waves) for (const a of w.annotations) if ("reported_by" in a.source) shownPhrases.add(a.source.reported_by);
  }
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
    for (const english of Object.keys(tr.phrases ?? {}))
      if (!shownPhrases.has(english))
        out.push({ severity: "error", file, path: `$.phrases[${JSON.stringify(english)}]`, what: "translates words no page shows (not a publisher as recorded in sources.json, nor who reported an event)", fix: "copy the English exactly from data/sources.json (publisher) or waves.json (reported_by), or remove the entry" });
    // A publisher recorded with a gloss ("CNA (AFP)") shows the gloss on its source page: translate it.
    for (const english of new Set(data.sources.map((s) => s.publisher)))
      if (/ \(| — |, /.test(english) && !tr.phrases?.[english])
        out.push({ severity: "warning", file, path: "$.phrases", what: `no ${locale} translation for publisher "${english}"`, fix: `add "${english}" to phrases so ${locale} source pages do not show it in English` });
    for (const w of data.waves) {
      const anns = tr.waves[w.id]?.annotations ?? {};
      for (const k of Object.keys(anns))
        if (!w.annotations.some((a) => a.id === k)) out.push({ severity: "error", file, path: `$.waves.${w.id}.annotations.${k}`, what: `translates unknown annotation "${k}"`, fix: "correct the id, or remove the entry" });
    }
  }
  return out;
}
