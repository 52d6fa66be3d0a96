import type { Dataset, Origins } from "./dataset.ts";
import type { Problem } from "./problem.ts";

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
    for (const w of data.waves) {
      const anns = tr.waves[w.id]?.annotations ?? {};
      for (const k of Object.keys(anns))
        if (!w.annotations.some((a) => a.id === k)) out.push({ severity: "error", file, path: `$.waves.${w.id}.annotations.${k}`, what: `translates unknown annotation "${k}"`, fix: "correct the id, or remove the entry" });
    }
  }
  return out;
}
