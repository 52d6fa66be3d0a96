import { describe, expect, it } from "vitest";
import type { DatasetFigure } from "../datasets/dataset.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import { claimSentence, claimVerb, claimWords, unitAfter } from "./claim-words.ts";
import { latestClaimOf } from "./latest-claims.ts";

const sources = new Map<string, SourceDocument>([
  ["ihr-site", { id: "ihr-site", kind: "report", publisher: "Iran Human Rights (iranhr.net)", published: "2026-01-13" } as SourceDocument],
  ["cbc", { id: "cbc", kind: "news", publisher: "CBC (via webjosh.com)", published: null } as SourceDocument],
  ["agg", { id: "agg", kind: "aggregator", publisher: "efinder", published: "2026-06-02" } as SourceDocument],
]);
const ihr = { id: "ihr", name: "Iran Human Rights", short_name: "IHR", kind: "ngo" } as Organisation;
const judiciary = { id: "iran-judiciary", name: "Iranian judiciary", short_name: "Judiciary", kind: "government" } as Organisation;
const irgc = { id: "irgc", name: "IRGC", short_name: "IRGC", kind: "government" } as Organisation;
const sentences = { id: "s", measure: "sentenced_to_death", unit: { one: "death sentence", other: "death sentences" } } as Series;
const executions = { id: "e", measure: "executed", unit: { one: "execution", other: "executions" } } as Series;
const killed = { id: "k", measure: "killed", unit: { one: "person killed", other: "people killed" } } as Series;
const fig = (over: Partial<DatasetFigure>): DatasetFigure => ({ id: "f", series: "s", organisation: "o", measure: "killed", as_of: "2026-01-12", value: 1, qualifier: "exact", source: "ihr-site", quote: "", figure_text: "", flags: [], ...over });
const say = (s: Series, o: Organisation, figures: DatasetFigure[], locale = "en-GB") =>
  claimSentence(latestClaimOf(s, o, figures, sources)!, { locale, sources, orgName: (x) => x.short_name, unitOf: (x) => x.unit });

describe("claimVerb", () => {
  it("says 'counted' only for a counting organisation's plain number or lower bound", () => {
    expect(claimVerb(fig({ qualifier: "at_least" }), {}, ihr)).toBe("counted");
    expect(claimVerb(fig({ qualifier: "about" }), {}, ihr)).toBe("estimated");
    expect(claimVerb(fig({}), { estimate: true }, ihr)).toBe("estimated");
    expect(claimVerb(fig({ qualifier: "more_than", hedge: { kind: "perhaps", text: "perhaps" } }), {}, irgc)).toBe("estimated");
    expect(claimVerb(fig({ hedge: { kind: "reportedly", text: "reportedly" } }), {}, ihr)).toBe("reported");
    expect(claimVerb(fig({ flags: ["restatement"] }), {}, ihr)).toBe("reported");
    expect(claimVerb(fig({}), {}, judiciary)).toBe("said");
    expect(claimVerb(fig({ flags: ["attribution_inferred"] }), {}, ihr)).toBe("attributed");
    expect(claimVerb(fig({ basis: "cases", cases: ["A"] }), {}, ihr)).toBe("cases");
    expect(claimVerb(fig({ basis: "project_count" }), {}, ihr)).toBe("project");
  });
  it("says 'said' for a government, the media and an unnamed claimant, which give numbers without counting", () => {
    for (const kind of ["government", "media", "unnamed"] as const) expect(claimVerb(fig({}), {}, { kind }), kind).toBe("said");
    for (const kind of ["ngo", "un"] as const) expect(claimVerb(fig({}), {}, { kind }), kind).toBe("counted");
  });
});

describe("unitAfter", () => {
  const unit = { one: "execution", other: "executions" };
  it("agrees with the number, and uses the plural for a range or a 'possibly as many as'", () => {
    expect(unitAfter(fig({ value: 1 }), unit, "executed", "en-GB")).toBe("execution");
    expect(unitAfter(fig({ value: 2 }), unit, "executed", "en-GB")).toBe("executions");
    expect(unitAfter(fig({ value: undefined, low: 1, high: 1, qualifier: "range" }), unit, "executed", "en-GB")).toBe("executions");
    expect(unitAfter(fig({ value: 1, hedge: { kind: "possibly_as_many_as", text: "possibly as many as 5", value: 5 } }), unit, "executed", "en-GB")).toBe("executions");
  });
});

