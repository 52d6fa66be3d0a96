import { unusualCharacters } from "./unusual-characters.ts";
import type { Dataset, DatasetFigure, Origins } from "./dataset.ts";
import { documentNamesClaimant, namesClaimant } from "./names-claimant.ts";
import type { Problem } from "./problem.ts";

/**
 * The rules that keep every sentence about a figure true (issue 9): who is named, what the
 * number is (a total, named cases, or this project's own count), how it is hedged, and how
 * weak sources are marked. Each rule names the field to fix and how.
 */
export function claimProblems(data: Dataset, origins: Origins): Problem[] {
  const problems: Problem[] = [];
  const error = (record: object, field: string | undefined, what: string, fix: string) => {
    const o = origins.get(record) ?? { file: "data", path: "$" };
    problems.push({ severity: "error", file: o.file, path: field ? `${o.path}.${field}` : o.path, what, fix });
  };
  const orgs = new Map(data.organisations.map((o) => [o.id, o]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const figures = new Map(data.figures.map((f) => [f.id, f]));

  for (const s of data.sources) {
    if (s.published_not_before && s.published)
      error(s, "published_not_before", "is given beside a publication date", "keep the publication date and remove published_not_before (it is only for undated copies)");
    const n = s.names_claimant;
    if (n) {
      const org = orgs.get(n.organisation);
      if (!org) error(s, "names_claimant.organisation", `unknown organisation "${n.organisation}"`, "use an id from data/organisations.json");
      else if (!namesClaimant(n.quote, org))
        error(s, "names_claimant.quote", `the quote does not name "${org.short_name}" or any of its aliases`, "copy the document's own words that name the organisation");
    }
    for (const [i, id] of (s.related_figures ?? []).entries())
      if (!figures.has(id)) error(s, `related_figures[${i}]`, `unknown figure "${id}"`, "use the id of a figure in data/series/");
  }

  for (const f of data.figures) checkFigure(f);

  function checkFigure(f: DatasetFigure) {
    const org = orgs.get(f.organisation);
    const doc = sources.get(f.source);
    if (!org || !doc) return; // reported by the cross-record rules
    const inferred = f.flags.includes("attribution_inferred");

    // Attribution: a figure is never assigned to an organisation its source does not name.
    if (!documentNamesClaimant(f.quote, doc, org) && !inferred)
      error(
        f,
        "flags",
        `neither the quote nor the title or publisher of source "${doc.id}" names "${org.short_name}", and the figure is not flagged "attribution_inferred"`,
        `add "attribution_inferred" to flags with an "attribution_reason" saying why the figure is ${org.short_name}'s, or add the name the source uses to the organisation's "aliases" in data/organisations.json`,
      );
    if (inferred && !f.attribution_reason)
      error(f, "attribution_reason", `is flagged "attribution_inferred" but gives no attribution_reason`, `say why the figure is ${org.short_name}'s although the text read does not name it`);

    // What the number is.
    if (f.flags.includes("counted_from_quote"))
      error(f, "flags", `uses the old flag "counted_from_quote"`, `remove the flag and set "basis": "project_count" (this project counted the number) or "cases" (named cases)`);
    if (f.basis === "cases") {
      if (!f.cases?.length) error(f, "cases", `has basis "cases" but names no cases`, "list the name of each case, as the source gives it");
      else if (f.value !== f.cases.length)
        error(f, "cases", `names ${f.cases.length} case(s) but its value is ${f.value ?? "a range"}`, "a figure of named cases counts exactly the cases it names: list each one, or correct the value");
    } else if (f.cases) error(f, "cases", `lists cases but its basis is "${f.basis ?? "total"}"`, `set "basis": "cases", or remove the list`);

    // Hedges are the source's words.
    if (f.hedge) {
      if (!f.quote.includes(f.hedge.text))
        error(f, "hedge.text", `"${f.hedge.text}" does not occur in the quote${unusualCharacters(f.hedge.text) || unusualCharacters(f.quote)}`, "copy the hedging words exactly from the quote");
      if (f.hedge.kind === "possibly_as_many_as") {
        const base = f.value ?? f.high;
        if (f.hedge.value === undefined) error(f, "hedge.value", `hedge "possibly_as_many_as" gives no value`, "add the upper figure the source calls possible");
        else if (base !== undefined && f.hedge.value <= base) error(f, "hedge.value", `${f.hedge.value} is not above the figure ${base}`, "the possible upper figure must exceed the figure itself");
      } else if (f.hedge.value !== undefined) error(f, "hedge.value", `only hedge "possibly_as_many_as" takes a value`, "remove the value");
    }

    // Weak sources are marked wherever their figures appear, and corroboration is a link.
    const weak = f.flags.includes("low_quality_source");
    if (doc.caution && !weak) error(f, "flags", `source "${doc.id}" carries a caution but the figure is not flagged "low_quality_source"`, 'add "low_quality_source" to flags');
    if (weak && !doc.caution) error(f, "flags", `is flagged "low_quality_source" but source "${doc.id}" gives no caution`, "add a caution to the source saying why it is weak, or remove the flag");
    for (const [i, id] of (f.corroborated_by ?? []).entries()) {
      const other = figures.get(id);
      if (!other) error(f, `corroborated_by[${i}]`, `unknown figure "${id}"`, "use the id of a figure in data/series/");
      else if (other.organisation !== f.organisation || other.measure !== f.measure || other.value !== f.value || other.low !== f.low || other.high !== f.high)
        error(f, `corroborated_by[${i}]`, `figure "${id}" does not state the same number of the same organisation and measure`, "link only a figure that agrees exactly");
      else if (other.flags.includes("low_quality_source")) error(f, `corroborated_by[${i}]`, `figure "${id}" is itself from a weak source`, "link a figure from a better source");
    }
  }

  for (const w of data.waves) {
    if (!w.searched_until)
      error(w, "searched_until", "does not say through which day newer reports were searched for", 'add "searched_until": "YYYY-MM-DD", the last day you looked for newer reports on this wave');
    for (const [i, st] of (w.statements ?? []).entries()) {
      const at = `statements[${i}]`;
      const org = orgs.get(st.organisation);
      const doc = sources.get(st.source);
      if (!org) error(w, `${at}.organisation`, `unknown organisation "${st.organisation}"`, "use an id from data/organisations.json");
      if (!doc) error(w, `${at}.source`, `unknown source "${st.source}"`, "add the document to data/sources.json first");
      if (st.date < w.start) error(w, `${at}.date`, `${st.date} is before the wave began (${w.start})`, "check the date");
      if (org && doc && !st.attribution_inferred && !documentNamesClaimant(st.quote, doc, org))
        error(w, `${at}.attribution_inferred`, `neither the quote nor the title or publisher of source "${doc.id}" names "${org.short_name}"`, 'set "attribution_inferred": true with an "attribution_reason"');
      if (st.attribution_inferred && !st.attribution_reason) error(w, `${at}.attribution_reason`, "is marked attribution_inferred but gives no attribution_reason", `say why the statement is ${org?.short_name ?? "the organisation"}'s`);
    }
  }

  for (const f of data.figures)
    for (const [i, d] of (f.other_documents ?? []).entries()) {
      const doc = sources.get(d.source);
      if (!doc) error(f, `other_documents[${i}].source`, `unknown source "${d.source}"`, "add the document to data/sources.json first");
      if (d.source === f.source) error(f, `other_documents[${i}].source`, "is the figure's own source", "list only other documents");
      if (!d.quote.includes(d.figure_text)) error(f, `other_documents[${i}].figure_text`, `"${d.figure_text}" does not occur in the quote${unusualCharacters(d.figure_text) || unusualCharacters(d.quote)}`, "copy figure_text exactly from this document's quote");
      if (f.as_of && doc?.published && f.as_of > doc.published) error(f, `other_documents[${i}].source`, `the document was published ${doc.published}, before the figure's as_of ${f.as_of}`, "check both dates");
    }

  for (const s of data.series) {
    if (!s.unit) error(s, "unit", "gives no unit", 'add "unit": {"one": "…", "other": "…"}, what one and several of the counted things are called, e.g. "protester killed" / "protesters killed"');
    else if (!s.label.includes(s.unit.other)) error(s, "label", `does not contain the unit "${s.unit.other}"`, "use the same words in the label and the unit, so legends and sentences never disagree");
    const tr = data.translations.fa?.series[s.id];
    if (tr?.unit && !tr.label.includes(tr.unit.other))
      error(s, "unit", `the Persian label "${tr.label}" does not contain the Persian unit "${tr.unit.other}"`, "use the same words in the translated label and unit");
  }
  return problems;
}
