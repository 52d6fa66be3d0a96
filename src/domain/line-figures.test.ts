import { describe, expect, it } from "vitest";
import type { DatasetFigure } from "../datasets/dataset.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import { compareByRule, splitLine } from "./line-figures.ts";

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
const sources = new Map<string, SourceDocument>([
  ...(["news", "report", "blog", "dataset"] as const).map((kind) => [kind, { id: kind, kind, published: "2026-01-20" } as SourceDocument] as const),
  ["news-later", { id: "news-later", kind: "news", published: "2026-01-25" } as SourceDocument],
]);
const sourceOf = (id: string) => sources.get(id);

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
  it("joins the compiled dataset's figure, not a press copy, whatever their ids (hrana-killed-2022-23 ran 473 → 481 → 478)", () => {
    for (const [press, table] of [["a-press", "z-table"], ["z-press", "a-table"]]) {
      const { line } = splitLine([fig(press, "2022-12-07", { value: 481 }), fig(table, "2022-12-07", { value: 478, source: "dataset" })], sources);
      expect(line.map((f) => f.value)).toEqual([478]);
    }
  });
  it("prefers a report to a news copy, then the later publication, then an exact figure to a lower bound", () => {
    expect(splitLine([fig("a", "2026-01-01", { source: "blog" }), fig("b", "2026-01-01", { source: "report" })], sources).line[0].id).toBe("b");
    expect(splitLine([fig("a", "2026-01-01"), fig("b", "2026-01-01", { source: "news-later" })], sources).line[0].id).toBe("b");
    expect(splitLine([fig("a", "2026-01-01", { qualifier: "at_least" }), fig("b", "2026-01-01")], sources).line[0].id).toBe("b");
  });
  it("never joins named cases into the line, and joins a claimant's own total before this site's count", () => {
    expect(splitLine([fig("a", "2026-01-01", { basis: "cases", cases: ["X"], source: "report" }), fig("b", "2026-01-01")], sources).line[0].id).toBe("b");
    const alone = splitLine([fig("a", "2026-01-01", { basis: "cases", cases: ["X"] })], sources);
    expect([alone.line.length, alone.others.map((f) => f.id)]).toEqual([0, ["a"]]);
    expect(splitLine([fig("a", "2026-01-01", { basis: "project_count", source: "report" }), fig("b", "2026-01-01")], sources).line[0].id).toBe("b");
  });
  it("tells figures apart by the rule alone whenever they state different numbers of different directness", () => {
    expect(compareByRule(fig("a", "2026-01-01", { value: 2 }), fig("b", "2026-01-01", { value: 3 }), sourceOf)).toBe(0);
    expect(compareByRule(fig("a", "2026-01-01", { value: 2, flags: ["low_quality_source"] }), fig("b", "2026-01-01", { value: 3 }), sourceOf)).toBeGreaterThan(0);
  });
  it("lists undated figures apart and never plots them", () => {
    const { line, others, undated } = splitLine([fig("u", null), fig("d", "2026-01-01")], sources);
    expect(undated.map((f) => f.id)).toEqual(["u"]);
    expect([...line, ...others].map((f) => f.id)).toEqual(["d"]);
  });
});
