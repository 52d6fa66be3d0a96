import { describe, expect, it } from "vitest";
import { buildFigure, figureIdFor, freeSourceId, seriesIdFor } from "./build-records.ts";
import { withFigure, withSource } from "./place-records.ts";
import type { Figure } from "../../src/datasets/schemas/figure.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";

const draft = {
  organisation: "hrana",
  measure: "arrested" as const,
  as_of: "2026-02-12",
  value: 53104,
  qualifier: "at_least" as const,
  source: { id: "example-day-47" },
  quote: "at least 53,104 individuals",
  figure_text: "53,104",
  flags: [],
};

describe("figureIdFor", () => {
  it("numbers a second figure of the same series, day and source", () => {
    const taken = new Set<string>();
    expect(figureIdFor("hrana-arrested-2025-26", "2026-02-12", "example-day-47", taken)).toBe("hrana-arrested-2025-26.2026-02-12.example-day-47");
    expect(figureIdFor("hrana-arrested-2025-26", "2026-02-12", "example-day-47", taken)).toBe("hrana-arrested-2025-26.2026-02-12.example-day-47.2");
    expect(figureIdFor("hrana-arrested-2025-26", null, "example-day-47", taken)).toBe("hrana-arrested-2025-26.undated.example-day-47");
  });
});

describe("buildFigure", () => {
  it("writes the fields in data/'s order, leaving out the empty ones", () => {
    const f = buildFigure("x", { ...draft, notes: "n", locator: undefined, hedge: { kind: "perhaps", text: "perhaps" } });
    expect(Object.keys(f)).toEqual(["id", "organisation", "measure", "as_of", "value", "qualifier", "source", "quote", "figure_text", "hedge", "notes", "flags"]);
  });

  it("writes low and high for a range", () => {
    const f = buildFigure("x", { ...draft, value: null, low: 3000, high: 4000, qualifier: "range" });
    expect(f).toMatchObject({ low: 3000, high: 4000 });
    expect("value" in f).toBe(false);
  });

  it("flags every figure of a source with a caution, and sorts the flags", () => {
    const f = buildFigure("x", { ...draft, source: { id: "s", caution: "A blog repost." }, flags: ["restatement", "as_of_inferred"] });
    expect(f.flags).toEqual(["as_of_inferred", "low_quality_source", "restatement"]);
  });
});

describe("ids", () => {
  it("gives a free source id and the series id of organisation × measure × wave", () => {
    expect(freeSourceId("example-day-47", new Set(["example-day-47", "example-day-47-2"]))).toBe("example-day-47-3");
    expect(seriesIdFor("iran-judiciary", "released_or_pardoned", "iran-2025-26")).toBe("iran-judiciary-released-or-pardoned-2025-26");
  });
});

describe("placing records", () => {
  const fig = (id: string, as_of: string | null) => ({ id, as_of }) as Figure;
  it("puts a figure in date order, undated last, without moving the others", () => {
    const file = { series: {}, figures: [fig("b", "2026-01-01"), fig("a", "2026-01-03"), fig("c", null)] };
    expect(withFigure(file, fig("n", "2026-01-02")).figures.map((f) => f.id)).toEqual(["b", "n", "a", "c"]);
    expect(withFigure(file, fig("n", null)).figures.map((f) => f.id)).toEqual(["b", "a", "c", "n"]);
  });
  it("puts a source in id order", () => {
    const src = (id: string) => ({ id }) as SourceDocument;
    expect(withSource({ sources: [src("a"), src("c")] }, src("b")).sources.map((s) => s.id)).toEqual(["a", "b", "c"]);
  });
});
