import { describe, expect, it } from "vitest";
import type { DatasetFigure } from "../datasets/dataset.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import { splitLine } from "./line-figures.ts";

const fig = (id: string, as_of: string | null, over: Partial<DatasetFigure> = {}): DatasetFigure => ({
  id,
  series: "s",
  organisation: "o",
  measure: "arrested",
  as_of,
  value: 1,
  qualifier: "exact",
  source: "news",
  quote: "1",
  figure_text: "1",
  flags: [],
  ...over,
});
const sources = new Map<string, SourceDocument>(
  (["news", "report", "blog"] as const).map((kind) => [kind, { id: kind, kind } as SourceDocument]),
);

describe("splitLine", () => {
  it("joins one figure per day, in date order, and keeps the rest as separate markers", () => {
    const { line, others } = splitLine([fig("b", "2026-01-02"), fig("a", "2026-01-01"), fig("c", "2026-01-02", { qualifier: "about" })], sources);
    expect(line.map((f) => f.id)).toEqual(["a", "b"]);
    expect(others.map((f) => f.id)).toEqual(["c"]);
  });
  it("never joins a restatement when a direct figure exists that day", () => {
    const { line } = splitLine([fig("a-restated", "2026-01-11", { flags: ["restatement"] }), fig("z-direct", "2026-01-11", { qualifier: "more_than" })], sources);
    expect(line.map((f) => f.id)).toEqual(["z-direct"]);
  });
  it("prefers an exact figure to a lower bound, and a report to a news copy", () => {
    expect(splitLine([fig("a", "2026-01-01", { qualifier: "at_least" }), fig("b", "2026-01-01")], sources).line[0].id).toBe("b");
    expect(splitLine([fig("a", "2026-01-01", { source: "blog" }), fig("b", "2026-01-01", { source: "report" })], sources).line[0].id).toBe("b");
  });
  it("lists undated figures apart and never plots them", () => {
    const { line, others, undated } = splitLine([fig("u", null), fig("d", "2026-01-01")], sources);
    expect(undated.map((f) => f.id)).toEqual(["u"]);
    expect([...line, ...others].map((f) => f.id)).toEqual(["d"]);
  });
});
