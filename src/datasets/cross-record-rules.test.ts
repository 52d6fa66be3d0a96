import { describe, expect, it } from "vitest";
import { figure, lines, organisation, originsOf, rulesDataset, series, source, wave } from "../../tests/unit/rules-dataset.ts";
import { crossRecordProblems } from "./cross-record-rules.ts";
import type { Dataset } from "./dataset.ts";

const TODAY = "2026-02-01";
const check = (data: Dataset, today = TODAY) => lines(crossRecordProblems(data, originsOf(data), today));

describe("rules across records", () => {
  it("find nothing wrong in a dataset whose references resolve and whose dates agree", () => {
    expect(check(rulesDataset())).toEqual([]);
  });

  it("name a duplicate id of every kind at the second record, with where the first one is", () => {
    const data = rulesDataset({
      organisations: [organisation(), organisation({ name: "Another Monitor" })],
      sources: [source(), source({ url: "https://example.org/erm/other" })],
      waves: [wave(), wave({ title: "Same id" })],
      series: [series(), series({ label: "ERM: people arrested again" })],
      figures: [figure(), figure({ as_of: "2026-01-08" })],
    });
    expect(check(data)).toEqual([
      'error data/organisations.json $.organisations[1].id: duplicate organisation id "erm" (also used at data/organisations.json $.organisations[0].id) | give this organisation an id no other organisation uses',
      'error data/sources.json $.sources[1].id: duplicate source id "erm-report" (also used at data/sources.json $.sources[0].id) | give this source an id no other source uses',
      'error data/waves.json $.waves[1].id: duplicate wave id "wave-2026" (also used at data/waves.json $.waves[0].id) | give this wave an id no other wave uses',
      'error data/series/erm-arrested.json $.series.id: duplicate series id "erm-arrested" (also used at data/series/erm-arrested.json $.series.id) | give this series an id no other series uses',
      'error data/series/erm-arrested.json $.figures[1].id: duplicate figure id "erm-arrested.1" (also used at data/series/erm-arrested.json $.figures[0].id) | give this figure an id no other figure uses',
    ]);
  });

  it("report a record whose origin is not known against data/ itself", () => {
    const data = rulesDataset({ figures: [figure({ flags: ["restatement", "restatement"] })] });
    expect(lines(crossRecordProblems(data, new WeakMap(), TODAY))).toEqual(["error data $.flags: lists a flag twice | list each flag once"]);
  });

  it("keep one source per address, however the address is written", () => {
    const data = rulesDataset({ sources: [source(), source({ id: "erm-copy", url: "HTTPS://Example.org:443/erm/report" })] });
    expect(check(data)).toEqual(['error data/sources.json $.sources[1].url: URL already recorded as source "erm-report" | keep one source per URL: refer to "erm-report" instead']);
  });

  it("refuse a document published after it was read, or dated after today; today itself is fine", () => {
    expect(check(rulesDataset({ sources: [source({ published: "2026-01-12", accessed: "2026-01-11" })] }))).toEqual([
      "error data/sources.json $.sources[0].published: published 2026-01-12 is after accessed 2026-01-11 | a document cannot be read before it was published: check both dates",
    ]);
    expect(check(rulesDataset({ sources: [source({ published: "2026-01-11", accessed: "2026-01-11" })] }))).toEqual([]);
    expect(check(rulesDataset({ sources: [source({ published: "2026-02-02", accessed: "2026-02-03" })] }))).toEqual([
      "error data/sources.json $.sources[0].published: published 2026-02-02 is in the future | check the date",
      "error data/sources.json $.sources[0].accessed: accessed 2026-02-03 is in the future | check the date",
    ]);
    expect(check(rulesDataset({ sources: [source({ published: TODAY, accessed: TODAY })] }))).toEqual([]);
    // An undated copy: only the earliest possible day is known.
    const undated = source({ published: null, accessed: null, published_not_before: { date: "2026-03-01", reason: "the copy was made then" } });
    expect(check(rulesDataset({ sources: [undated], figures: [figure({ as_of: null })] }))).toEqual([
      "error data/sources.json $.sources[0].published_not_before.date: 2026-03-01 is in the future | check the date",
    ]);
    const today = source({ published: null, accessed: null, published_not_before: { date: TODAY, reason: "the copy was made then" } });
    expect(check(rulesDataset({ sources: [today], figures: [figure({ as_of: null })] }))).toEqual([]);
  });

  it("refuse a series of an unknown wave or organisation, listing the waves there are", () => {
    const data = rulesDataset({ waves: [wave(), wave({ id: "wave-2022", start: "2022-09-16" })], series: [series({ wave: "wave-2019", organisation: "hrana" })], figures: [] });
    expect(check(data)).toEqual([
      'error data/series/erm-arrested.json $.series.wave: unknown wave "wave-2019" | use one of: wave-2026, wave-2022 (or add the wave to data/waves.json)',
      'error data/series/erm-arrested.json $.series.organisation: unknown organisation "hrana" | add it to data/organisations.json, or use an existing organisation id',
    ]);
  });

  it("refuse a wave that ends before it starts, and an annotation that does; one day is fine", () => {
    const data = rulesDataset({
      waves: [
        wave({
          end: "2025-12-31",
          annotations: [
            { id: "blackout", start: "2026-01-08", end: "2026-01-07", label: "Blackout", source: { document: "erm-report" } },
            { id: "strike", start: "2026-01-09", end: "2026-01-09", label: "Strike", source: { document: "erm-report" } },
          ],
        }),
      ],
    });
    expect(check(data)).toEqual([
      "error data/waves.json $.waves[0].end: end 2025-12-31 is before start 2026-01-01 | check both dates",
      "error data/waves.json $.waves[0].annotations[0].end: end 2026-01-07 is before start 2026-01-08 | check both dates",
    ]);
    expect(check(rulesDataset({ waves: [wave({ end: "2026-01-01" })] }))).toEqual([]);
  });

  it("refuse two annotations of a wave with one id, and an annotation citing an unknown document", () => {
    const data = rulesDataset({
      waves: [
        wave({
          annotations: [
            { id: "blackout", start: "2026-01-08", label: "Blackout", source: { document: "erm-report" } },
            { id: "blackout", start: "2026-01-09", label: "Blackout again", source: { document: "erm-missing" } },
            { id: "strike", start: "2026-01-10", label: "Strike", source: { documents: [{ document: "erm-report" }, { document: "erm-gone" }] } },
            { id: "rumour", start: "2026-01-11", label: "Rumour", source: { reported_by: "A channel", citation_incomplete: true } },
          ],
        }),
      ],
    });
    expect(check(data)).toEqual([
      'error data/waves.json $.waves[0].annotations[1].id: duplicate annotation id "blackout" in wave "wave-2026" | give each annotation of a wave its own id',
      'error data/waves.json $.waves[0].annotations[1].source.document: unknown source "erm-missing" | add the document to data/sources.json, or use an existing source id',
      'error data/waves.json $.waves[0].annotations[2].source.documents[1].document: unknown source "erm-gone" | add the document to data/sources.json, or use an existing source id',
    ]);
  });

  it("name data/waves.json for an annotation of a wave whose origin is not known", () => {
    const data = rulesDataset({ waves: [wave({ annotations: [{ id: "a", start: "2026-01-08", end: "2026-01-02", label: "A", source: { document: "erm-report" } }] })] });
    expect(lines(crossRecordProblems(data, new WeakMap(), TODAY))).toEqual(["error data/waves.json $.annotations[0].end: end 2026-01-02 is before start 2026-01-08 | check both dates"]);
  });

  it("keep a series to one organisation and one measure", () => {
    const data = rulesDataset({ organisations: [organisation(), organisation({ id: "other", name: "Other Monitor", short_name: "OM" })], figures: [figure({ organisation: "other", measure: "killed" })] });
    expect(check(data)).toEqual([
      'error data/series/erm-arrested.json $.figures[0].organisation: organisation "other" differs from its series\' organisation "erm": a series never mixes organisations | move this figure to a series file of "other" in data/series/, or correct the organisation',
      'error data/series/erm-arrested.json $.figures[0].measure: measure "killed" differs from its series\' measure "arrested": a series never mixes measures | move this figure to a series that counts "killed", or correct the measure',
    ]);
  });

  it("refuse a figure of an unknown organisation or source", () => {
    const data = rulesDataset({ series: [], figures: [figure({ organisation: "nobody", source: "nothing" })] });
    expect(check(data)).toEqual([
      'error data/series/erm-arrested.json $.figures[0].organisation: unknown organisation "nobody" | add it to data/organisations.json, or use an existing organisation id',
      'error data/series/erm-arrested.json $.figures[0].source: unknown source "nothing" | add the document to data/sources.json first, then refer to its id here',
    ]);
  });

  it("take a single value, or a low/high range with qualifier \"range\", never both or neither", () => {
    const bad = (f: Parameters<typeof figure>[0]) => check(rulesDataset({ figures: [figure(f)] }));
    expect(bad({ low: 1000, high: 1300 })).toEqual(['error data/series/erm-arrested.json $.figures[0]: has both value and low/high | give a single value, or a low/high range with qualifier "range", not both']);
    expect(bad({ value: undefined })).toEqual(["error data/series/erm-arrested.json $.figures[0].value: has neither value nor low/high | add the value as published, or low and high for a range"]);
    expect(bad({ value: undefined, low: 1203, qualifier: "range" })).toEqual(["error data/series/erm-arrested.json $.figures[0].high: a range needs both low and high | add the missing bound"]);
    expect(bad({ value: undefined, high: 1203, qualifier: "range" })).toEqual(["error data/series/erm-arrested.json $.figures[0].low: a range needs both low and high | add the missing bound"]);
    expect(bad({ value: undefined, low: 1300, high: 1203, qualifier: "range" })).toEqual(["error data/series/erm-arrested.json $.figures[0].low: low 1300 is greater than high 1203 | swap them, or check the figures against the quote"]);
    expect(bad({ value: undefined, low: 1203, high: 1203, qualifier: "range" })).toEqual([]);
    expect(bad({ value: undefined, low: 1000, high: 1203 })).toEqual(['error data/series/erm-arrested.json $.figures[0].qualifier: a low/high range needs qualifier "range", not "at_least" | set qualifier to "range"']);
    expect(bad({ qualifier: "range" })).toEqual(['error data/series/erm-arrested.json $.figures[0].qualifier: qualifier "range" needs low and high, not a single value | give low and high, or choose the qualifier the source uses']);
  });

  it("find the figure's words in its quote, naming an invisible character in either", () => {
    expect(check(rulesDataset({ figures: [figure({ figure_text: "1.203" })] }))).toEqual([
      'error data/series/erm-arrested.json $.figures[0].figure_text: "1.203" does not occur in the quote | copy figure_text exactly from the quote (same digits, separators and spelling)',
    ]);
    expect(check(rulesDataset({ figures: [figure({ figure_text: "1\u00a0203" })] }))).toEqual([
      'error data/series/erm-arrested.json $.figures[0].figure_text: "1\u00a0203" does not occur in the quote (it contains U+00A0 NO-BREAK SPACE at character 2) | copy figure_text exactly from the quote (same digits, separators and spelling)',
    ]);
    expect(check(rulesDataset({ figures: [figure({ quote: "ERM: 1\u202f203 people arrested." })] }))).toEqual([
      'error data/series/erm-arrested.json $.figures[0].figure_text: "1,203" does not occur in the quote (it contains U+202F NARROW NO-BREAK SPACE at character 7) | copy figure_text exactly from the quote (same digits, separators and spelling)',
    ]);
  });

  it("date a count no later than today and its source, and no earlier than its wave; the boundary days are fine", () => {
    const at = (as_of: string, today = TODAY) => check(rulesDataset({ figures: [figure({ as_of })] }), today);
    expect(at("2026-01-10")).toEqual([]);
    expect(at("2026-01-01")).toEqual([]);
    expect(at("2026-01-11")).toEqual([
      "error data/series/erm-arrested.json $.figures[0].as_of: as_of 2026-01-11 is after its source's published date 2026-01-10 | a count cannot refer to a day after it was published: check both dates",
    ]);
    expect(at("2025-12-31")).toEqual([
      'error data/series/erm-arrested.json $.figures[0].as_of: as_of 2025-12-31 is before the wave "wave-2026" began (2026-01-01) | check the date, or file the figure under the right wave\'s series',
    ]);
    expect(at("2026-01-09", "2026-01-08")).toEqual([
      "error data/sources.json $.sources[0].published: published 2026-01-10 is in the future | check the date",
      "error data/sources.json $.sources[0].accessed: accessed 2026-01-11 is in the future | check the date",
      "error data/series/erm-arrested.json $.figures[0].as_of: as_of 2026-01-09 is in the future | check the date",
    ]);
    expect(at("2026-01-09", "2026-01-09").filter((l) => l.includes("figures"))).toEqual([]);
    // An undated source bounds nothing; a figure outside any series has no wave to begin.
    const undated = rulesDataset({ sources: [source({ published: null })], figures: [figure({ as_of: "2026-01-20" })] });
    expect(check(undated)).toEqual([]);
    const loose = rulesDataset({ series: [], figures: [figure({ as_of: "2025-06-01" })] });
    expect(check(loose)).toEqual([]);
  });

  it("refuse a flag listed twice", () => {
    expect(check(rulesDataset({ figures: [figure({ flags: ["as_of_inferred", "restatement", "as_of_inferred"] })] }))).toEqual([
      "error data/series/erm-arrested.json $.figures[0].flags: lists a flag twice | list each flag once",
    ]);
  });

  describe("when organisations.json, sources.json or waves.json could not be read", () => {
    it("list the first 10 references to it, then count the rest in one line", () => {
      const figures = Array.from({ length: 11 }, (_, i) => figure({ id: `erm-arrested.${i}`, as_of: null }));
      const problems = check(rulesDataset({ organisations: [], figures }));
      expect(problems).toHaveLength(11);
      expect(problems[0]).toBe(
        'error data/series/erm-arrested.json $.series.organisation: unknown organisation "erm" | no organisation could be read from data/organisations.json: fix the errors reported for it first, or add the organisation there',
      );
      expect(problems[9]).toBe(
        'error data/series/erm-arrested.json $.figures[8].organisation: unknown organisation "erm" | no organisation could be read from data/organisations.json: fix the errors reported for it first, or add the organisation there',
      );
      expect(problems[10]).toBe(
        "error data/organisations.json $: 2 more references to organisations could not be checked (the first 10 are listed above) | no organisation could be read from data/organisations.json: fix the errors reported for it first, then run the validator again",
      );
    });

    it("say \"1 more reference\" for one past the first 10, and nothing more for exactly 10", () => {
      const figures = (n: number) => Array.from({ length: n }, (_, i) => figure({ id: `erm-arrested.${i}`, as_of: null }));
      const eleven = check(rulesDataset({ sources: [], figures: figures(11) }));
      expect(eleven.slice(10)).toEqual([
        "error data/sources.json $: 1 more reference to sources could not be checked (the first 10 are listed above) | no source could be read from data/sources.json: fix the errors reported for it first, then run the validator again",
      ]);
      expect(eleven[0]).toBe(
        'error data/series/erm-arrested.json $.figures[0].source: unknown source "erm-report" | no source could be read from data/sources.json: fix the errors reported for it first, or add the source there',
      );
      const ten = check(rulesDataset({ sources: [], figures: figures(10) }));
      expect(ten).toHaveLength(10);
      expect(ten.every((l) => l.includes('unknown source "erm-report"'))).toBe(true);
    });

    it("count unread waves apart from unread organisations", () => {
      const many = Array.from({ length: 11 }, (_, i) => series({ id: `s${i}`, label: "ERM: people arrested" }));
      const problems = check(rulesDataset({ waves: [], series: many, figures: [] }));
      expect(problems.filter((l) => l.startsWith("error data/waves.json"))).toEqual([
        "error data/waves.json $: 1 more reference to waves could not be checked (the first 10 are listed above) | no wave could be read from data/waves.json: fix the errors reported for it first, then run the validator again",
      ]);
      expect(problems[0]).toBe('error data/series/s0.json $.series.wave: unknown wave "wave-2026" | no wave could be read from data/waves.json: fix the errors reported for it first, or add the wave there');
      expect(problems).toHaveLength(11);
    });
  });
});
