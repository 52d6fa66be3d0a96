import { describe, expect, it } from "vitest";
import type { DatasetFigure } from "../datasets/dataset.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import { latestClaimOf } from "./latest-claims.ts";

const doc = (id: string, kind: SourceDocument["kind"], published: string | null) => [id, { id, kind, published, publisher: id } as SourceDocument] as const;
const sources = new Map<string, SourceDocument>([doc("wire", "news", "2026-01-14"), doc("report", "report", "2026-01-14"), doc("late", "news", "2026-01-18"), doc("undated-doc", "news", null)]);
const series = { id: "s", measure: "killed" } as Series;
const org = { id: "o", short_name: "O", kind: "government" } as Organisation;
const fig = (id: string, over: Partial<DatasetFigure>): DatasetFigure => ({ id, series: "s", organisation: "o", measure: "killed", as_of: null, value: 1, qualifier: "exact", source: "wire", quote: "", figure_text: "", flags: [], ...over });
const values = (figures: DatasetFigure[]) => latestClaimOf(series, org, figures, sources)?.figures.map((f) => f.value ?? f.low);

describe("latestClaimOf", () => {
  it("keeps every different number one claimant stated on its latest day (two officials on 13 Jan 2026)", () => {
    const claim = latestClaimOf(series, org, [fig("z", { as_of: "2026-01-13", value: 2000, qualifier: "about" }), fig("a", { as_of: "2026-01-13", value: 3000, qualifier: "about" })], sources)!;
    expect(claim.figures.map((f) => f.value)).toEqual([2000, 3000]);
    expect(claim.date).toBe("2026-01-13");
    expect(claim.undated).toBe(false);
  });
  it("does not depend on ids: renaming the figures never changes what is shown", () => {
    const a = [fig("a", { as_of: "2026-01-13", value: 10000, low: undefined }), fig("b", { as_of: "2026-01-13", value: 12000 }), fig("c", { as_of: "2026-01-12", value: 9000 })];
    const renamed = a.map((f, i) => ({ ...f, id: `zz-${9 - i}` }));
    expect(values(renamed)).toEqual(values(a));
    expect(values([...a].reverse())).toEqual(values(a));
  });
  it("shows copies of one number once, from the most direct source", () => {
    const claim = latestClaimOf(series, org, [fig("a", { as_of: "2026-01-13", value: 5 }), fig("b", { as_of: "2026-01-13", value: 5, source: "report" })], sources)!;
    expect(claim.figures.map((f) => f.source)).toEqual(["report"]);
  });
  it("lets a restatement of an older figure give way to a direct figure of the same day", () => {
    expect(values([fig("a", { as_of: "2026-01-13", value: 10600, flags: ["restatement"] }), fig("b", { as_of: "2026-01-13", value: 18434 })])).toEqual([18434]);
  });
  it("lets an undated figure enter on its publication date, marked undated", () => {
    const claim = latestClaimOf(series, org, [fig("d", { as_of: "2026-01-13", value: 3000 }), fig("u", { source: "late", value: 5000 })], sources)!;
    expect(claim.figures.map((f) => f.value)).toEqual([5000]);
    expect(claim).toMatchObject({ date: "2026-01-18", undated: true });
  });
  it("prefers the dated figure when an undated one was published on its day", () => {
    expect(values([fig("d", { as_of: "2026-01-18", value: 3000 }), fig("u", { source: "late", value: 5000 })])).toEqual([3000]);
  });
  it("cannot place a figure with neither an as-of date nor a publication date", () => {
    expect(latestClaimOf(series, org, [fig("u", { source: "undated-doc" })], sources)).toBeNull();
  });
});

describe("latestClaimOf as of a day", () => {
  // Published: wire and report 14 Jan, late 18 Jan; undated-doc never.
  const figures = [fig("a", { as_of: "2026-01-10", value: 100, source: "wire" }), fig("b", { as_of: "2026-01-16", value: 250, source: "late" }), fig("c", { as_of: "2026-01-12", value: 180, source: "report" })];
  it("keeps only the figures whose document was published on or before that day", () => {
    expect(values(figures)).toEqual([250]);
    expect(latestClaimOf(series, org, figures, sources, "2026-01-17")?.figures.map((f) => f.id)).toEqual(["c"]);
    expect(latestClaimOf(series, org, figures, sources, "2026-01-18")?.figures.map((f) => f.id)).toEqual(["b"]);
  });
  it("does not count a figure from the day it refers to: a count as of 10 January published on 14 January was unknown on 13 January", () => {
    expect(latestClaimOf(series, org, figures, sources, "2026-01-13")).toBeNull();
    expect(latestClaimOf(series, org, figures, sources, "2026-01-14")?.date).toBe("2026-01-12");
  });
  it("leaves out a figure whose document has no publication day", () => {
    expect(latestClaimOf(series, org, [fig("u", { as_of: "2026-01-05", source: "undated-doc" })], sources, "2026-12-31")).toBeNull();
  });
});
