import { describe, expect, it } from "vitest";
import { dayParam, knownBy, withDay } from "./known-by.ts";
import type { ChartLine, ChartModel, ChartPoint } from "./chart-types.ts";

const point = (id: string, asOf: string, known: string | undefined, extra: Partial<ChartPoint> = {}): ChartPoint => ({
  figureId: id, seriesId: id.split(".")[0], x: Date.parse(`${asOf}T00:00:00Z`), y: 1, px: 0, py: 0, qualifier: "exact", asOf, valueText: "1",
  dateText: "", organisation: "", sourceTitle: "", sourceName: "", href: "", sourceHref: "", onLine: true, ...(known && { known }), ...extra,
});
const line = (seriesId: string, points: ChartPoint[]): ChartLine => ({
  seriesId, label: seriesId, organisation: "", seriesHref: "", colour: "#000", dash: "", marker: "circle", path: "", points,
});
const model: ChartModel = {
  id: "c", title: "", layout: "wide", width: 200, height: 100, fontSize: 12, rows: { unit: 0, annotation: 0, annotationRows: 0, band: 0 },
  yUnit: "", annotationLabels: true, sparse: false, endLabels: [], margin: { top: 0, right: 50, bottom: 0, left: 50 },
  xKind: "date", xDomain: [Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 1)], yDomain: [0, 10], xTicks: [], yTicks: [], annotations: [],
  asOf: null, summary: "",
  lines: [
    line("a", [
      point("a.1", "2026-01-02", "2026-01-03"),
      // Counted on the 5th, published only on the 12th: not known on the 10th.
      point("a.2", "2026-01-05", "2026-01-12"),
      point("a.3", "2026-01-08", "2026-01-09", { thin: true }),
      point("a.4", "2026-01-20", "2026-01-21"),
    ]),
    line("b", [point("b.1", "2026-01-04", undefined), point("b.2", "2026-01-15", "2026-01-15")]),
  ],
};
const ids = (m: ChartModel) => m.lines.map((l) => l.points.map((p) => p.figureId));

describe("a chart as reported on a day", () => {
  it("keeps only the figures published by the day, by publication not by as-of date", () => {
    expect(ids(knownBy(model, "2026-01-10"))).toEqual([["a.1", "a.3"], []]);
  });

  it("counts a figure published on the day itself, and leaves out one with no publication day", () => {
    expect(ids(knownBy(model, "2026-01-15"))).toEqual([["a.1", "a.2", "a.3"], ["b.2"]]);
    expect(ids(knownBy(model, "2030-01-01"))[1]).toEqual(["b.2"]);
  });

  it("adds nothing, moves nothing and keeps today's axes", () => {
    const then = knownBy(model, "2026-01-12");
    const place = (p: ChartPoint) => [p.figureId, p.x, p.y, p.px, p.py, p.onLine];
    for (const [i, l] of then.lines.entries()) for (const p of l.points) expect(model.lines[i].points.map(place)).toContainEqual(place(p));
    expect(then.xDomain).toEqual(model.xDomain);
    expect(then.yDomain).toEqual(model.yDomain);
    expect(then.annotations).toBe(model.annotations);
  });

  it("gives the newest figure left on a line its marker back", () => {
    const then = knownBy(model, "2026-01-10");
    expect(then.lines[0].points.at(-1)).toMatchObject({ figureId: "a.3", thin: false });
    expect(model.lines[0].points[2].thin, "the model itself is not changed").toBe(true);
  });

  it("leaves older thinned figures thin, and skips another report of a day when finding the newest on the line", () => {
    expect(knownBy(model, "2026-01-21").lines[0].points.map((p) => [p.figureId, p.thin])).toEqual([["a.1", undefined], ["a.2", undefined], ["a.3", true], ["a.4", undefined]]);
    const extra = { ...model, lines: [line("a", [point("a.3", "2026-01-08", "2026-01-09", { thin: true }), point("a.5", "2026-01-09", "2026-01-09", { onLine: false, thin: true })])] };
    expect(knownBy(extra, "2026-01-10").lines[0].points.map((p) => [p.figureId, p.thin])).toEqual([["a.3", false], ["a.5", true]]);
  });

  it("is today's chart without a day", () => {
    expect(knownBy(model, null)).toBe(model);
  });

  it("a day before every publication leaves every line empty", () => {
    expect(ids(knownBy(model, "2025-12-31"))).toEqual([[], []]);
  });
});

describe("the day in an address", () => {
  it("is added to a chart's own query, or is the query on its own", () => {
    expect(withDay("", "2026-01-10")).toBe("?on=2026-01-10");
    expect(withDay("?c.hide=a", "2026-01-10")).toBe("?c.hide=a&on=2026-01-10");
    expect(withDay("?c.hide=a", null)).toBe("?c.hide=a");
    expect(withDay("", null)).toBe("");
  });

  it("reads ?on=YYYY-MM-DD", () => {
    expect(dayParam("?on=2026-01-10")).toBe("2026-01-10");
    expect(dayParam("?x.hide=a&on=2026-01-10")).toBe("2026-01-10");
  });

  it("refuses anything that is not a real day", () => {
    for (const bad of ["", "?on=", "?on=2026-1-10", "?on=2026-02-30", "?on=2026-13-01", "?on=10-01-2026", "?on=2026-01-10T00:00"]) expect(dayParam(bad), bad).toBeNull();
  });
});
