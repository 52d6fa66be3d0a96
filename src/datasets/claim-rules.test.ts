import { describe, expect, it } from "vitest";
import { figure, lines, organisation, originsOf, rulesDataset, series, source, wave } from "../../tests/unit/rules-dataset.ts";
import { claimProblems } from "./claim-rules.ts";
import type { Dataset } from "./dataset.ts";
import type { Statement } from "./schemas/wave.ts";

const check = (data: Dataset) => lines(claimProblems(data, originsOf(data)));
const FIG = "data/series/erm-arrested.json $.figures[0]";
/** A news story that does not name the organisation, in its title, publisher or the quote. */
const story = (s: Parameters<typeof source>[0] = {}) => source({ id: "story", title: "Arrests continue", publisher: "Example News", url: "https://example.org/news/1", ...s });
const unnamed = "At least 1,203 people were arrested.";

describe("the claim rules", () => {
  it("find nothing wrong in a figure its own organisation's report states", () => {
    expect(check(rulesDataset())).toEqual([]);
  });

  it("report a record whose origin is not known against data/ itself", () => {
    const data = rulesDataset({ figures: [figure({ flags: ["counted_from_quote"] })] });
    expect(lines(claimProblems(data, new WeakMap()))).toEqual(['error data $.flags: uses the old flag "counted_from_quote" | remove the flag and set "basis": "project_count" (this project counted the number) or "cases" (named cases)']);
  });

  describe("attribution: a figure is never given to an organisation its source does not name", () => {
    it("refuse a figure whose quote, source title and publisher do not name the organisation", () => {
      expect(check(rulesDataset({ sources: [story()], figures: [figure({ source: "story", quote: unnamed })] }))).toEqual([
        `error ${FIG}.flags: neither the quote nor the title or publisher of source "story" names "ERM", and the figure is not flagged "attribution_inferred" | add "attribution_inferred" to flags with an "attribution_reason" saying why the figure is ERM's, or add the name the source uses to the organisation's "aliases" in data/organisations.json`,
      ]);
    });

    it("accept the name in the quote, in the title, or through the document's own words naming whose figures it holds", () => {
      expect(check(rulesDataset({ sources: [story()], figures: [figure({ source: "story" })] }))).toEqual([]);
      expect(check(rulesDataset({ sources: [story({ title: "ERM: arrests continue" })], figures: [figure({ source: "story", quote: unnamed })] }))).toEqual([]);
      const compiled = story({ kind: "dataset", names_claimant: { organisation: "erm", quote: "Figures compiled by the Example Rights Monitor", locator: "README" } });
      expect(check(rulesDataset({ sources: [compiled], figures: [figure({ source: "story", quote: unnamed })] }))).toEqual([]);
    });

    it("accept an inferred attribution only with its reason", () => {
      const inferred = (reason?: string) => rulesDataset({ sources: [story()], figures: [figure({ source: "story", quote: unnamed, flags: ["attribution_inferred"], attribution_reason: reason })] });
      expect(check(inferred("The story quotes ERM's weekly table."))).toEqual([]);
      expect(check(inferred())).toEqual([`error ${FIG}.attribution_reason: is flagged "attribution_inferred" but gives no attribution_reason | say why the figure is ERM's although the text read does not name it`]);
    });

    it("leave a figure of an unknown organisation or source to the cross-record rules", () => {
      expect(check(rulesDataset({ figures: [figure({ organisation: "nobody", quote: unnamed, flags: ["counted_from_quote"] })] }))).toEqual([]);
      expect(check(rulesDataset({ figures: [figure({ source: "nothing", quote: unnamed, flags: ["counted_from_quote"] })] }))).toEqual([]);
    });
  });

  describe("what the number is", () => {
    it("refuse the old flag counted_from_quote", () => {
      expect(check(rulesDataset({ figures: [figure({ flags: ["counted_from_quote"] })] }))).toEqual([
        `error ${FIG}.flags: uses the old flag "counted_from_quote" | remove the flag and set "basis": "project_count" (this project counted the number) or "cases" (named cases)`,
      ]);
    });

    it("count named cases exactly: one name per case, as many as the value", () => {
      const cases = (f: Parameters<typeof figure>[0]) => check(rulesDataset({ figures: [figure({ basis: "cases", ...f })] }));
      expect(cases({ value: 2, cases: ["A. Ahmadi", "B. Bahrami"] })).toEqual([]);
      expect(cases({ value: 2 })).toEqual([`error ${FIG}.cases: has basis "cases" but names no cases | list the name of each case, as the source gives it`]);
      expect(cases({ value: 2, cases: [] })).toEqual([`error ${FIG}.cases: has basis "cases" but names no cases | list the name of each case, as the source gives it`]);
      expect(cases({ value: 3, cases: ["A. Ahmadi", "B. Bahrami"] })).toEqual([
        `error ${FIG}.cases: names 2 case(s) but its value is 3 | a figure of named cases counts exactly the cases it names: list each one, or correct the value`,
      ]);
      expect(cases({ value: undefined, low: 2, high: 3, qualifier: "range", quote: "ERM: 2 to 3 people", figure_text: "2 to 3", cases: ["A. Ahmadi", "B. Bahrami"] })).toEqual([
        `error ${FIG}.cases: names 2 case(s) but its value is a range | a figure of named cases counts exactly the cases it names: list each one, or correct the value`,
      ]);
    });

    it("refuse a list of cases on a total or on this project's own count", () => {
      expect(check(rulesDataset({ figures: [figure({ cases: ["A. Ahmadi"] })] }))).toEqual([`error ${FIG}.cases: lists cases but its basis is "total" | set "basis": "cases", or remove the list`]);
      expect(check(rulesDataset({ figures: [figure({ basis: "project_count", cases: ["A. Ahmadi"] })] }))).toEqual([
        `error ${FIG}.cases: lists cases but its basis is "project_count" | set "basis": "cases", or remove the list`,
      ]);
    });
  });

  describe("hedges are the source's words", () => {
    const hedged = (hedge: NonNullable<Parameters<typeof figure>[0]>["hedge"], f: Parameters<typeof figure>[0] = {}) =>
      check(rulesDataset({ figures: [figure({ quote: "ERM says at least 1,203 people were arrested, possibly as many as 2,000.", hedge, ...f })] }));

    it("find the hedging words in the quote", () => {
      expect(hedged({ kind: "possibly_as_many_as", text: "possibly as many as", value: 2000 })).toEqual([]);
      expect(hedged({ kind: "reportedly", text: "reportedly" })).toEqual([`error ${FIG}.hedge.text: "reportedly" does not occur in the quote | copy the hedging words exactly from the quote`]);
      expect(hedged({ kind: "perhaps", text: "possibly\u00a0as" })).toEqual([
        `error ${FIG}.hedge.text: "possibly\u00a0as" does not occur in the quote (it contains U+00A0 NO-BREAK SPACE at character 9) | copy the hedging words exactly from the quote`,
      ]);
      expect(hedged({ kind: "perhaps", text: "possibly as" }, { quote: "ERM says at least 1,203\u200b people were arrested, possibly as many as 2,000." })).toEqual([]);
      expect(hedged({ kind: "perhaps", text: "perhaps" }, { quote: "ERM says at least 1,203\u200b people were arrested." })).toEqual([
        `error ${FIG}.hedge.text: "perhaps" does not occur in the quote (it contains U+200B ZERO WIDTH SPACE at character 24) | copy the hedging words exactly from the quote`,
      ]);
    });

    it("need a possible upper figure above the figure itself, and no value on other hedges", () => {
      const possibly = (value: number | undefined, f: Parameters<typeof figure>[0] = {}) => hedged({ kind: "possibly_as_many_as", text: "possibly as many as", value }, f);
      expect(possibly(undefined)).toEqual([`error ${FIG}.hedge.value: hedge "possibly_as_many_as" gives no value | add the upper figure the source calls possible`]);
      expect(possibly(1203)).toEqual([`error ${FIG}.hedge.value: 1203 is not above the figure 1203 | the possible upper figure must exceed the figure itself`]);
      expect(possibly(1204)).toEqual([]);
      // A range's upper figure is its high.
      const range = { value: undefined, low: 1000, high: 1500, qualifier: "range" as const, quote: "ERM: 1,000 to 1,500 arrested, possibly as many as 2,000.", figure_text: "1,000 to 1,500" };
      expect(possibly(1500, range)).toEqual([`error ${FIG}.hedge.value: 1500 is not above the figure 1500 | the possible upper figure must exceed the figure itself`]);
      expect(possibly(1501, range)).toEqual([]);
      expect(hedged({ kind: "perhaps", text: "possibly", value: 2000 })).toEqual([`error ${FIG}.hedge.value: only hedge "possibly_as_many_as" takes a value | remove the value`]);
    });
  });

  describe("weak sources", () => {
    it("are marked on their figures, and a mark needs the source's caution", () => {
      expect(check(rulesDataset({ sources: [source({ caution: "An anonymous channel." })] }))).toEqual([
        `error ${FIG}.flags: source "erm-report" carries a caution but the figure is not flagged "low_quality_source" | add "low_quality_source" to flags`,
      ]);
      expect(check(rulesDataset({ sources: [source({ caution: "An anonymous channel." })], figures: [figure({ flags: ["low_quality_source"] })] }))).toEqual([]);
      expect(check(rulesDataset({ figures: [figure({ flags: ["low_quality_source"] })] }))).toEqual([
        `error ${FIG}.flags: is flagged "low_quality_source" but source "erm-report" gives no caution | add a caution to the source saying why it is weak, or remove the flag`,
      ]);
    });

    it("are corroborated only by a known figure of the same organisation, measure and number, from a better source", () => {
      const better = (f: Parameters<typeof figure>[0] = {}) => figure({ id: "erm-arrested.2", source: "erm-report", ...f });
      const corroborated = (other: ReturnType<typeof figure>, ids = ["erm-arrested.2"]) =>
        check(
          rulesDataset({
            organisations: [organisation(), organisation({ id: "om", name: "Other Monitor", short_name: "OM" })],
            sources: [source(), source({ id: "weak", url: "https://example.org/weak", caution: "An anonymous channel." })],
            series: [series(), series({ id: "om-arrested", organisation: "om", label: "OM: people arrested" })],
            figures: [figure({ source: "weak", flags: ["low_quality_source"], corroborated_by: ids }), other],
          }),
        );
      expect(corroborated(better())).toEqual([]);
      const disagrees = `error ${FIG}.corroborated_by[0]: figure "erm-arrested.2" does not state the same number of the same organisation and measure | link only a figure that agrees exactly`;
      expect(corroborated(better({ series: "om-arrested", organisation: "om", quote: "OM says at least 1,203 people were arrested." }))).toEqual([disagrees]);
      expect(corroborated(better({ measure: "identified_detainees" }))).toEqual([disagrees]);
      expect(corroborated(better({ value: 1204 }))).toEqual([disagrees]);
      expect(corroborated(better({ low: 1203 }))).toEqual([disagrees]);
      expect(corroborated(better({ high: 1203 }))).toEqual([disagrees]);
      expect(corroborated(better({ source: "weak", flags: ["low_quality_source"] }))).toEqual([
        `error ${FIG}.corroborated_by[0]: figure "erm-arrested.2" is itself from a weak source | link a figure from a better source`,
      ]);
      expect(corroborated(better(), ["erm-arrested.2", "erm-arrested.9"])).toEqual([`error ${FIG}.corroborated_by[1]: unknown figure "erm-arrested.9" | use the id of a figure in data/series/`]);
    });
  });

  describe("sources", () => {
    it("give published_not_before only for an undated copy", () => {
      expect(check(rulesDataset({ sources: [source({ published_not_before: { date: "2026-01-10", reason: "archived then" } })] }))).toEqual([
        "error data/sources.json $.sources[0].published_not_before: is given beside a publication date | keep the publication date and remove published_not_before (it is only for undated copies)",
      ]);
      expect(check(rulesDataset({ sources: [source({ published: null, published_not_before: { date: "2026-01-10", reason: "archived then" } })] }))).toEqual([]);
    });

    it("name the organisation whose figures they compile in their own quoted words", () => {
      const naming = (organisation: string, quote: string) => check(rulesDataset({ sources: [source({ names_claimant: { organisation, quote, locator: "README" } })] }));
      expect(naming("erm", "Data: Example Rights Monitor")).toEqual([]);
      expect(naming("erm", "Data: our partners")).toEqual(['error data/sources.json $.sources[0].names_claimant.quote: the quote does not name "ERM" or any of its aliases | copy the document\'s own words that name the organisation']);
      expect(naming("hrana", "Data: HRANA")).toEqual(['error data/sources.json $.sources[0].names_claimant.organisation: unknown organisation "hrana" | use an id from data/organisations.json']);
    });

    it("relate only to figures that exist", () => {
      expect(check(rulesDataset({ sources: [source({ related_figures: ["erm-arrested.1", "erm-arrested.7"] })] }))).toEqual([
        'error data/sources.json $.sources[0].related_figures[1]: unknown figure "erm-arrested.7" | use the id of a figure in data/series/',
      ]);
    });
  });

  describe("waves and their statements", () => {
    const statement = (st: Partial<Statement> = {}): Statement => ({
      id: "st1",
      date: "2026-01-05",
      organisation: "erm",
      measure: "arrested",
      source: "erm-report",
      quote: "ERM says arrests are rising.",
      summary: "ERM said arrests were rising.",
      ...st,
    });
    const withStatement = (st: Partial<Statement>, sources = [source()]) => check(rulesDataset({ sources, waves: [wave({ statements: [statement(st)] })] }));

    it("say through which day newer reports were searched for", () => {
      expect(check(rulesDataset({ waves: [wave({ searched_until: undefined })] }))).toEqual([
        'error data/waves.json $.waves[0].searched_until: does not say through which day newer reports were searched for | add "searched_until": "YYYY-MM-DD", the last day you looked for newer reports on this wave',
      ]);
    });

    it("accept a statement of a known organisation from a known document naming it, on or after the wave's first day", () => {
      expect(withStatement({})).toEqual([]);
      expect(withStatement({ date: "2026-01-01" })).toEqual([]);
    });

    it("refuse a statement dated before its wave, or of an unknown organisation or document", () => {
      expect(withStatement({ date: "2025-12-31" })).toEqual(["error data/waves.json $.waves[0].statements[0].date: 2025-12-31 is before the wave began (2026-01-01) | check the date"]);
      expect(withStatement({ source: "nothing", quote: "Arrests are rising." })).toEqual(['error data/waves.json $.waves[0].statements[0].source: unknown source "nothing" | add the document to data/sources.json first']);
      expect(withStatement({ organisation: "hrana", source: "nothing" })).toEqual([
        'error data/waves.json $.waves[0].statements[0].organisation: unknown organisation "hrana" | use an id from data/organisations.json',
        'error data/waves.json $.waves[0].statements[0].source: unknown source "nothing" | add the document to data/sources.json first',
      ]);
    });

    it("attribute a statement only to an organisation its document names, or say why", () => {
      const quiet = { quote: "Arrests are rising." };
      expect(withStatement(quiet, [story({ id: "erm-report" })])).toEqual([
        'error data/waves.json $.waves[0].statements[0].attribution_inferred: neither the quote nor the title or publisher of source "erm-report" names "ERM" | set "attribution_inferred": true with an "attribution_reason"',
      ]);
      expect(withStatement({ ...quiet, attribution_inferred: true, attribution_reason: "ERM's spokesperson" }, [story({ id: "erm-report" })])).toEqual([]);
      expect(withStatement({ ...quiet, attribution_inferred: true }, [story({ id: "erm-report" })])).toEqual([
        "error data/waves.json $.waves[0].statements[0].attribution_reason: is marked attribution_inferred but gives no attribution_reason | say why the statement is ERM's",
      ]);
      expect(withStatement({ organisation: "hrana", attribution_inferred: true })).toEqual([
        'error data/waves.json $.waves[0].statements[0].organisation: unknown organisation "hrana" | use an id from data/organisations.json',
        "error data/waves.json $.waves[0].statements[0].attribution_reason: is marked attribution_inferred but gives no attribution_reason | say why the statement is the organisation's",
      ]);
    });
  });

  describe("other documents of a figure", () => {
    const other = (d: Partial<NonNullable<ReturnType<typeof figure>["other_documents"]>[number]>, f: Parameters<typeof figure>[0] = {}, sources = [source(), story()]) =>
      check(rulesDataset({ sources, figures: [figure({ other_documents: [{ source: "story", quote: "Monitors count 1,203 arrests.", figure_text: "1,203", ...d }], ...f })] }));

    it("are known documents other than the figure's own, holding the figure's words", () => {
      expect(other({})).toEqual([]);
      expect(other({ source: "nothing" })).toEqual([`error ${FIG}.other_documents[0].source: unknown source "nothing" | add the document to data/sources.json first`]);
      expect(other({ source: "erm-report" })).toEqual([`error ${FIG}.other_documents[0].source: is the figure's own source | list only other documents`]);
      expect(other({ figure_text: "1203" })).toEqual([`error ${FIG}.other_documents[0].figure_text: "1203" does not occur in the quote | copy figure_text exactly from this document's quote`]);
      expect(other({ quote: "Monitors count 1.203\u00a0arrests." })).toEqual([
        `error ${FIG}.other_documents[0].figure_text: "1,203" does not occur in the quote (it contains U+00A0 NO-BREAK SPACE at character 21) | copy figure_text exactly from this document's quote`,
      ]);
      expect(other({ figure_text: "1\u00a0203" })).toEqual([
        `error ${FIG}.other_documents[0].figure_text: "1\u00a0203" does not occur in the quote (it contains U+00A0 NO-BREAK SPACE at character 2) | copy figure_text exactly from this document's quote`,
      ]);
    });

    it("are published no earlier than the day the figure counts", () => {
      expect(other({}, { as_of: "2026-01-09" }, [source(), story({ published: "2026-01-08" })])).toEqual([
        `error ${FIG}.other_documents[0].source: the document was published 2026-01-08, before the figure's as_of 2026-01-09 | check both dates`,
      ]);
      expect(other({}, { as_of: "2026-01-09" }, [source(), story({ published: "2026-01-09" })])).toEqual([]);
      expect(other({}, { as_of: "2026-01-09" }, [source(), story({ published: null })])).toEqual([]);
      expect(other({}, { as_of: null }, [source(), story({ published: "2026-01-08" })])).toEqual([]);
    });
  });

  describe("series", () => {
    it("name their unit, and use its plural in the label, in English and in Persian", () => {
      expect(check(rulesDataset({ series: [series({ unit: undefined })] }))).toEqual([
        'error data/series/erm-arrested.json $.series.unit: gives no unit | add "unit": {"one": "…", "other": "…"}, what one and several of the counted things are called, e.g. "protester killed" / "protesters killed"',
      ]);
      expect(check(rulesDataset({ series: [series({ label: "ERM: arrests" })] }))).toEqual(['error data/series/erm-arrested.json $.series.label: does not contain the unit "people arrested" | use the same words in the label and the unit, so legends and sentences never disagree']);
      const fa = (label: string, unit?: { one: string; other: string }) =>
        check(rulesDataset({ translations: { fa: { organisations: {}, waves: {}, series: { "erm-arrested": { label, unit, definition: "تعریف" } } } } }));
      expect(fa("ERM: بازداشت‌شدگان", { one: "بازداشت‌شده", other: "بازداشت‌شدگان" })).toEqual([]);
      expect(fa("ERM: دستگیری‌ها")).toEqual([]);
      expect(fa("ERM: دستگیری‌ها", { one: "بازداشت‌شده", other: "بازداشت‌شدگان" })).toEqual([
        'error data/series/erm-arrested.json $.series.unit: the Persian label "ERM: دستگیری‌ها" does not contain the Persian unit "بازداشت‌شدگان" | use the same words in the translated label and unit',
      ]);
    });
  });
});
