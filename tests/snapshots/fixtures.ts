/**
 * TEST-ONLY synthetic chart fixtures for the SVG snapshot tests. The organisations, documents
 * and numbers are invented ("Org A", "doc-1") and must never be built into the public site.
 */
import type { ChartInput, ChartSeriesInput } from "../../src/charts/chart-model.ts";
import type { SvgOptions } from "../../src/charts/svg-chart.ts";
import type { DatasetFigure } from "../../src/datasets/dataset.ts";
import type { Organisation } from "../../src/datasets/schemas/organisation.ts";
import type { Series } from "../../src/datasets/schemas/series.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";
import type { Annotation } from "../../src/datasets/schemas/wave.ts";

export interface SnapshotFixture {
  name: string;
  input: ChartInput & { layout?: "wide" | "narrow" };
  svg?: SvgOptions;
}

const org = (id: string, short: string): Organisation => ({ id, name: `Test ${short}`, short_name: short, kind: "ngo", home_page: null, counts: "Synthetic test counts." });

const source = (id: string, kind: SourceDocument["kind"]): SourceDocument => ({
  id, title: `Synthetic document ${id}`, publisher: "Test publisher", url: `https://example.org/${id}`, published: "2026-02-01", accessed: "2026-02-02", language: "en", kind,
});
const sources = new Map([source("doc-1", "report"), source("doc-2", "news"), source("doc-3", "statement")].map((s) => [s.id, s]));

function series(id: string, o: Organisation, wave: string, figures: Array<[asOf: string | null, f: Partial<DatasetFigure>]>): ChartSeriesInput {
  const s: Series = { id, wave, organisation: o.id, measure: "arrested", label: `${o.short_name}: people arrested (test)`, definition: "Synthetic.", cumulative: true, caveats: [], on_charts: true };
  return {
    series: s,
    organisation: o,
    figures: figures.map(([as_of, f], i) => ({
      id: `${id}.${i + 1}`, series: id, organisation: o.id, measure: "arrested", as_of, qualifier: "exact", source: "doc-1",
      quote: "synthetic", figure_text: "synthetic", flags: [], ...f,
    })),
  };
}

const A = org("org-a", "Org A");
const B = org("org-b", "Org B");

/** A cumulative count: lower bounds, a batch-verification jump, a same-day wire copy, an undated figure. */
const cumulative = series("org-a-arrested", A, "wave-2026", [
  ["2026-01-01", { value: 120, qualifier: "at_least" }],
  ["2026-01-04", { value: 990, qualifier: "at_least" }],
  ["2026-01-08", { value: 2200 }],
  ["2026-01-10", { value: 2638 }],
  ["2026-01-11", { value: 10681, qualifier: "more_than" }],
  ["2026-01-11", { value: 10000, qualifier: "about", source: "doc-2", flags: ["restatement"] }],
  ["2026-01-14", { value: 18434 }],
  [null, { value: 1000 }],
]);
const jump: Annotation = {
  id: "batch-jump", start: "2026-01-11", label: "Jump: batch verification", description: "Verification caught up after a blackout; not arrests on one day.", source: { document: "doc-1" },
};

/** A range estimate beside an exact count of another organisation. */
const ranges = series("org-b-arrested", B, "wave-2026", [
  ["2026-01-05", { low: 1000, high: 3000, qualifier: "range", source: "doc-3" }],
  ["2026-01-12", { low: 8000, high: 12000, qualifier: "range", source: "doc-3" }],
  ["2026-01-14", { value: 15000, qualifier: "estimated", source: "doc-3" }],
]);

const annotations: Annotation[] = [
  { id: "start", start: "2025-12-29", label: "Protests begin", source: { document: "doc-2" } },
  { id: "blackout", start: "2026-01-08", end: "2026-01-20", end_uncertain: true, label: "Blackout", description: "Synthetic span.", source: { reported_by: "a test monitor", citation_incomplete: true } },
  jump,
];

/** Two waves of one organisation aligned on days since each began. */
const older = series("org-a-arrested-2022", A, "wave-2022", [
  ["2022-09-17", { value: 10 }],
  ["2022-10-01", { value: 1500 }],
  ["2022-10-27", { value: 14000, qualifier: "at_least" }],
  ["2022-12-16", { value: 18200 }],
]);

/** One claimant far above the others: the axis breaks above the rest (OUTLIER_RATIO). */
const outlier = series("org-c-arrested", org("org-c", "Org C"), "wave-2025", [
  ["2026-01-05", { value: undefined, low: 60000, high: 90000, qualifier: "range", source: "doc-2" }],
  ["2026-01-15", { value: 95000, qualifier: "about", source: "doc-2" }],
]);

export const FIXTURES: SnapshotFixture[] = [
  { name: "span-and-events-narrow", input: { id: "snap-narrow", title: "Arrests and events, phone layout (test)", series: [cumulative, ranges], sources, annotations, layout: "narrow" } },
  { name: "broken-axis", input: { id: "snap-outlier", title: "One claimant far above the rest (test)", series: [cumulative, ranges, outlier], sources } },
  { name: "cumulative-at-least", input: { id: "snap-cumulative", title: "Org A: people arrested (test)", series: [cumulative], sources, annotations: [jump] } },
  { name: "range-estimate", input: { id: "snap-range", title: "Arrest estimates (test)", series: [cumulative, ranges], sources } },
  { name: "span-and-events", input: { id: "snap-annotations", title: "Arrests and events (test)", series: [cumulative, ranges], sources, annotations } },
  {
    name: "waves-by-day-standalone",
    input: { id: "snap-waves", title: "Two waves by day (test)", series: [older, cumulative], sources, xKind: "days", origins: { "org-a-arrested-2022": "2022-09-17", "org-a-arrested": "2025-12-28" } },
    svg: { standalone: true, baseUrl: "https://example.org" },
  },
];