describe("claimWords", () => {
  const ctx = { locale: "en-GB", sources, orgName: (x: Organisation) => x.short_name, unitOf: (x: Series) => x.unit };
  const words = (s: Series, o: Organisation, figures: DatasetFigure[]) => claimWords(latestClaimOf(s, o, figures, sources)!, ctx);

  it("does not say 'estimated an estimated' or 'reported reportedly' for one figure, but keeps the words when two figures differ", () => {
    expect(words(killed, ihr, [fig({ qualifier: "estimated", value: 15000 })])).toMatchObject({ verb: "estimated", figures: ["15,000"] });
    expect(words(killed, ihr, [fig({ hedge: { kind: "reportedly", text: "reportedly" }, value: 24000 })])).toMatchObject({ verb: "reported", figures: ["24,000"] });
    const two = words(killed, ihr, [fig({ id: "a", qualifier: "estimated", value: 15000 }), fig({ id: "b", value: 20000 })]);
    expect(two).toMatchObject({ verb: "reported", figures: ["an estimated 15,000", "20,000"], unit: "people killed" });
  });
  it("uses the measure's own words as the unit of a series without one, also for two figures", () => {
    const noUnit = { id: "k2", measure: "killed" } as Series;
    expect(words(noUnit, ihr, [fig({ id: "a", value: 5 }), fig({ id: "b", value: 7 })])).toMatchObject({ unit: "people killed", unitOther: "people killed" });
  });
  it("names who passed a claim on, counts weak sources and inferred attributions, and lists named cases", () => {
    const w = words(executions, ihr, [fig({ id: "a", source: "agg", value: 3, basis: "cases", cases: ["A", "B"], flags: ["low_quality_source"] }), fig({ id: "b", source: "agg", value: 4, flags: ["attribution_inferred"] })]);
    expect(w).toMatchObject({ via: ["efinder"], cases: ["A", "B"], weak: true, inferred: 1, unitOther: "executions" });
    expect(words(executions, ihr, [fig({ value: 3 })])).toMatchObject({ via: [], weak: false, inferred: 0, cases: [] });
  });
});

describe("claimSentence", () => {
  it("words one named death sentence as a case, in the singular, never as IHR's total", () => {
    const s = say(sentences, ihr, [fig({ basis: "cases", cases: ["Erfan Soltani"], source: "cbc" })]);
    expect(s).toBe("IHR reported 1 death sentence, a named case: Erfan Soltani, as reported by CBC (as of 12 January 2026)");
    expect(s).not.toMatch(/1 death sentences|counted/);
  });
  it("words one day's executions as named cases, with a weak-source caution", () => {
    const s = say(executions, judiciary, [fig({ value: 2, basis: "cases", cases: ["Mehrdad Mohammadinia", "Ashkan Maleki"], source: "agg", as_of: "2026-06-01", flags: ["low_quality_source"] })]);
    expect(s).toBe("Judiciary reported 2 executions, named cases: Mehrdad Mohammadinia and Ashkan Maleki, as reported by efinder (as of 1 June 2026), from a weak source");
  });
  it("words a number this site counted as this site's count, not the claimant's", () => {
    expect(say(executions, judiciary, [fig({ basis: "project_count", as_of: "2022-12-08" })])).toBe(
      "1 execution, counted by this site from what Judiciary stated, as reported by Iran Human Rights (as of 8 December 2022)",
    );
  });
  it("keeps the hedge: 'perhaps more than 300', estimated, never counted", () => {
    expect(say(killed, irgc, [fig({ value: 300, qualifier: "more_than", hedge: { kind: "perhaps", text: "perhaps" }, as_of: "2022-11-29" })])).toMatch(/^IRGC estimated perhaps more than 300 people killed/);
    expect(say(killed, irgc, [fig({ value: 12000, qualifier: "at_least", hedge: { kind: "possibly_as_many_as", text: "possibly as many as 20,000", value: 20000 } })])).toMatch(
      /at least 12,000, possibly as many as 20,000 people killed/,
    );
  });
  it("says both numbers one claimant stated on one day, with that day", () => {
    const s = say(killed, judiciary, [fig({ id: "a", value: 2000, qualifier: "about", as_of: "2026-01-13" }), fig({ id: "b", value: 3000, qualifier: "about", as_of: "2026-01-13", source: "cbc" })]);
    expect(s).toBe("Judiciary gave 2 different figures for people killed on 13 January 2026: about 2,000; about 3,000, as reported by Iran Human Rights and CBC");
  });
  it("marks an undated claim with its publication day", () => {
    expect(say(sentences, ihr, [fig({ value: 26, qualifier: "at_least", as_of: null })])).toMatch(/\(no as-of date given, published 13 January 2026\)$/);
  });
  it("builds the Persian sentence whole, with Persian digits and the Solar Hijri date", () => {
    const s = say(sentences, ihr, [fig({ basis: "cases", cases: ["Erfan Soltani"] })], "fa-IR");
    // Read as a reader sees it: without the isolates around Latin names and the no-break spaces inside dates.
    const seen = s.replace(/[\u2066-\u2069]/g, "").replace(/\u00a0/g, " ");
    expect(seen).toContain("۱ death sentence");
    expect(seen).toContain("۲۲ دی ۱۴۰۴");
    expect(s).not.toMatch(/[0-9]/);
  });
});
