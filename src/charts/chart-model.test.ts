import { describe, expect, it } from "vitest";
import type { DatasetFigure } from "../datasets/dataset.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import type { Annotation } from "../datasets/schemas/wave.ts";
import { markerRadius } from "./svg-markers.ts";
import { buildChartModel, type ChartInput, type ChartSeriesInput } from "./chart-model.ts";

// Hand-made, test-only data. Margins depend on label widths, so expected pixels are worked out
// from the plot's edges: a value's pixel is its share of the domain along the plot.
const DAY = 86_400_000;
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** The absolute points of a path written as "M x,y" then relative "l" steps. */
function pathPoints(d: string): number[][] {
  const [start, ...steps] = d.split(/(?=l)/);
  const at = [start.slice(1).split(",").map(Number)];
  for (const [dx, dy] of (steps.join("").slice(1).match(/-?[\d.]+[ ,]?-?[\d.]+/g) ?? []).map((s) => s.match(/-?[\d.]+/g)!.map(Number)))
    at.push([at.at(-1)![0] + dx, at.at(-1)![1] + dy]);
  return at;
}

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
const input = (over: Partial<ChartInput & { layout: "wide" | "narrow" }> = {}): ChartInput & { layout?: "wide" | "narrow" } => ({ id: "c", title: "Arrests", series: [alpha, beta], sources, ...over });
const point = (m: ReturnType<typeof buildChartModel>, id: string) => m.lines.flatMap((l) => l.points).find((p) => p.figureId === id)!;
const r1 = (v: number) => Math.round(v * 10) / 10;
/** Where a value should land, by linear interpolation along the plot (independent of d3). */
const geo = (m: ReturnType<typeof buildChartModel>) => {
  const [L, R, T, B] = [m.margin.left, m.width - m.margin.right, m.margin.top, m.height - m.margin.bottom];
  return {
    L, R, T, B,
    x: (v: number) => r1(L + ((v - m.xDomain[0]) / (m.xDomain[1] - m.xDomain[0])) * (R - L)),
    y: (v: number) => r1(B - ((v - m.yDomain[0]) / (m.yDomain[1] - m.yDomain[0])) * (B - T)),
    /** Points sit on whole units. */
    px: (v: number) => Math.round(L + ((v - m.xDomain[0]) / (m.xDomain[1] - m.xDomain[0])) * (R - L)),
    py: (v: number) => Math.round(B - ((v - m.yDomain[0]) / (m.yDomain[1] - m.yDomain[0])) * (B - T)),
  };
};

describe("buildChartModel: axes", () => {
  // Built inside each test: Stryker switches a mutant on only while a test runs (docs/TESTING.md).
  const build = () => buildChartModel(input());
  it("spans the x domain from the first to the last dated figure, in epoch ms", () => {
    const m = build();
    expect(m.xDomain).toEqual([t("2026-01-01"), t("2026-01-21")]);
  });
  it("starts y at zero and ends at the largest value or range high, made nice", () => {
    const m = build();
    expect(m.yDomain).toEqual([0, 2000]);
  });
  it("labels weekly date ticks briefly, with the year on the first", () => {
    const m = build();
    const g = geo(m);
    expect(m.xTicks).toEqual(
      [["2026-01-04", "4 Jan 2026"], ["2026-01-11", "11 Jan"], ["2026-01-18", "18 Jan"]].map(([iso, label]) => ({ value: t(iso), pos: g.x(t(iso)), label })),
    );
  });
  it("labels y ticks with digit grouping", () => {
    const m = build();
    const g = geo(m);
    expect(m.yTicks.map((k) => [k.label, k.pos])).toEqual([0, 500, 1000, 1500, 2000].map((v) => [v.toLocaleString("en-GB"), g.y(v)]));
    expect(g.y(2000)).toBe(g.T);
  });
  it("pads a single day by a day on each side so the scale never collapses", () => {
    const one = buildChartModel(input({ series: [{ ...alpha, figures: [alpha.figures[0]] }] }));
    expect(one.xDomain).toEqual([t("2026-01-01") - DAY, t("2026-01-01") + DAY]);
    expect(one.lines[0].points[0].px).toBe(Math.round((geo(one).L + geo(one).R) / 2));
  });
});

