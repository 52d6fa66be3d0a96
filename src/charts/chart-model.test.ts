import { describe, expect, it } from "vitest";
import type { DatasetFigure } from "../datasets/dataset.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import type { Annotation } from "../datasets/schemas/wave.ts";
import { buildChartModel, type ChartInput, type ChartSeriesInput } from "./chart-model.ts";

// Hand-made, test-only data. Expected pixels are worked out by hand: the plot runs from
// x = 56 to 704 (648 px) and, without annotations, from y = 332 (zero) up to y = 12.
const DAY = 86_400_000;
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const org = (id: string): Organisation => ({ id, name: id.toUpperCase(), short_name: id.toUpperCase(), kind: "ngo", home_page: null, counts: "x" });
const series = (id: string, organisation: string, over: Partial<Series> = {}): Series => ({
  id, wave: "w", organisation, measure: "arrested", label: `${organisation}: arrests`, definition: "d", cumulative: true, caveats: [], on_charts: true, ...over,
});
const fig = (id: string, s: string, as_of: string | null, over: Partial<DatasetFigure> = {}): DatasetFigure => ({
  id, series: s, organisation: "o", measure: "arrested", as_of, value: 1, qualifier: "exact", source: "doc-a", quote: "q", figure_text: "q", flags: [], ...over,
});
const sources = new Map<string, SourceDocument>([
  ["doc-a", { id: "doc-a", title: "Report A", kind: "report", publisher: "Alpha Press" } as SourceDocument],
  ["doc-b", { id: "doc-b", title: "News B", kind: "news", publisher: "Beta News" } as SourceDocument],
]);

const alpha: ChartSeriesInput = {
  series: series("alpha-arrested", "alpha"),
  organisation: org("alpha"),
  figures: [
    fig("a1", "alpha-arrested", "2026-01-01", { value: 100 }),
    fig("a2", "alpha-arrested", "2026-01-11", { value: 1000, qualifier: "at_least" }),
    fig("a3", "alpha-arrested", "2026-01-11", { value: 900, qualifier: "about", source: "doc-b" }),
    fig("a4", "alpha-arrested", "2026-01-21", { value: 2000 }),
    fig("a5", "alpha-arrested", null, { value: 5000 }),
  ],
};
const beta: ChartSeriesInput = {
  series: series("beta-arrested", "beta"),
  organisation: org("beta"),
  figures: [
    fig("b1", "beta-arrested", "2026-01-06", { value: undefined, low: 400, high: 1500, qualifier: "range" }),
    fig("b2", "beta-arrested", "2026-01-16", { value: 1200, qualifier: "more_than" }),
  ],
};
const input = (over: Partial<ChartInput> = {}): ChartInput => ({ id: "c", title: "Arrests", series: [alpha, beta], sources, ...over });
const point = (m: ReturnType<typeof buildChartModel>, id: string) => m.lines.flatMap((l) => l.points).find((p) => p.figureId === id)!;

describe("buildChartModel: axes", () => {
  const m = buildChartModel(input());
  it("spans the x domain from the first to the last dated figure, in epoch ms", () => expect(m.xDomain).toEqual([t("2026-01-01"), t("2026-01-21")]));
  it("starts y at zero and ends at the largest value or range high, made nice", () => expect(m.yDomain).toEqual([0, 2000]));
  it("labels weekly date ticks briefly, with the year on the first", () => {
    expect(m.xTicks).toEqual([
      { value: t("2026-01-04"), pos: 153.2, label: "4 Jan 2026" },
      { value: t("2026-01-11"), pos: 380, label: "11 Jan" },
      { value: t("2026-01-18"), pos: 606.8, label: "18 Jan" },
    ]);
  });
  it("labels y ticks with digit grouping", () => {
    expect(m.yTicks.map((k) => [k.label, k.pos])).toEqual([["0", 332], ["500", 252], ["1,000", 172], ["1,500", 92], ["2,000", 12]]);
  });
  it("pads a single day by a day on each side so the scale never collapses", () => {
    const one = buildChartModel(input({ series: [{ ...alpha, figures: [alpha.figures[0]] }] }));
    expect(one.xDomain).toEqual([t("2026-01-01") - DAY, t("2026-01-01") + DAY]);
    expect(one.lines[0].points[0].px).toBe(380);
  });
});

