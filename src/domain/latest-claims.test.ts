import { describe, expect, it } from "vitest";
import type { DatasetFigure } from "../datasets/dataset.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import { latestClaimOf, latestClaims } from "./latest-claims.ts";
import { buildSiteIndex } from "./site-index.ts";
import type { Dataset } from "../datasets/dataset.ts";

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
  it("lists the day's different numbers smallest first, whatever order they come in", () => {
    const day = { as_of: "2026-01-13" };
    expect(values([fig("a", { ...day, value: 3000 }), fig("z", { ...day, value: 2000 })])).toEqual([2000, 3000]);
    // A range counts from its low end; of two ranges from the same low end, the narrower first.
    const claim = latestClaimOf(series, org, [fig("v", { ...day, value: 150 }), fig("r1", { ...day, value: undefined, low: 100, high: 300, qualifier: "range" }), fig("r2", { ...day, value: undefined, low: 100, high: 200, qualifier: "range" })], sources)!;
    expect(claim.figures.map((f) => f.id)).toEqual(["r2", "r1", "v"]);
  });
  it("keeps two figures apart when one is hedged ('perhaps') and one is not, but not for a reporter's 'reportedly'", () => {
    const day = { as_of: "2026-01-13", value: 500 };
    expect(values([fig("a", day), fig("b", { ...day, hedge: { kind: "perhaps", text: "perhaps" } })])).toEqual([500, 500]);
    expect(values([fig("a", day), fig("b", { ...day, hedge: { kind: "reportedly", text: "reportedly" } })])).toEqual([500]);
    expect(values([fig("a", day), fig("b", { ...day, basis: "cases" })])).toEqual([500, 500]);
    // A total said as such is the same number as one with no basis given (a total by default).
    expect(values([fig("a", day), fig("b", { ...day, basis: "total" })])).toEqual([500]);
  });
  it("lets a restatement lead a series that has nothing else", () => {
    expect(values([fig("a", { as_of: "2026-01-13", value: 10600, flags: ["restatement"] })])).toEqual([10600]);
  });
  it("marks a claim placed on its source's earliest possible day as not-before", () => {
    const withNotBefore = new Map([...sources, ["nb", { id: "nb", kind: "news", published: null, published_not_before: { date: "2026-01-20", reason: "r" }, publisher: "nb" } as unknown as SourceDocument]]);
    expect(latestClaimOf(series, org, [fig("u", { source: "nb", value: 7 })], withNotBefore)).toMatchObject({ date: "2026-01-20", undated: true, notBefore: true });
    expect(latestClaimOf(series, org, [fig("u", { source: "late", value: 7 })], sources)).toMatchObject({ undated: true, notBefore: false });
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

describe("latestClaims of a wave", () => {
  // Three claimants counting arrests in one wave, and one series counting deaths.
  const orgs = [
    { id: "ihr", short_name: "IHR", kind: "ngo" },
    { id: "hrana", short_name: "HRANA", kind: "ngo" },
    { id: "gov", short_name: "Judiciary", kind: "government" },
  ] as Organisation[];
  const s = (id: string, organisation: string, measure: string, on_charts = true) => ({ id, organisation, measure, wave: "w", on_charts }) as unknown as Series;
  // Built inside each test (not when the file loads), so a fault in building it fails a test.
  const index = () => buildSiteIndex({
    organisations: orgs,
    sources: [...sources.values()],
    waves: [],
    series: [s("hrana-arrested", "hrana", "arrested"), s("ihr-arrested", "ihr", "arrested"), s("gov-arrested", "gov", "arrested", false), s("hrana-killed", "hrana", "killed")],
    figures: [
      fig("h1", { series: "hrana-arrested", as_of: "2026-01-10", value: 1000 }),
      fig("h2", { series: "hrana-arrested", as_of: "2026-01-13", value: 1500 }),
      fig("h0", { series: "hrana-arrested", as_of: "2026-01-02", value: 400 }),
      fig("i1", { series: "ihr-arrested", as_of: "2026-01-13", value: 2000 }),
      fig("i0", { series: "ihr-arrested", as_of: "2026-01-05", value: 900 }),
      fig("g1", { series: "gov-arrested", as_of: "2026-01-16", value: 300 }),
      fig("k1", { series: "hrana-killed", as_of: "2026-01-14", value: 30 }),
    ],
    withdrawn: [],
    translations: {},
  } as Dataset);
  const summary = (claims: ReturnType<typeof latestClaims>) => claims.map((c) => `${c.organisation.short_name} ${c.date} ${c.figures.map((f) => f.value).join("/")}`);

  it("gives each claimant's latest figure, newest first, then by claimant name", () => {
    expect(summary(latestClaims(index(), "w", ["arrested"]))).toEqual(["HRANA 2026-01-13 1500", "IHR 2026-01-13 2000"]);
  });
  it("includes series kept off the charts only when asked", () => {
    expect(summary(latestClaims(index(), "w", ["arrested"], { includeOffChart: true }))).toEqual(["Judiciary 2026-01-16 300", "HRANA 2026-01-13 1500", "IHR 2026-01-13 2000"]);
  });
  it("keeps to the measures asked for and the wave asked for", () => {
    expect(summary(latestClaims(index(), "w", ["killed"]))).toEqual(["HRANA 2026-01-14 30"]);
    expect(summary(latestClaims(index(), "w", ["arrested", "killed"]))).toEqual(["HRANA 2026-01-14 30", "HRANA 2026-01-13 1500", "IHR 2026-01-13 2000"]);
    expect(latestClaims(index(), "other-wave", ["arrested"])).toEqual([]);
  });
  it("as of a day, gives what each claimant had said by then", () => {
    // Every document here was published on 14 January: nothing was known on the 13th.
    expect(latestClaims(index(), "w", ["arrested"], { asOf: "2026-01-13" })).toEqual([]);
    expect(summary(latestClaims(index(), "w", ["arrested"], { asOf: "2026-01-14" }))).toEqual(["HRANA 2026-01-13 1500", "IHR 2026-01-13 2000"]);
  });
});