describe("buildChartModel: points and lines", () => {
  // Built inside each test: Stryker switches a mutant on only while a test runs (docs/TESTING.md).
  const build = () => buildChartModel(input());
  it("draws one line per series, in input order, never merged", () => {
    const m = build();
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
    const m = build();
    const g = geo(m);
    expect(m.lines[0].path).toMatch(/^M[\d.]+,[\d.]+l/);
    expect(pathPoints(m.lines[0].path)).toEqual([[g.px(m.xDomain[0]), g.py(100)], [g.px(t("2026-01-11")), g.py(1000)], [g.px(m.xDomain[1]), g.py(2000)]]);
    expect(point(m, "a3")).toMatchObject({ onLine: false, px: g.px(t("2026-01-11")), py: g.py(900), valueText: "about 900" });
    expect(m.lines[0].points.filter((p) => p.onLine).map((p) => p.figureId)).toEqual(["a1", "a2", "a4"]);
  });
  it("never plots an undated figure", () => {
    const m = build();
    expect(point(m, "a5")).toBeUndefined();
  });
  it("keeps a range's low and high, plotting the low end with the high end's pixel", () => {
    const m = build();
    const g = geo(m);
    expect(point(m, "b1")).toMatchObject({ y: 400, low: 400, high: 1500, py: g.py(400), pyHigh: g.py(1500), qualifier: "range", valueText: "between 400 and 1,500" });
    expect(point(m, "b1").value).toBeUndefined();
  });
  it("marks lower bounds by their qualifier and says them as such", () => {
    const m = build();
    expect(point(m, "a2")).toMatchObject({ qualifier: "at_least", valueText: "at least 1,000", value: 1000 });
    expect(point(m, "b2")).toMatchObject({ qualifier: "more_than", valueText: "more than 1,200", px: geo(m).px(t("2026-01-16")), py: geo(m).py(1200) });
  });
  it("links every point to its figure page and its source's page", () => {
    const m = build();
    expect(point(m, "a3")).toMatchObject({ href: "/figures/a3/", sourceHref: "/sources/doc-b/", sourceTitle: "News B", organisation: "ALPHA", dateText: "11 Jan 2026", asOf: "2026-01-11" });
  });
  it("styles each series by its index with a different colour, dash and marker", () => {
    const m = build();
    expect(m.lines.map((l) => [l.colour, l.dash, l.marker, l.seriesHref, l.unitText])).toEqual([
      ["#0072b2", "", "circle", "/series/alpha-arrested/", "people arrested"],
      ["#d55e00", "6 3", "square", "/series/beta-arrested/", "people arrested"],
    ]);
  });
  it("leaves out series kept off the charts, from the lines and from the summary", () => {
    const off = { ...beta, series: series("beta-arrested", "beta", { on_charts: false }) };
    const m = buildChartModel(input({ series: [alpha, off] }));
    expect(m.lines.map((l) => l.seriesId)).toEqual(["alpha-arrested"]);
    expect(m.summary).not.toContain("BETA");
    expect(m.summaryFigures).toEqual(["a4"]);
  });
  it("lists the figures its summary cites: each line's latest claim", () => expect(buildChartModel(input()).summaryFigures).toEqual(["a4", "b2"]));
  it("draws no path for a line of a single point", () => {
    const one = buildChartModel(input({ series: [alpha, { ...beta, figures: [beta.figures[1]] }] }));
    expect(one.lines.map((l) => l.path === "")).toEqual([false, true]);
  });
  it("gives the latest as-of date among the plotted points", () => {
    const m = build();
    expect(m.asOf).toBe("2026-01-21");
  });
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
      expect(m).toMatchObject({ lines: [], annotations: [], asOf: null, xTicks: [], yTicks: [], summary: "No dated figure to chart." });
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
  // Built inside each test: Stryker switches a mutant on only while a test runs (docs/TESTING.md).
  const build = () => buildChartModel(input({ annotations }));
  it("places events and spans by date, numbers them, clips a span's end to the plot, and sorts them by start", () => {
    const m = build();
    const g = geo(m);
    expect(m.annotations).toEqual([
      { id: "jump", n: 1, nText: "1", label: "Jump", dateText: "11 Jan 2026", x1: g.x(t("2026-01-11")), row: 0, anchor: "start", href: "/sources/doc-a/", citationIncomplete: false },
      { id: "shutdown", n: 2, nText: "2", label: "Shutdown", dateText: "16 Jan 2026 – 10 Feb 2026", x1: g.x(t("2026-01-16")), x2: g.R, row: 0, anchor: "start", citationIncomplete: true },
    ]);
    expect(m.annotationLabels).toBe(true);
  });
  it("makes room above the plot for the unit and one row of events", () => {
    const m = build();
    expect(m.margin.top).toBe(m.rows.unit + m.rows.annotation + 6);
  });
  it("stacks a label that would overlap its neighbour into the next row", () => {
    const m = build();
    const close = buildChartModel(input({ annotations: [ann("one", "2026-01-11", "A long label here"), ann("two", "2026-01-12", "Two")] }));
    expect(close.annotations.map((a) => a.row)).toEqual([0, 1]);
    expect(close.margin.top).toBe(m.margin.top + m.rows.annotation);
  });
  it("puts a label left of its line when it would run off the chart", () => {
    const late = buildChartModel(input({ annotations: [ann("late", "2026-01-21", "A late event with a long label")] }));
    expect(late.annotations[0]).toMatchObject({ x1: geo(late).R, anchor: "end" });
  });
  it("widens the x domain to show an event just before the data, and leaves out one far from it", () => {
    const early = buildChartModel(input({ annotations: [ann("begin", "2025-12-31", "Begin"), ann("far", "2025-10-01", "Far")] }));
    expect(early.xDomain).toEqual([t("2025-12-31"), t("2026-01-21")]);
    expect(early.annotations.map((a) => [a.id, a.x1])).toEqual([["begin", geo(early).L]]);
  });
  it("shows numbers only, with no labels, in the narrow layout", () => {
    const narrow = buildChartModel(input({ annotations, layout: "narrow" }));
    expect(narrow.annotationLabels).toBe(false);
    expect(narrow.annotations.map((a) => a.n)).toEqual([1, 2]);
  });
  it("lists the annotations with their dates in the summary", () => {
    const m = build();
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
  // Built inside each test: Stryker switches a mutant on only while a test runs (docs/TESTING.md).
  const build = () => buildChartModel(input({ series: [older, newer], xKind: "days", origins, annotations: [{ id: "x", start: "2026-01-01", label: "X", source: { document: "doc-a" } }] }));
  it("aligns each series on its own wave's start, from day 0", () => {
    const m = build();
    const g = geo(m);
    expect(m.xDomain).toEqual([0, 20]);
    expect(m.lines.map((l) => l.points.map((p) => [p.x, p.px]))).toEqual([[[0, g.px(0)], [20, g.px(20)]], [[10, g.px(10)], [20, g.px(20)]]]);
    expect(m.xTicks.map((k) => k.label)).toEqual(["0", "5", "10", "15", "20"]);
  });
  it("names each line's wave by its start, so two waves of one organisation can be told apart", () => {
    const m = build();
    expect(m.lines.map((l) => l.label)).toEqual(["hrana: arrests, wave from 17 Sept 2022", "hrana: arrests, wave from 28 Dec 2025"]);
  });
  it("draws no date annotations and leaves room for the axis title", () => {
    const m = build();
    expect(m.annotations).toEqual([]);
    expect(m.margin.bottom).toBeGreaterThan(buildChartModel(input()).margin.bottom + m.fontSize);
  });
  it("gives each line's latest date and day in the summary", () => {
    const m = build();
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

describe("buildChartModel: phone layout, line ends, broken axis", () => {
  it("draws phones a taller shape than desktops, with the same 12-unit text", () => {
    const [wide, narrow] = [buildChartModel(input()), buildChartModel(input({ layout: "narrow" }))];
    expect(narrow.height / narrow.width).toBeGreaterThan(1);
    expect(wide.height / wide.width).toBeLessThan(1);
    expect([wide.fontSize, narrow.fontSize]).toEqual([12, 12]);
  });
  it("labels each line at its end, inside the chart, never overlapping the next", () => {
    for (const layout of ["wide", "narrow"] as const) {
      const m = buildChartModel(input({ layout, series: [alpha, beta, { ...beta, series: series("gamma-arrested", "gamma"), organisation: org("gamma") }] }));
      const boxes = m.endLabels.map((e) => [e.top, e.top + e.lines.length * (m.fontSize + 2)]).sort((a, b) => a[0] - b[0]);
      expect(m.endLabels.map((e) => e.lines.join(" "))).toEqual(["ALPHA", "BETA", "GAMMA"]);
      boxes.slice(1).forEach((b, i) => expect(b[0], `${layout}: label ${i + 1} starts below label ${i}`).toBeGreaterThanOrEqual(boxes[i][1]));
      expect(boxes.at(-1)![1]).toBeLessThanOrEqual(m.height - m.margin.bottom);
    }
  });
  it("says what the y axis counts: the lines' shared unit", () => expect(buildChartModel(input()).yUnit).toBe("people arrested"));
  it("breaks the axis above a line far above the rest, and writes those values out", () => {
    const huge: ChartSeriesInput = {
      series: series("huge-killed", "huge"),
      organisation: org("huge"),
      figures: [fig("h1", "huge-killed", "2026-01-05", { value: undefined, low: 12_000, high: 20_000, qualifier: "range" }), fig("h2", "huge-killed", "2026-01-15", { value: 1500 })],
    };
    const m = buildChartModel(input({ series: [alpha, beta, huge] }));
    // The others reach 2,000 (alpha) and 1,500 (beta's high): the axis keeps their scale.
    expect(m.yDomain).toEqual([0, 2000]);
    expect(m.overflow?.cap).toBe(2000);
    expect(m.overflow?.note).toContain("One figure, from HUGE, is far above the others");
    const h1 = point(m, "h1");
    expect(h1.over).toBe(true);
    expect(h1.overLabel!.y).toBeLessThan(m.margin.top);
    // A value under the cap stays on the scale.
    expect(point(m, "h2")).toMatchObject({ py: geo(m).py(1500) });
    expect(point(m, "h2").over).toBeUndefined();
    // Not broken when the largest line is within three times the next.
    expect(buildChartModel(input()).overflow).toBeUndefined();
  });
  it("calls fewer than three points too few for a chart", () => {
    const few = buildChartModel(input({ series: [beta] }));
    expect(few.sparse).toBe(true);
    // Its words must not speak of a chart that is not drawn.
    expect(few.summary).toContain("There are 2 dated figures, too few for a chart: they are listed instead");
    expect(few.summary).not.toMatch(/chart plots|each line/);
    expect(buildChartModel(input()).sparse).toBe(false);
  });
});

describe("buildChartModel: crowded points", () => {
  const days = Array.from({ length: 200 }, (_, i) => new Date(t("2026-01-01") + i * DAY).toISOString().slice(0, 10));
  const daily: ChartSeriesInput = {
    series: series("daily-arrested", "daily"),
    organisation: org("daily"),
    figures: days.map((d, i) => fig(`d${i}`, "daily-arrested", d, { value: 100 + i * 10 })),
  };
  for (const layout of ["wide", "narrow"] as const) {
    it(`${layout}: draws a marker only where it stands apart, always on the latest figure, and keeps every point in the model`, () => {
      const m = buildChartModel(input({ series: [daily], layout }));
      const pts = m.lines[0].points;
      expect(pts).toHaveLength(200);
      const marked = pts.filter((p) => !p.thin);
      expect(marked.length).toBeLessThan(100);
      expect(marked.at(-1)!.figureId).toBe("d199");
      marked.slice(1).forEach((p, i) => expect(Math.hypot(p.px - marked[i].px, p.py - marked[i].py)).toBeGreaterThanOrEqual(2 * markerRadius(true) + 1));
      // The line still runs through every figure.
      expect(pathPoints(m.lines[0].path)).toHaveLength(200);
    });
  }
});

describe("buildChartModel: what each point carries", () => {
  const docs = () =>
    new Map<string, SourceDocument>([...sources, ["doc-c", { id: "doc-c", title: "Repost C", kind: "news", publisher: "Gamma Blog", published: "2026-01-03" } as SourceDocument]]);
  const marked = (): ChartSeriesInput => ({
    series: series("m-arrested", "m"),
    organisation: org("m"),
    figures: [
      fig("w1", "m-arrested", "2026-01-01", { value: 10, source: "doc-c", flags: ["low_quality_source", "attribution_inferred"] }),
      fig("w2", "m-arrested", "2026-01-02", { value: 1, basis: "cases", cases: ["Ali Rezaei"] }),
      fig("w3", "m-arrested", "2026-01-03", { value: 20, basis: "project_count" }),
      fig("w4", "m-arrested", "2026-01-04", { value: 25, source: "doc-x" }),
    ],
  });
  it("says with a point what a reader must know: a weak source, an inferred attribution, named cases, a count made by this site", () => {
    const m = buildChartModel(input({ series: [marked()], sources: docs() }));
    expect(point(m, "w1")).toMatchObject({ cautions: ["weak source", "attribution inferred"], weak: true, known: "2026-01-03", sourceName: "Gamma Blog", sourceTitle: "Repost C" });
    expect(point(m, "w2")).toMatchObject({ cautions: ["a named case: Ali Rezaei"], cases: ["Ali Rezaei"] });
    expect(point(m, "w3").cautions).toEqual(["counted by this site from the parts the text gives"]);
    for (const id of ["w2", "w3", "w4"]) expect(point(m, id).weak, id).toBeUndefined();
  });
  it("carries nothing it does not know: no cautions, no publication day, no low or high for a plain value", () => {
    const w4 = point(buildChartModel(input({ series: [marked()], sources: docs() })), "w4");
    expect(w4).toMatchObject({ value: 25, y: 25 });
    for (const key of ["cautions", "weak", "cases", "known", "low", "high"] as const) expect(w4, key).not.toHaveProperty(key);
  });
  it("names a source missing from the sources by its id rather than leaving it blank", () => {
    expect(point(buildChartModel(input({ series: [marked()], sources: docs() })), "w4")).toMatchObject({ sourceTitle: "doc-x", sourceName: "doc-x", sourceHref: "/sources/doc-x/" });
  });
  it("orders the reports of one day: the one joined into the line first, then the others by id", () => {
    const day = { ...alpha, figures: [...alpha.figures, fig("a2b", "alpha-arrested", "2026-01-11", { value: 800, qualifier: "about", source: "doc-b" })] };
    const m = buildChartModel(input({ series: [day] }));
    expect(m.lines[0].points.map((p) => [p.figureId, p.onLine])).toEqual([["a1", true], ["a2", true], ["a2b", false], ["a3", false], ["a4", true]]);
  });
  it("ties a line's end label to its last value on the line, not to another report drawn beside it", () => {
    const late = { ...alpha, figures: [...alpha.figures, fig("a6", "alpha-arrested", "2026-01-21", { value: 900, qualifier: "about", source: "doc-b" })] };
    const m = buildChartModel(input({ series: [late, beta] }));
    expect(point(m, "a6").onLine).toBe(false);
    // a4 (2,000) is the axis's top.
    expect(m.endLabels[0].valueY).toBe(point(m, "a4").py);
    expect(m.endLabels[0].valueY).toBe(m.margin.top);
  });
});

describe("buildChartModel: events near the plotted dates", () => {
  // Data from 1 to 21 January 2026: 20 days, so events up to 2 days (a tenth) outside are shown.
  const ann = (id: string, start: string, end?: string): Annotation => ({ id, start, label: id, source: { document: "doc-a" }, ...(end && { end }) });
  it("shows an event up to a tenth of the span before or after the data, widening the axis to it", () => {
    const m = buildChartModel(input({ annotations: [ann("before", "2025-12-30"), ann("after", "2026-01-23"), ann("too-late", "2026-01-24"), ann("too-early", "2025-12-29")] }));
    expect(m.annotations.map((a) => a.id)).toEqual(["before", "after"]);
    expect(m.xDomain).toEqual([t("2025-12-30"), t("2026-01-23")]);
  });
  it("shows a span that began long before the data while it lasts into them, without widening the axis to its start", () => {
    const m = buildChartModel(input({ annotations: [ann("long", "2025-11-01", "2025-12-30"), ann("over", "2025-11-01", "2025-12-29")] }));
    expect(m.annotations.map((a) => [a.id, a.x1])).toEqual([["long", geo(m).L]]);
    expect(m.xDomain).toEqual([t("2026-01-01"), t("2026-01-21")]);
  });
  it("numbers events of the same day by their id", () => {
    const m = buildChartModel(input({ annotations: [ann("b-event", "2026-01-11"), ann("a-event", "2026-01-11")] }));
    expect(m.annotations.map((a) => [a.id, a.n])).toEqual([["a-event", 1], ["b-event", 2]]);
  });
});

describe("buildChartModel: labels, units and the broken axis", () => {
  it("names two lines of one organisation by their series labels, or on the days axis by the year each wave began", () => {
    const killed = { series: series("alpha-killed", "alpha", { label: "alpha: killed", measure: "killed" }), organisation: org("alpha"), figures: [fig("k1", "alpha-killed", "2026-01-05", { value: 7, measure: "killed" })] };
    const m = buildChartModel(input({ series: [alpha, killed, beta] }));
    expect(m.endLabels.map((e) => e.lines.join(" "))).toEqual(["alpha: arrests", "alpha: killed", "BETA"]);
    const older = { series: series("hrana-2022", "hrana"), organisation: org("hrana"), figures: [fig("o1", "hrana-2022", "2022-09-17", { value: 10 }), fig("o2", "hrana-2022", "2022-10-07", { value: 100 })] };
    const newer = { series: series("hrana-2025", "hrana"), organisation: org("hrana"), figures: [fig("n1", "hrana-2025", "2026-01-07", { value: 50 })] };
    const days = buildChartModel(input({ series: [older, newer], xKind: "days", origins: { "hrana-2022": "2022-09-17", "hrana-2025": "2025-12-28" } }));
    expect(days.endLabels.map((e) => e.lines.join(" "))).toEqual(["HRANA 2022", "HRANA 2025"]);
  });
  it("says 'people' on the y axis when the lines count different things", () => {
    const killed = { series: series("alpha-killed", "alpha", { measure: "killed" }), organisation: org("alpha"), figures: [fig("k1", "alpha-killed", "2026-01-05", { value: 7, measure: "killed" })] };
    expect(buildChartModel(input({ series: [alpha, killed] })).yUnit).toBe("people");
    expect(buildChartModel(input({ series: [killed] })).yUnit).toBe("people killed");
  });
  it("charts three dated points, and calls two too few", () => {
    const three = { ...beta, figures: [...beta.figures, fig("b3", "beta-arrested", "2026-01-20", { value: 1300 })] };
    expect(buildChartModel(input({ series: [three] })).sparse).toBe(false);
    expect(buildChartModel(input({ series: [beta] })).sparse).toBe(true);
  });
  it("breaks the axis only above a line more than three times the next, never for a single line or above lines of zero", () => {
    const line = (id: string, values: number[]) => ({
      series: series(id, id), organisation: org(id), figures: values.map((v, i) => fig(`${id}${i}`, id, `2026-01-0${i + 1}`, { value: v })),
    });
    expect(buildChartModel(input({ series: [line("big", [10, 3000]), line("small", [10, 1000])] })).overflow).toBeUndefined();
    expect(buildChartModel(input({ series: [line("big", [10, 3001]), line("small", [10, 1000])] })).overflow?.cap).toBe(1000);
    expect(buildChartModel(input({ series: [line("big", [10, 50_000])] })).overflow).toBeUndefined();
    expect(buildChartModel(input({ series: [line("big", [10, 50_000]), line("none", [0, 0])] })).overflow).toBeUndefined();
  });
  it("writes values above the break in rows over the plot, beside their arrow or, near the right edge, before it", () => {
    const huge: ChartSeriesInput = {
      series: series("huge-killed", "huge"),
      organisation: org("huge"),
      figures: [
        fig("h1", "huge-killed", "2026-01-01", { value: 30_000 }),
        fig("h2", "huge-killed", "2026-01-02", { value: 31_000 }),
        fig("h3", "huge-killed", "2026-01-21", { value: undefined, low: 1000, high: 40_000, qualifier: "range" }),
      ],
    };
    const m = buildChartModel(input({ series: [alpha, huge] }));
    const [h1, h2, h3] = ["h1", "h2", "h3"].map((id) => point(m, id));
    // Unit row 20, event rows none, two band rows of 18: row 0 (nearer the plot) has its text's
    // baseline at 20 + 18 + 9 + 6 − 1 = 52, row 1 at 34; the plot starts 10 below the band, at 66.
    expect(m.margin.top).toBe(66);
    expect(h1.overLabel).toEqual({ x: h1.px + 8, y: 52, anchor: "start" });
    // h2 is a day later, its label would overlap h1's: it goes up a row.
    expect(h2.overLabel).toEqual({ x: h2.px + 8, y: 34, anchor: "start" });
    // At the right edge the label ends 8 left of the arrow.
    expect(h3.overLabel).toEqual({ x: h3.px - 8, y: 52, anchor: "end" });
    // Values above the cap point at their arrow in the band; a range starting under it keeps its low end on the scale, its bar up to the plot's top.
    expect(h1.py).toBe(Math.round(52 - 12 * 0.36));
    expect(h3).toMatchObject({ over: true, py: geo(m).py(1000), pyHigh: 66 });
    expect(m.overflow?.note).toContain("3 figures, from HUGE, are far above the others");
  });
});