describe("buildChartModel: points and lines", () => {
  const m = buildChartModel(input());
  it("draws one line per series, in input order, never merged", () => {
    expect(m.lines.map((l) => [l.seriesId, l.organisation, l.points.map((p) => p.figureId)])).toEqual([
      ["alpha-arrested", "ALPHA", ["a1", "a2", "a3", "a4"]],
      ["beta-arrested", "BETA", ["b1", "b2"]],
    ]);
  });
  it("keeps two identical claims of two organisations as two lines", () => {
    const twin = { ...beta, series: series("gamma-arrested", "gamma"), organisation: org("gamma"), figures: beta.figures.map((f) => ({ ...f, id: `g-${f.id}` })) };
    const both = buildChartModel(input({ series: [beta, twin] }));
    expect(both.lines.map((l) => l.points.map((p) => p.y))).toEqual([[400, 1200], [400, 1200]]);
    expect(both.summary).toContain(
      "BETA counted more than 1,200 people arrested, as reported by Alpha Press (as of 16 January 2026). GAMMA counted more than 1,200 people arrested, as reported by Alpha Press (as of 16 January 2026).",
    );
  });
  it("joins one figure per day into the path and draws other reports apart", () => {
    expect(m.lines[0].path).toBe("M56,316 L380,172 L704,12");
    expect(point(m, "a3")).toMatchObject({ onLine: false, px: 380, py: 188, valueText: "about 900" });
    expect(m.lines[0].points.filter((p) => p.onLine).map((p) => p.figureId)).toEqual(["a1", "a2", "a4"]);
  });
  it("never plots an undated figure", () => expect(point(m, "a5")).toBeUndefined());
  it("keeps a range's low and high, plotting the low end with the high end's pixel", () => {
    expect(point(m, "b1")).toMatchObject({ y: 400, low: 400, high: 1500, py: 268, pyHigh: 92, qualifier: "range", valueText: "between 400 and 1,500" });
    expect(point(m, "b1").value).toBeUndefined();
  });
  it("marks lower bounds by their qualifier and says them as such", () => {
    expect(point(m, "a2")).toMatchObject({ qualifier: "at_least", valueText: "at least 1,000", value: 1000 });
    expect(point(m, "b2")).toMatchObject({ qualifier: "more_than", valueText: "more than 1,200", px: 542, py: 140 });
  });
  it("links every point to its figure page and its source's page", () => {
    expect(point(m, "a3")).toMatchObject({ href: "/figures/a3/", sourceHref: "/sources/doc-b/", sourceTitle: "News B", organisation: "ALPHA", dateText: "11 Jan 2026", asOf: "2026-01-11" });
  });
  it("styles each series by its index with a different colour, dash and marker", () => {
    expect(m.lines.map((l) => [l.colour, l.dash, l.marker, l.seriesHref, l.unitText])).toEqual([
      ["#0072b2", "", "circle", "/series/alpha-arrested/", "people arrested"],
      ["#d55e00", "6 3", "square", "/series/beta-arrested/", "people arrested"],
    ]);
  });
  it("leaves out series kept off the charts", () => {
    const off = { ...beta, series: series("beta-arrested", "beta", { on_charts: false }) };
    expect(buildChartModel(input({ series: [alpha, off] })).lines.map((l) => l.seriesId)).toEqual(["alpha-arrested"]);
  });
  it("gives the latest as-of date among the plotted points", () => expect(m.asOf).toBe("2026-01-21"));
});

describe("buildChartModel: summary", () => {
  it("says how far the chart goes, then names each organisation with its latest value and that claim's own date", () => {
    expect(buildChartModel(input()).summary).toBe(
      "Figures up to 21 January 2026. Latest claim of each line: ALPHA counted 2,000 people arrested (as of 21 January 2026). " +
        "BETA counted more than 1,200 people arrested, as reported by Alpha Press (as of 16 January 2026). " +
        "The chart plots 6 dated figures in 2 lines; each line is one organisation's own count, and the lines are not added together.",
    );
  });
  it("says there is no dated figure when nothing can be plotted", () => {
    const undated = { ...alpha, figures: [alpha.figures[4]] };
    for (const m of [buildChartModel(input({ series: [] })), buildChartModel(input({ series: [undated], annotations: [] }))]) {
      expect(m).toMatchObject({ lines: [], annotations: [], asOf: null, xTicks: [], yTicks: [], summary: "There is no dated figure to chart." });
    }
  });
});

