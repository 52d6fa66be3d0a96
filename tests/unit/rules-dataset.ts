/**
 * A small hand-built dataset for the validator's rules across records (cross-record, claim,
 * fact-text and translation rules): one organisation, one source, one wave, one series and
 * one figure that break no rule. Each test copies it, breaks one thing and pins the message.
 * Build it inside a test (`rulesDataset()`), never at a file's top level.
 */
import type { Dataset, DatasetFigure, Origins } from "../../src/datasets/dataset.ts";
import type { Organisation } from "../../src/datasets/schemas/organisation.ts";
import type { Series } from "../../src/datasets/schemas/series.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";
import type { Wave } from "../../src/datasets/schemas/wave.ts";

export const organisation = (o: Partial<Organisation> = {}): Organisation => ({
  id: "erm",
  name: "Example Rights Monitor",
  short_name: "ERM",
  kind: "ngo",
  home_page: null,
  counts: "Invented counts for tests.",
  ...o,
});

export const source = (s: Partial<SourceDocument> = {}): SourceDocument => ({
  id: "erm-report",
  title: "Weekly report",
  publisher: "Example Rights Monitor",
  url: "https://example.org/erm/report",
  published: "2026-01-10",
  accessed: "2026-01-11",
  language: "en",
  kind: "report",
  ...s,
});

export const wave = (w: Partial<Wave> = {}): Wave => ({
  id: "wave-2026",
  title: "A wave of 2026",
  start: "2026-01-01",
  end: null,
  summary: "An invented wave.",
  annotations: [],
  searched_until: "2026-01-20",
  ...w,
});

export const series = (s: Partial<Series> = {}): Series => ({
  id: "erm-arrested",
  wave: "wave-2026",
  organisation: "erm",
  measure: "arrested",
  label: "ERM: people arrested",
  unit: { one: "person arrested", other: "people arrested" },
  definition: "People arrested since the wave began.",
  cumulative: true,
  caveats: [],
  on_charts: true,
  ...s,
});

export const figure = (f: Partial<DatasetFigure> = {}): DatasetFigure => ({
  id: "erm-arrested.1",
  series: "erm-arrested",
  organisation: "erm",
  measure: "arrested",
  as_of: "2026-01-09",
  value: 1203,
  qualifier: "at_least",
  source: "erm-report",
  quote: "ERM says at least 1,203 people were arrested.",
  figure_text: "1,203",
  flags: [],
  ...f,
});

export function rulesDataset(d: Partial<Dataset> = {}): Dataset {
  return {
    organisations: [organisation()],
    sources: [source()],
    waves: [wave()],
    series: [series()],
    figures: [figure()],
    withdrawn: [],
    translations: {},
    ...d,
  };
}

/**
 * Where each record came from, as the loader records it: organisations, sources and waves by
 * their place in their file, a series and its figures in data/series/<series id>.json.
 */
export function originsOf(data: Dataset): Origins {
  const origins: Origins = new WeakMap();
  data.organisations.forEach((o, i) => origins.set(o, { file: "data/organisations.json", path: `$.organisations[${i}]` }));
  data.sources.forEach((s, i) => origins.set(s, { file: "data/sources.json", path: `$.sources[${i}]` }));
  data.waves.forEach((w, i) => origins.set(w, { file: "data/waves.json", path: `$.waves[${i}]` }));
  data.series.forEach((s) => origins.set(s, { file: `data/series/${s.id}.json`, path: "$.series" }));
  const perSeries = new Map<string, number>();
  for (const f of data.figures) {
    const i = perSeries.get(f.series) ?? 0;
    perSeries.set(f.series, i + 1);
    origins.set(f, { file: `data/series/${f.series}.json`, path: `$.figures[${i}]` });
  }
  for (const [locale, tr] of Object.entries(data.translations)) origins.set(tr, { file: `data/translations/${locale}.json`, path: "$" });
  return origins;
}

/** Each problem as one line: "error file path: what | fix". */
export const lines = (problems: ReadonlyArray<{ severity: string; file: string; path: string; what: string; fix: string }>) =>
  problems.map((p) => `${p.severity} ${p.file} ${p.path}: ${p.what} | ${p.fix}`);
