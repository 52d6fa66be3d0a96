import { citedFigures, handTypedCounts, qualifiersBeforeFigures } from "../format/fact-text.ts";
import type { Dataset, Origins } from "./dataset.ts";
import type { Problem } from "./problem.ts";

/**
 * Prose in data/ and its translations cites figures by placeholder and types no count by
 * hand (see format/fact-text.ts): every placeholder must name a figure, every count must be one.
 */
export function factTextProblems(data: Dataset, origins: Origins): Problem[] {
  const problems: Problem[] = [];
  const figures = new Set(data.figures.map((f) => f.id));
  const check = (file: string, path: string, text: string | undefined) => {
    if (!text) return;
    for (const id of citedFigures(text))
      if (!figures.has(id)) problems.push({ severity: "error", file, path, what: `cites unknown figure "${id}"`, fix: "use {figure:<id>} or {as_of:<id>} with the id of a figure in data/series/" });
    for (const q of qualifiersBeforeFigures(text))
      problems.push({
        severity: "error",
        file,
        path,
        what: `writes "${q}" before a {figure:…} placeholder, which already says the figure's own qualifier ("${q} ${q} …")`,
        fix: `remove "${q}": the placeholder is filled with the figure as its source qualifies it`,
      });
    for (const n of handTypedCounts(text))
      problems.push({
        severity: "error",
        file,
        path,
        what: `types the number "${n}" by hand`,
        fix: "cite the figure that states it with {figure:<figure id>} (and its date with {as_of:<figure id>}), so the text cannot drift from the data",
      });
  };
  const where = (r: object, fallback: string) => origins.get(r) ?? { file: fallback, path: "$" };
  for (const w of data.waves) {
    const o = where(w, "data/waves.json");
    check(o.file, `${o.path}.summary`, w.summary);
    w.annotations.forEach((a, i) => check(o.file, `${o.path}.annotations[${i}].description`, a.description));
    // Stryker disable next-line ArrayDeclaration: check() skips a text it cannot read, so any stand-in list reports nothing
    (w.statements ?? []).forEach((st, i) => check(o.file, `${o.path}.statements[${i}].summary`, st.summary));
  }
  for (const s of data.series) {
    const o = where(s, "data/series");
    s.caveats.forEach((c, i) => check(o.file, `${o.path}.caveats[${i}]`, c));
    check(o.file, `${o.path}.definition`, s.definition);
  }
  for (const [locale, tr] of Object.entries(data.translations)) {
    const file = origins.get(tr)?.file ?? `data/translations/${locale}.json`;
    for (const [id, w] of Object.entries(tr.waves)) {
      check(file, `$.waves.${id}.summary`, w.summary);
      for (const [aid, a] of Object.entries(w.annotations ?? {})) check(file, `$.waves.${id}.annotations.${aid}.description`, a.description);
      for (const [sid, st] of Object.entries(w.statements ?? {})) check(file, `$.waves.${id}.statements.${sid}.summary`, st.summary);
    }
    for (const [id, s] of Object.entries(tr.series)) {
      check(file, `$.series.${id}.definition`, s.definition);
      // Stryker disable next-line ArrayDeclaration: check() skips a text it cannot read, so any stand-in list reports nothing
      (s.caveats ?? []).forEach((c, i) => check(file, `$.series.${id}.caveats[${i}]`, c));
    }
  }
  return problems;
}