describe("buildChartModel: annotations", () => {
  const ann = (id: string, start: string, label: string, over: Partial<Annotation> = {}): Annotation => ({ id, start, label, source: { document: "doc-a" }, ...over });
  const incomplete = { reported_by: "a monitor", citation_incomplete: true as const };
  const annotations = [
    ann("shutdown", "2026-01-16", "Shutdown", { end: "2026-02-10", source: incomplete }),
    ann("jump", "2026-01-11", "Jump"),
  ];
  const m = buildChartModel(input({ annotations }));
  it("places events and spans by date, clips a span's end to the plot, and sorts them by start", () => {
    expect(m.annotations).toEqual([
      { id: "jump", label: "Jump", x1: 380, row: 0, anchor: "start", href: "/sources/doc-a/", citationIncomplete: false },
      { id: "shutdown", label: "Shutdown", x1: 542, x2: 704, row: 0, anchor: "start", citationIncomplete: true },
    ]);
  });
  it("makes room above the plot for one row of labels", () => expect(m.margin.top).toBe(22));
  it("stacks a label that would overlap its neighbour into the next row", () => {
    const close = buildChartModel(input({ annotations: [ann("one", "2026-01-11", "A long label here"), ann("two", "2026-01-12", "Two")] }));
    expect(close.annotations.map((a) => a.row)).toEqual([0, 1]);
    expect(close.margin.top).toBe(36);
  });
  it("puts a label left of its line when it would run off the chart", () => {
    expect(buildChartModel(input({ annotations: [ann("late", "2026-01-21", "Late")] })).annotations[0]).toMatchObject({ x1: 704, anchor: "end" });
  });
  it("widens the x domain to show an annotation that starts before the data", () => {
    const early = buildChartModel(input({ annotations: [ann("begin", "2025-12-22", "Begin")] }));
    expect(early.xDomain).toEqual([t("2025-12-22"), t("2026-01-21")]);
    expect(early.annotations[0].x1).toBe(56);
  });
  it("lists the annotations with their dates in the summary", () => {
    expect(m.summary).toMatch(/ Marked on the timeline: Jump \(11 Jan 2026\); Shutdown \(16 Jan 2026 to 10 Feb 2026\)\.$/);
  });
});

describe("buildChartModel: days since the wave began", () => {
  const older: ChartSeriesInput = {
    series: series("hrana-2022", "hrana", { wave: "w22" }),
    organisation: org("hrana"),
    figures: [fig("o1", "hrana-2022", "2022-09-17", { value: 10 }), fig("o2", "hrana-2022", "2022-10-07", { value: 100 })],
  };
  const newer: ChartSeriesInput = {
    series: series("hrana-2025", "hrana", { wave: "w25" }),
    organisation: org("hrana"),
    figures: [fig("n1", "hrana-2025", "2026-01-07", { value: 50 }), fig("n2", "hrana-2025", "2026-01-17", { value: 400, qualifier: "at_least" })],
  };
  const origins = { "hrana-2022": "2022-09-17", "hrana-2025": "2025-12-28" };
  const m = buildChartModel(input({ series: [older, newer], xKind: "days", origins, annotations: [{ id: "x", start: "2026-01-01", label: "X", source: { document: "doc-a" } }] }));
  it("aligns each series on its own wave's start, from day 0", () => {
    expect(m.xDomain).toEqual([0, 20]);
    expect(m.lines.map((l) => l.points.map((p) => [p.x, p.px]))).toEqual([[[0, 56], [20, 704]], [[10, 380], [20, 704]]]);
    expect(m.xTicks.map((k) => k.label)).toEqual(["0", "5", "10", "15", "20"]);
  });
  it("names each line's wave by its start, so two waves of one organisation can be told apart", () => {
    expect(m.lines.map((l) => l.label)).toEqual(["hrana: arrests, wave from 17 Sept 2022", "hrana: arrests, wave from 28 Dec 2025"]);
  });
  it("draws no date annotations and leaves room for the axis title", () => {
    expect(m.annotations).toEqual([]);
    expect(m.margin.bottom).toBe(44);
  });
  it("gives each line's latest date and day in the summary", () => {
    expect(m.summary).toBe(
      "Latest claim of each line: HRANA counted 100 people arrested, as reported by Alpha Press (as of 7 October 2022), 20 days after the wave began. " +
        "HRANA counted at least 400 people arrested, as reported by Alpha Press (as of 17 January 2026), 20 days after the wave began. " +
        "The chart plots 4 dated figures in 2 lines; each line is one organisation's own count, and the lines are not added together.",
    );
  });
  it("refuses a series without an origin rather than guessing one", () => {
    expect(() => buildChartModel(input({ series: [older], xKind: "days", origins: {} }))).toThrow('xKind "days" needs origins["hrana-2022"]');
  });
});
