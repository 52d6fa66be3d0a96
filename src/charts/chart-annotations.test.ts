import { describe, expect, it } from "vitest";
import type { Annotation } from "../datasets/schemas/wave.ts";
import { routes } from "../site/routes.ts";
import type { ChartModel } from "./chart-types.ts";
import { annotationCentreY, placeAnnotations, round1 } from "./chart-annotations.ts";

// Events are placed at hand-picked pixels: each start date maps to the x given here.
// Text 12 px: disc radius 9, 4 of room before the label; "Shutdown" is 5.2 em = 62.4 px wide.
const ann = (id: string, start: string, over: Partial<Annotation> = {}): Annotation => ({ id, start, label: "Shutdown", source: { document: "doc-a" }, ...over });
const place = (events: Array<[Annotation, number]>, plot = { left: 50, right: 650, width: 700 }, withLabels = true) => {
  const at = new Map(events.map(([a, px]) => [a.start, px]));
  return placeAnnotations(events.map(([a]) => a), (v) => v, (iso) => at.get(iso) ?? Number.NaN, plot, routes, { fontSize: 12, withLabels, locale: "en-GB" });
};

describe("placeAnnotations", () => {
  it("writes a label right of its disc, or left of it where it would run off the chart", () => {
    // At 640 the label would end at 640 + 13 + 62.4 = 715.4, past 698: it goes left, to 564.6.
    const placed = place([[ann("early", "2026-01-02"), 100], [ann("late", "2026-01-30"), 640]]);
    expect(placed.labels).toBe(true);
    expect(placed.annotations.map((a) => [a.id, a.x1, a.anchor, a.row])).toEqual([["early", 100, "start", 0], ["late", 640, "end", 0]]);
    expect(placed.rows).toBe(1);
  });
  it("shows numbers only when a label fits on neither side", () => {
    // A 200-unit chart: the label fits neither right of 100 (to 175.4) nor left of it.
    const long = ann("long", "2026-01-02", { label: "A very long label for a very small chart" });
    const placed = place([[long, 100]], { left: 10, right: 190, width: 200 });
    expect(placed.labels).toBe(false);
    expect(placed.annotations[0]).toMatchObject({ anchor: "start", row: 0 });
  });
  it("stacks overlapping labels in up to three rows", () => {
    const placed = place([[ann("a", "2026-01-01"), 100], [ann("b", "2026-01-02"), 110], [ann("c", "2026-01-03"), 120]]);
    expect(placed.labels).toBe(true);
    expect(placed.annotations.map((a) => a.row)).toEqual([0, 1, 2]);
    expect(placed.rows).toBe(3);
  });
  it("with a fourth row needed, shows numbers only, their discs stacked apart", () => {
    // Discs 18 wide, 2 apart: 100 and 120 share row 0, 110 and 130 row 1.
    const placed = place([[ann("a", "2026-01-01"), 100], [ann("b", "2026-01-02"), 110], [ann("c", "2026-01-03"), 120], [ann("d", "2026-01-04"), 130]]);
    expect(placed.labels).toBe(false);
    expect(placed.annotations.map((a) => [a.row, a.anchor])).toEqual([[0, "start"], [1, "start"], [0, "start"], [1, "start"]]);
    expect(placed.rows).toBe(2);
  });
  it("in the narrow layout stacks discs only, all anchored at their start", () => {
    const placed = place([[ann("a", "2026-01-01"), 640], [ann("b", "2026-01-02"), 660]], undefined, false);
    expect(placed.labels).toBe(false);
    // 660 is clipped to the plot's right edge, 650: its disc overlaps the first.
    expect(placed.annotations.map((a) => [a.x1, a.row, a.anchor])).toEqual([[640, 0, "start"], [650, 1, "start"]]);
  });
  it("carries an event's description, its span's clipped end, and a link to its first document", () => {
    const span = ann("span", "2026-01-02", { end: "2026-02-20", description: "Internet cut nationwide." });
    const placed = place([[span, 100], [{ ...ann("end", "2026-02-20"), id: "end-marker" }, 900]]);
    expect(placed.annotations[0]).toMatchObject({ x1: 100, x2: 650, description: "Internet cut nationwide.", href: "/sources/doc-a/", citationIncomplete: false, n: 1, nText: "1" });
    expect(placed.annotations[1]).not.toHaveProperty("description");
    expect(placed.annotations[1]).not.toHaveProperty("x2");
  });
  it("places nothing, in no rows, when there is no event", () => expect(place([])).toEqual({ annotations: [], labels: true, rows: 0 }));
});

describe("annotationCentreY", () => {
  it("puts row 0 nearest the plot: below the unit row and every higher row", () => {
    const m = { rows: { unit: 20, annotation: 18, annotationRows: 2, band: 0 } } as ChartModel;
    // Row 0: 20 + 18 + 9 = 47; row 1: 20 + 9 = 29.
    expect([annotationCentreY(m, 0), annotationCentreY(m, 1)]).toEqual([47, 29]);
  });
});

describe("round1", () => {
  it("rounds to a tenth and never gives -0, which would be written \"-0\"", () => {
    expect(round1(12.345)).toBe(12.3);
    expect(Object.is(round1(-0.04), 0)).toBe(true);
  });
});
