import { describe, expect, it } from "vitest";
import type { DatasetFigure } from "../datasets/dataset.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import { claimChange } from "./claim-change.ts";
import { latestClaimOf } from "./latest-claims.ts";

const doc = (id: string, published: string | null) => [id, { id, kind: "report", published, publisher: id } as SourceDocument] as const;
const sources = new Map<string, SourceDocument>([doc("feb9", "2026-02-09"), doc("feb12", "2026-02-12"), doc("feb20", "2026-02-20"), doc("nodate", null)]);
const running = { id: "s", measure: "arrested", cumulative: true } as Series;
const org = { id: "o", short_name: "O", kind: "ngo" } as Organisation;
const fig = (id: string, over: Partial<DatasetFigure>): DatasetFigure => ({ id, series: "s", organisation: "o", measure: "arrested", as_of: null, value: 1, qualifier: "exact", source: "feb9", quote: "", figure_text: "", flags: [], ...over });
const change = (figures: DatasetFigure[], series: Series = running, asOf?: string) => {
  const claim = latestClaimOf(series, org, figures, sources, asOf)!;
  return claimChange(claim, figures, sources, asOf);
};

describe("claimChange", () => {
  it("gives the difference from the previous figure of the same series, dated by the previous claim", () => {
    const c = change([fig("a", { as_of: "2026-02-09", value: 10000 }), fig("b", { as_of: "2026-02-12", value: 11200, source: "feb12" })]);
    expect(c).toMatchObject({ difference: 1200, since: "2026-02-09", qualifier: "exact" });
    expect([c!.from.id, c!.to.id]).toEqual(["a", "b"]);
  });
  it("compares with the figure just before, not the first one", () => {
    const c = change([fig("a", { as_of: "2026-02-01", value: 5000 }), fig("b", { as_of: "2026-02-09", value: 10000 }), fig("c", { as_of: "2026-02-12", value: 10400, source: "feb12" })]);
    expect(c).toMatchObject({ difference: 400, since: "2026-02-09" });
  });
  it("is null without a previous figure", () => {
    expect(change([fig("a", { as_of: "2026-02-09", value: 10000 })])).toBeNull();
  });
  it("says 0 when the number is the same", () => {
    expect(change([fig("a", { as_of: "2026-02-09", value: 700 }), fig("b", { as_of: "2026-02-12", value: 700, source: "feb12" })])?.difference).toBe(0);
  });
  it("gives a decrease as a negative difference (a running total that went down: perhaps a correction)", () => {
    expect(change([fig("a", { as_of: "2026-02-09", value: 3000 }), fig("b", { as_of: "2026-02-12", value: 2800, source: "feb12" })])?.difference).toBe(-200);
  });
  it("compares two lower bounds of one kind, and says so", () => {
    const c = change([fig("a", { as_of: "2026-02-09", value: 2000, qualifier: "at_least" }), fig("b", { as_of: "2026-02-12", value: 2500, qualifier: "at_least", source: "feb12" })]);
    expect(c).toMatchObject({ difference: 500, qualifier: "at_least" });
  });
  it("never compares across kinds of number: exact with 'at least', 'about', a range (no midpoint) or a hedge", () => {
    const prev = fig("a", { as_of: "2026-02-09", value: 2000 });
    const later = (over: Partial<DatasetFigure>) => fig("b", { as_of: "2026-02-12", source: "feb12", ...over });
    expect(change([prev, later({ value: 2500, qualifier: "at_least" })])).toBeNull();
    expect(change([prev, later({ value: 2500, qualifier: "about" })])).toBeNull();
    expect(change([prev, later({ value: undefined, low: 2000, high: 3000, qualifier: "range" })])).toBeNull();
    expect(change([prev, later({ value: 2500, hedge: { kind: "reportedly", text: "reportedly" } })])).toBeNull();
    expect(change([fig("a", { as_of: "2026-02-09", value: 10, qualifier: "about" }), later({ value: 12, qualifier: "about" })])).toBeNull();
  });
  it("is null for a series that is not a running total (counts of a period do not subtract)", () => {
    const figures = [fig("a", { as_of: "2026-02-09", value: 10 }), fig("b", { as_of: "2026-02-12", value: 12, source: "feb12" })];
    expect(change(figures, { ...running, cumulative: false })).toBeNull();
  });
  it("is null when the latest day holds two different numbers", () => {
    const figures = [fig("a", { as_of: "2026-02-09", value: 10 }), fig("b", { as_of: "2026-02-12", value: 12, source: "feb12" }), fig("c", { as_of: "2026-02-12", value: 15, source: "feb12" })];
    expect(change(figures)).toBeNull();
  });
  it("is null when the latest or the previous claim is undated (no day to say 'since')", () => {
    expect(change([fig("a", { as_of: "2026-02-09", value: 10 }), fig("u", { source: "feb20", value: 12 })])).toBeNull();
    expect(change([fig("u", { source: "feb9", value: 10 }), fig("b", { as_of: "2026-02-12", value: 12, source: "feb12" })])).toBeNull();
  });
  it("as of a day, compares the claim of that day with the one before it, both known by then", () => {
    const figures = [fig("a", { as_of: "2026-02-05", value: 100 }), fig("b", { as_of: "2026-02-08", value: 150, source: "feb12" }), fig("c", { as_of: "2026-02-11", value: 180, source: "feb12" }), fig("d", { as_of: "2026-02-19", value: 300, source: "feb20" })];
    // On 12 Feb: b and c were published that day, d not yet: c against b.
    expect(change(figures, running, "2026-02-12")).toMatchObject({ difference: 30, since: "2026-02-08" });
    // On 10 Feb only a was published: no previous figure.
    expect(change(figures, running, "2026-02-10")).toBeNull();
  });
});
