import { describe, expect, it } from "vitest";
import type { DatasetFigure } from "../datasets/dataset.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import { describeClaims } from "./describe-claims.ts";
import { latestClaimOf } from "./latest-claims.ts";

const sources = new Map<string, SourceDocument>([
  ["own", { id: "own", kind: "report", publisher: "HRANA (en-hrana.org)", published: "2026-02-12" } as SourceDocument],
  ["wire", { id: "wire", kind: "news", publisher: "AP", published: "2026-01-17" } as SourceDocument],
]);
const hrana = { id: "hrana", short_name: "HRANA", name: "Human Rights Activists News Agency", kind: "ngo" } as Organisation;
const ihr = { id: "ihr", short_name: "IHR", name: "Iran Human Rights", kind: "ngo" } as Organisation;
const arrests = (id: string, estimate: boolean) => ({ id, measure: "arrested", estimate, unit: { one: "person arrested", other: "people arrested" } }) as Series;
const fig = (over: Partial<DatasetFigure>): DatasetFigure => ({ id: "f", series: "s", organisation: "o", measure: "arrested", as_of: null, qualifier: "exact", source: "own", quote: "", figure_text: "", flags: [], ...over });
const ctx = { locale: "en-GB", sources, orgName: (o: Organisation) => o.short_name, unitOf: (s: Series) => s.unit };

describe("describeClaims", () => {
  it("gives each claimant its own sentence with its own date, the verb its evidence allows, and never a total", () => {
    const a = latestClaimOf(arrests("a", true), hrana, [fig({ id: "h", value: 52941, qualifier: "at_least", as_of: "2026-02-11" })], sources)!;
    const b = latestClaimOf(arrests("b", false), ihr, [fig({ id: "i", value: 20000, qualifier: "more_than", as_of: "2026-01-16", source: "wire" })], sources)!;
    expect(describeClaims([a, b], ctx)).toBe(
      "HRANA estimated at least 52,941 people arrested (as of 11 February 2026). IHR counted more than 20,000 people arrested, as reported by AP (as of 16 January 2026).",
    );
  });
  it("says so when there is nothing dated", () => expect(describeClaims([], ctx)).toBe("No dated figure has been recorded yet."));
});
