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

describe("buildSiteIndex lookups", () => {
  const fig = (id: string, series: string, source: string, as_of: string | null) => ({ id, series, source, as_of }) as unknown as DatasetFigure;
  const data = () =>
    ({
      organisations: [{ id: "hrana" }, { id: "ihr" }],
      sources: [{ id: "d1" }, { id: "d2" }],
      waves: [{ id: "w1" }, { id: "w2" }],
      series: [
        { id: "s1", wave: "w1", organisation: "hrana" },
        { id: "s2", wave: "w1", organisation: "ihr" },
        { id: "s3", wave: "w2", organisation: "hrana" },
      ],
      figures: [fig("f-b", "s1", "d1", "2026-01-10"), fig("f-undated", "s1", "d2", null), fig("f-a", "s1", "d2", "2026-01-10"), fig("f-early", "s1", "d1", "2026-01-02"), fig("f-other", "s2", "d1", "2026-01-05")],
    }) as unknown as Dataset;

  it("lists a series' figures and a source's figures by day, then id, undated last", () => {
    const index = buildSiteIndex(data());
    expect(index.figuresBySeries.get("s1")?.map((f) => f.id)).toEqual(["f-early", "f-a", "f-b", "f-undated"]);
    expect(index.figuresBySource.get("d1")?.map((f) => f.id)).toEqual(["f-early", "f-other", "f-b"]);
    expect(index.figuresBySource.get("d2")?.map((f) => f.id)).toEqual(["f-a", "f-undated"]);
    expect(index.figuresBySeries.has("s3")).toBe(false);
  });
  it("finds each record by id, and the series of a wave and of an organisation in data order", () => {
    const index = buildSiteIndex(data());
    expect(index.wave.get("w2")?.id).toBe("w2");
    expect(index.figure.get("f-other")?.series).toBe("s2");
    expect(index.series.get("s3")?.wave).toBe("w2");
    expect(index.organisation.get("ihr")?.id).toBe("ihr");
    expect(index.source.get("d2")?.id).toBe("d2");
    expect(index.seriesByWave.get("w1")?.map((s) => s.id)).toEqual(["s1", "s2"]);
    expect(index.seriesByOrganisation.get("hrana")?.map((s) => s.id)).toEqual(["s1", "s3"]);
    expect(index.figuresAlsoIn.size).toBe(0);
  });
});
