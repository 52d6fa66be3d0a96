import { sameUrlKey } from "./schemas/primitives.ts";
import { unusualCharacters } from "./unusual-characters.ts";
import type { Dataset, DatasetFigure, Origins } from "./dataset.ts";
import type { Problem } from "./problem.ts";

/**
 * The rules a single record cannot check alone (ARCHITECTURE.md section 2): references
 * resolve, ids are unique, dates are plausible, numbers agree with their qualifier, the
 * figure's words are in its quote, and a series holds one organisation and one measure.
 */
export function crossRecordProblems(data: Dataset, origins: Origins, today: string): Problem[] {
  const problems: Problem[] = [];
  const at = (record: object, field?: string) => {
    const o = origins.get(record) ?? { file: "data", path: "$" };
    return { file: o.file, path: field ? `${o.path}.${field}` : o.path };
  };
  const error = (record: object, field: string | undefined, what: string, fix: string) =>
    problems.push({ severity: "error", ...at(record, field), what, fix });

  // ids are unique within each kind (figure ids across all series files)
  const kinds: Array<[string, Array<{ id: string }>]> = [
    ["organisation", data.organisations],
    ["source", data.sources],
    ["wave", data.waves],
    ["series", data.series],
    ["figure", data.figures],
  ];
  for (const [kind, records] of kinds) {
    const first = new Map<string, object>();
    for (const r of records) {
      const prior = first.get(r.id);
      if (prior) {
        const p = at(prior, "id");
        error(r, "id", `duplicate ${kind} id "${r.id}" (also used at ${p.file} ${p.path})`, `give this ${kind} an id no other ${kind} uses`);
      } else first.set(r.id, r);
    }
  }

  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((r) => [r.id, r]));
  const orgs = byId(data.organisations);
  const sources = byId(data.sources);
  const waves = byId(data.waves);
  const series = byId(data.series);

  // When organisations.json, sources.json or waves.json could not be read (its own errors say
  // why), no reference to it resolves. The first few such references are listed, then one line
  // counts the rest, so one broken file does not bury its own error under hundreds.
  const unreadable = { organisation: 0, source: 0, wave: 0 };
  const REFERENCE_FILES = { organisation: "organisations.json", source: "sources.json", wave: "waves.json" } as const;
  const unknown = (kind: keyof typeof unreadable, known: Map<string, unknown>, id: string, report: (what: string, fix: string) => void, fix: string) => {
    const what = `unknown ${kind} "${id}"`;
    if (known.size > 0) return report(what, fix);
    if (++unreadable[kind] <= MAX_UNCHECKED_LISTED)
      report(what, `no ${kind} could be read from data/${REFERENCE_FILES[kind]}: fix the errors reported for it first, or add the ${kind} there`);
  };

  // one record per URL, however it is written (HTTPS://Example.org:443/a is https://example.org/a)
  const urls = new Map<string, string>();
  for (const s of data.sources) {
    const other = urls.get(sameUrlKey(s.url));
    if (other) error(s, "url", `URL already recorded as source "${other}"`, `keep one source per URL: refer to "${other}" instead`);
    else urls.set(sameUrlKey(s.url), s.id);
    if (s.published && s.accessed && s.published > s.accessed)
      error(s, "published", `published ${s.published} is after accessed ${s.accessed}`, "a document cannot be read before it was published: check both dates");
    if (s.published && s.published > today) error(s, "published", `published ${s.published} is in the future`, "check the date");
    if (s.published_not_before && s.published_not_before.date > today) error(s, "published_not_before.date", `${s.published_not_before.date} is in the future`, "check the date");
    if (s.accessed && s.accessed > today) error(s, "accessed", `accessed ${s.accessed} is in the future`, "check the date");
  }

  for (const s of data.series) {
    if (!waves.has(s.wave))
      unknown("wave", waves, s.wave, (what, fix) => error(s, "wave", what, fix), `use one of: ${[...waves.keys()].join(", ")} (or add the wave to data/waves.json)`);
    if (!orgs.has(s.organisation))
      unknown("organisation", orgs, s.organisation, (what, fix) => error(s, "organisation", what, fix), "add it to data/organisations.json, or use an existing organisation id");
  }

  for (const w of data.waves) {
    if (w.end && w.end < w.start) error(w, "end", `end ${w.end} is before start ${w.start}`, "check both dates");
    const seen = new Set<string>();
    w.annotations.forEach((a, i) => {
      const base = origins.get(w);
      const o = { file: base?.file ?? "data/waves.json", path: `${base?.path ?? "$"}.annotations[${i}]` };
      const push = (field: string, what: string, fix: string) => problems.push({ severity: "error", file: o.file, path: `${o.path}.${field}`, what, fix });
      if (seen.has(a.id)) push("id", `duplicate annotation id "${a.id}" in wave "${w.id}"`, "give each annotation of a wave its own id");
      seen.add(a.id);
      if (a.end && a.end < a.start) push("end", `end ${a.end} is before start ${a.start}`, "check both dates");
      if ("document" in a.source) {
        const doc = sources.get(a.source.document);
        if (!doc) unknown("source", sources, a.source.document, (what, fix) => push("source.document", what, fix), "add the document to data/sources.json, or use an existing source id");
      }
      if ("documents" in a.source)
        a.source.documents.forEach((d, j) => {
          if (!sources.has(d.document)) unknown("source", sources, d.document, (what, fix) => push(`source.documents[${j}].document`, what, fix), "add the document to data/sources.json, or use an existing source id");
        });
    });
  }

  for (const f of data.figures) checkFigure(f);

  function checkFigure(f: DatasetFigure) {
    const s = series.get(f.series);
    if (s) {
      if (f.organisation !== s.organisation)
        error(f, "organisation", `organisation "${f.organisation}" differs from its series' organisation "${s.organisation}": a series never mixes organisations`, `move this figure to a series file of "${f.organisation}" in data/series/, or correct the organisation`);
      if (f.measure !== s.measure)
        error(f, "measure", `measure "${f.measure}" differs from its series' measure "${s.measure}": a series never mixes measures`, `move this figure to a series that counts "${f.measure}", or correct the measure`);
    }
    if (!orgs.has(f.organisation))
      unknown("organisation", orgs, f.organisation, (what, fix) => error(f, "organisation", what, fix), "add it to data/organisations.json, or use an existing organisation id");
    const doc = sources.get(f.source);
    if (!doc) unknown("source", sources, f.source, (what, fix) => error(f, "source", what, fix), "add the document to data/sources.json first, then refer to its id here");

    const hasValue = f.value !== undefined;
    const hasRange = f.low !== undefined || f.high !== undefined;
    if (hasValue && hasRange) error(f, undefined, "has both value and low/high", "give a single value, or a low/high range with qualifier \"range\", not both");
    else if (!hasValue && !hasRange) error(f, "value", "has neither value nor low/high", "add the value as published, or low and high for a range");
    else if (hasRange) {
      if (f.low === undefined || f.high === undefined) error(f, f.low === undefined ? "low" : "high", "a range needs both low and high", "add the missing bound");
      else if (f.low > f.high) error(f, "low", `low ${f.low} is greater than high ${f.high}`, "swap them, or check the figures against the quote");
      if (f.qualifier !== "range") error(f, "qualifier", `a low/high range needs qualifier "range", not "${f.qualifier}"`, "set qualifier to \"range\"");
    } else if (f.qualifier === "range") error(f, "qualifier", "qualifier \"range\" needs low and high, not a single value", "give low and high, or choose the qualifier the source uses");

    if (!f.quote.includes(f.figure_text))
      error(f, "figure_text", `"${f.figure_text}" does not occur in the quote${unusualCharacters(f.figure_text) || unusualCharacters(f.quote)}`, "copy figure_text exactly from the quote (same digits, separators and spelling)");

    if (f.as_of) {
      if (f.as_of > today) error(f, "as_of", `as_of ${f.as_of} is in the future`, "check the date");
      if (doc?.published && f.as_of > doc.published)
        error(f, "as_of", `as_of ${f.as_of} is after its source's published date ${doc.published}`, "a count cannot refer to a day after it was published: check both dates");
      const wave = s ? waves.get(s.wave) : undefined;
      if (wave && f.as_of < wave.start)
        error(f, "as_of", `as_of ${f.as_of} is before the wave "${wave.id}" began (${wave.start})`, "check the date, or file the figure under the right wave's series");
    }
    if (new Set(f.flags).size !== f.flags.length) error(f, "flags", "lists a flag twice", "list each flag once");
  }

  for (const kind of Object.keys(unreadable) as Array<keyof typeof unreadable>) {
    const more = unreadable[kind] - MAX_UNCHECKED_LISTED;
    if (more > 0)
      problems.push({
        severity: "error",
        file: `data/${REFERENCE_FILES[kind]}`,
        path: "$",
        what: `${more} more reference${more === 1 ? "" : "s"} to ${kind}s could not be checked (the first ${MAX_UNCHECKED_LISTED} are listed above)`,
        fix: `no ${kind} could be read from data/${REFERENCE_FILES[kind]}: fix the errors reported for it first, then run the validator again`,
      });
  }

  return problems;
}

/** How many references to an unreadable organisations/sources/waves file are listed one by one. */
export const MAX_UNCHECKED_LISTED = 10;
