import { describe, expect, it } from "vitest";
import { applyView } from "./apply-view.ts";
import type { ChartLine, ChartModel, ChartPoint } from "./chart-types.ts";
import { DEFAULT_VIEW } from "./view-state.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);

const point = (seriesId: string, day: number, y: number, extra: Partial<ChartPoint> = {}): ChartPoint => ({
  figureId: `${seriesId}-${day}`, seriesId, x: T0 + day * DAY, y, px: 0, py: 0, qualifier: "exact", asOf: "", valueText: String(y),
  dateText: "", organisation: "", sourceTitle: "", sourceName: "", href: "", sourceHref: "", onLine: true, ...extra,
});
const line = (seriesId: string, points: ChartPoint[]): ChartLine => ({
  seriesId, label: seriesId, organisation: "", seriesHref: "", colour: "#000", dash: "", marker: "circle", path: "", points,
});

/** 100 SVG units of plot from x=50 to x=150 over 60 days: day d is at 50 + d * 100 / 60. */
const model: ChartModel = {
  id: "c", title: "", layout: "wide", width: 200, height: 100, fontSize: 12, rows: { unit: 0, annotation: 0, annotationRows: 0, band: 0 },
  yUnit: "", annotationLabels: true, sparse: false, endLabels: [], margin: { top: 0, right: 50, bottom: 0, left: 50 },
  xKind: "date", xDomain: [T0, T0 + 60 * DAY], yDomain: [0, 1000], xTicks: [], yTicks: [],
  overflow: { cap: 1000, note: "" },
  lines: [
    line("a", [point("a", 0, 0), point("a", 10, 100), point("a", 40, 5000, { over: true, overLabel: { x: 0, y: 0, anchor: "start" } })]),
    line("b", [point("b", 5, 7), point("b", 50, 70)]),
  ],
  annotations: [
    { id: "early", n: 1, nText: "1", label: "", dateText: "", x1: 50 + (3 * 100) / 60, row: 0, citationIncomplete: false },
    { id: "span", n: 2, nText: "2", label: "", dateText: "", x1: 50 + (20 * 100) / 60, x2: 50 + (45 * 100) / 60, row: 0, citationIncomplete: false },
  ],
  asOf: null, summary: "",
};
const options = { xTicks: (d: [number, number]) => [{ value: d[0], pos: 0, label: "start" }], formatY: (v: number) => `n${v}` };
const ids = (m: ChartModel, s: string) => m.lines.find((l) => l.seriesId === s)!.points.map((p) => p.figureId);

describe("applying a reader's view to a chart model", () => {
  it("changes nothing by default", () => {
    const v = applyView(model, DEFAULT_VIEW, options);
    expect(v.model.lines).toEqual(model.lines);
    expect(v.model.xDomain).toEqual(model.xDomain);
    expect(v.drawn).toBe(5);
    expect(v.model.xTicks).toBe(model.xTicks);
    expect(v.model.annotations).toBe(model.annotations);
  });

  it("keeps hidden lines in the model (Chart.js hides them) but does not count them as drawn", () => {
    const v = applyView(model, { ...DEFAULT_VIEW, hidden: ["b", "no-such-line"] }, options);
    expect([...v.hidden]).toEqual(["b"]);
    expect(v.model.lines).toHaveLength(2);
    expect(v.drawn).toBe(3);
  });

  it("draws only the figures inside a date range, with new ticks, without adding any at its edges", () => {
    const v = applyView(model, { ...DEFAULT_VIEW, range: { from: "2026-01-05", to: "2026-01-31" } }, options);
    expect(ids(v.model, "a")).toEqual(["a-10"]);
    expect(ids(v.model, "b")).toEqual(["b-5"]);
    expect(v.model.xDomain).toEqual([T0 + 4 * DAY, T0 + 31 * DAY - 1]);
    expect(v.model.xTicks.map((t) => t.label)).toEqual(["start"]);
  });

  it("moves event markers into the narrower domain, drops those outside, cuts spans at its edge", () => {
    const v = applyView(model, { ...DEFAULT_VIEW, range: { preset: "last30" } }, options);
    // Days 30..60: the event on day 3 is outside; the span from day 20 to 45 starts at the left edge.
    expect(v.model.annotations.map((a) => a.id)).toEqual(["span"]);
    expect(v.model.annotations[0].x1).toBeCloseTo(50);
    expect(v.model.annotations[0].x2).toBeCloseTo(50 + (15 * 100) / 30);
  });

  it("on a log scale leaves out figures of 0, counts them, and has no broken axis", () => {
    const v = applyView(model, { ...DEFAULT_VIEW, log: true }, options);
    expect(ids(v.model, "a")).toEqual(["a-10", "a-40"]);
    expect(v.droppedForLog).toBe(1);
    expect(v.model.overflow).toBeUndefined();
    expect(v.model.lines[0].points.every((p) => !p.over)).toBe(true);
    expect(v.model.yDomain).toEqual([1, 10_000]);
    expect(v.model.yTicks.map((t) => t.label)).toEqual(["n1", "n10", "n100", "n1000", "n10000"]);
  });

  it("includes the latest figure in the last 30 days", () => {
    const latest = { ...model, lines: [line("b", [point("b", 5, 7), point("b", 50, 70), point("b", 60, 80)])] };
    expect(ids(applyView(latest, { ...DEFAULT_VIEW, range: { preset: "last30" } }, options).model, "b")).toEqual(["b-50", "b-60"]);
  });

  it("in the first 30 days keeps an early event where it was, cuts a span at the right edge and drops a later event", () => {
    const late = { id: "late", n: 3, nText: "3", label: "", dateText: "", x1: 50 + (50 * 100) / 60, row: 0, citationIncomplete: false };
    const v = applyView({ ...model, annotations: [...model.annotations, late] }, { ...DEFAULT_VIEW, range: { preset: "first30" } }, options);
    // Days 0..30 over the same 100 units: day 3 is at 60, day 20 at 116.7, the edge at 150.
    expect(v.model.annotations.map((a) => a.id)).toEqual(["early", "span"]);
    expect(v.model.annotations[0].x1).toBeCloseTo(60);
    expect(v.model.annotations[0].x2).toBeUndefined();
    expect(v.model.annotations[1].x1).toBeCloseTo(50 + (20 * 100) / 30);
    expect(v.model.annotations[1].x2).toBeCloseTo(150);
  });

  it("on a log scale fits the axis to the lines shown, neither counting nor scaling to hidden ones", () => {
    const v = applyView(model, { hidden: ["a"], range: null, log: true }, options);
    // a's 0 is hidden with its line; b's 7 and 70 give powers of ten 1 to 100.
    expect(v.droppedForLog).toBe(0);
    expect(v.model.yDomain).toEqual([1, 100]);
  });

  it("on a log scale spans at least one power of ten, and 1 to 10 when every line is hidden", () => {
    const flat = { ...model, lines: [line("b", [point("b", 5, 100), point("b", 50, 100)])] };
    expect(applyView(flat, { ...DEFAULT_VIEW, log: true }, options).model.yDomain).toEqual([100, 1000]);
    expect(applyView(model, { hidden: ["a", "b"], range: null, log: true }, options).model.yDomain).toEqual([1, 10]);
  });
});
