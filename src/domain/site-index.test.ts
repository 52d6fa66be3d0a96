import { describe, expect, it } from "vitest";
import type { Dataset, DatasetFigure } from "../datasets/dataset.ts";
import { buildSiteIndex } from "./site-index.ts";

const figure = (id: string, source: string, others: string[] = []): DatasetFigure =>
  ({ id, source, series: "s", as_of: "2026-01-01", other_documents: others.map((o) => ({ source: o, quote: "", figure_text: "" })) }) as unknown as DatasetFigure;

describe("figuresAlsoIn", () => {
  it("lists, per document, the figures recorded from another document that it also states, once each, in data order", () => {
    const data = { figures: [figure("f1", "a", ["b", "c", "b"]), figure("f2", "b"), figure("f3", "c", ["b"])], organisations: [], sources: [], waves: [], series: [] } as unknown as Dataset;
    const index = buildSiteIndex(data);
    expect(index.figuresAlsoIn.get("b")?.map((f) => f.id)).toEqual(["f1", "f3"]);
    expect(index.figuresAlsoIn.get("c")?.map((f) => f.id)).toEqual(["f1"]);
    expect(index.figuresAlsoIn.has("a")).toBe(false);
  });
});
