import { describe, expect, it } from "vitest";
import { figure, lines, originsOf, rulesDataset, series, wave } from "../../tests/unit/rules-dataset.ts";
import type { Dataset } from "./dataset.ts";
import { factTextProblems } from "./fact-text-rules.ts";
import type { Translations } from "./schemas/translations.ts";

const check = (data: Dataset) => lines(factTextProblems(data, originsOf(data)));
const UNKNOWN_FIX = "use {figure:<id>} or {as_of:<id>} with the id of a figure in data/series/";
const HAND_FIX = "cite the figure that states it with {figure:<figure id>} (and its date with {as_of:<figure id>}), so the text cannot drift from the data";

const persian = (t: Partial<Translations> = {}): Translations => ({ organisations: {}, series: {}, waves: {}, ...t });

describe("prose in data/ cites figures and types no count by hand", () => {
  it("accepts a text citing a known figure and its date, with small numbers and years typed", () => {
    const data = rulesDataset({ waves: [wave({ summary: "By {as_of:erm-arrested.1}, ERM had counted {figure:erm-arrested.1} arrests in 12 cities since 2026." })] });
    expect(check(data)).toEqual([]);
  });

  it("names an unknown figure, a qualifier doubled by its placeholder and a typed count, each where it is", () => {
    const data = rulesDataset({
      waves: [
        wave({
          summary: "ERM counted {figure:erm-arrested.9}.",
          annotations: [
            { id: "a", start: "2026-01-02", label: "A", source: { document: "erm-report" } },
            { id: "b", start: "2026-01-03", label: "B", description: "At least {figure:erm-arrested.1} were held.", source: { document: "erm-report" } },
          ],
          statements: [{ id: "st", date: "2026-01-04", organisation: "erm", measure: "arrested", source: "erm-report", quote: "ERM said so.", summary: "ERM said 1,500 were held." }],
        }),
      ],
      series: [series({ caveats: ["Fine.", "Counts about 400 people twice."], definition: "Arrests since {as_of:gone}." })],
    });
    expect(check(data)).toEqual([
      `error data/waves.json $.waves[0].summary: cites unknown figure "erm-arrested.9" | ${UNKNOWN_FIX}`,
      'error data/waves.json $.waves[0].annotations[1].description: writes "At least" before a {figure:…} placeholder, which already says the figure\'s own qualifier ("At least At least …") | remove "At least": the placeholder is filled with the figure as its source qualifies it',
      `error data/waves.json $.waves[0].statements[0].summary: types the number "1,500" by hand | ${HAND_FIX}`,
      `error data/series/erm-arrested.json $.series.caveats[1]: types the number "400" by hand | ${HAND_FIX}`,
      `error data/series/erm-arrested.json $.series.definition: cites unknown figure "gone" | ${UNKNOWN_FIX}`,
    ]);
  });

  it("checks the translations' texts too, by their place in the translation file", () => {
    const data = rulesDataset({
      translations: {
        fa: persian({
          waves: {
            "wave-2026": {
              title: "موج",
              summary: "{figure:nope}",
              annotations: { a: { label: "الف" }, b: { label: "ب", description: "۵۰۰ نفر" } },
              statements: { st: { summary: "حدود {figure:erm-arrested.1} نفر" } },
            },
            "wave-2022": { title: "موج", summary: "بدون عدد" },
          },
          series: { "erm-arrested": { label: "برچسب", definition: "تعریف 300", caveats: ["هیچ", "{as_of:old}"] }, other: { label: "برچسب", definition: "تعریف" } },
        }),
      },
    });
    expect(check(data)).toEqual([
      `error data/translations/fa.json $.waves.wave-2026.summary: cites unknown figure "nope" | ${UNKNOWN_FIX}`,
      `error data/translations/fa.json $.waves.wave-2026.annotations.b.description: types the number "۵۰۰" by hand | ${HAND_FIX}`,
      'error data/translations/fa.json $.waves.wave-2026.statements.st.summary: writes "حدود" before a {figure:…} placeholder, which already says the figure\'s own qualifier ("حدود حدود …") | remove "حدود": the placeholder is filled with the figure as its source qualifies it',
      `error data/translations/fa.json $.series.erm-arrested.definition: types the number "300" by hand | ${HAND_FIX}`,
      `error data/translations/fa.json $.series.erm-arrested.caveats[1]: cites unknown figure "old" | ${UNKNOWN_FIX}`,
    ]);
  });

  it("names the usual files when a record's origin is not known", () => {
    const data = rulesDataset({
      waves: [wave({ summary: "{figure:x}" })],
      series: [series({ definition: "{figure:y}" })],
      figures: [figure()],
      translations: { fa: persian({ waves: { "wave-2026": { title: "موج", summary: "{figure:z}" } } }) },
    });
    expect(lines(factTextProblems(data, new WeakMap()))).toEqual([
      `error data/waves.json $.summary: cites unknown figure "x" | ${UNKNOWN_FIX}`,
      `error data/series $.definition: cites unknown figure "y" | ${UNKNOWN_FIX}`,
      `error data/translations/fa.json $.waves.wave-2026.summary: cites unknown figure "z" | ${UNKNOWN_FIX}`,
    ]);
  });
});
