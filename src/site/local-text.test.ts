import { describe, expect, it } from "vitest";
import type { Dataset } from "../datasets/dataset.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { Wave } from "../datasets/schemas/wave.ts";
import { buildSiteIndex } from "../domain/site-index.ts";
import { strings } from "../i18n/strings.ts";
import { localText } from "./local-text.ts";
import type { SiteContext } from "./site-context.ts";
import type { PageTranslations } from "./translations-for.ts";

// An English name inside Persian text is isolated (U+2068 … U+2069) so it does not reorder the sentence.
const iso = (s: string) => `\u2068${s}\u2069`;

const series = { id: "s", label: "Monitor: arrests", unit: { one: "arrest", other: "arrests" }, scope: "Tehran only", definition: "People arrested, {figure:f1} so far", caveats: ["Counts named people.", "May lag."] } as unknown as Series;
const unscoped = { ...series, id: "s2", scope: undefined } as unknown as Series;
const wave = {
  id: "w",
  title: "Protests of 2026",
  summary: "Began on 1 January.",
  annotations: [
    { id: "a", start: "2026-01-08", label: "Blackout", description: "Internet cut nationwide." },
    { id: "b", start: "2026-01-09", label: "Strike" },
    { id: "c", start: "2026-01-10", label: "Release", description: "Some were freed." },
  ],
  statements: [{ id: "st", summary: "Officials said many were freed." }],
} as unknown as Wave;
const untranslatedWave = { ...wave, id: "w2" } as unknown as Wave;
/** Translated, but only its title (a partial translation). */
const titledWave = { ...wave, id: "w3" } as unknown as Wave;
/** Translated, but only its label. */
const labelledSeries = { ...series, id: "s4" } as unknown as Series;
const org = { id: "o", name: "Example Monitor", short_name: "EM", counts: "arrests" } as unknown as Organisation;

const translations: PageTranslations = {
  organisations: { o: { name: "دیدبان نمونه" } },
  series: { s: { label: "دیدبان: بازداشت‌ها", unit: { one: "بازداشت", other: "بازداشت‌ها" }, caveats: ["فقط افراد نام‌برده."], definition: "بازداشت‌شدگان" }, s4: { label: "برچسب" } },
  waves: { w: { title: "اعتراضات ۲۰۲۶", annotations: { a: { label: "قطع اینترنت", description: "اینترنت قطع شد." } }, statements: {} }, w3: { title: "موج سوم" } },
  phrases: { AFP: "خبرگزاری فرانسه" },
};

function contextIn(locale: "en" | "fa"): SiteContext {
  const index = buildSiteIndex({ organisations: [], sources: [], waves: [], series: [], figures: [] } as unknown as Dataset);
  return { index, t: strings(locale), translations: locale === "fa" ? translations : undefined } as unknown as SiteContext;
}

describe("the data's own text on an English page", () => {
  it("is the English of data/, unmarked, with its figure placeholders filled", () => {
    const l = localText(contextIn("en"));
    expect(l.seriesLabel(series)).toBe("Monitor: arrests");
    expect(l.seriesUnit(series)).toEqual({ one: "arrest", other: "arrests" });
    expect(l.seriesScope(series)).toBe("Tehran only");
    expect(l.seriesScope(unscoped)).toBeUndefined();
    // The test data has no figure f1: the page says so rather than inventing a number.
    expect(l.seriesDefinition(series)).toBe("People arrested, [f1: not in this data] so far");
    expect(l.raw.seriesDefinition(series)).toEqual({ text: "People arrested, {figure:f1} so far" });
    expect(l.seriesCaveats(series)).toEqual(["Counts named people.", "May lag."]);
    expect(l.waveTitle(wave)).toBe("Protests of 2026");
    expect(l.waveSummary(wave)).toBe("Began on 1 January.");
    expect(l.raw.waveSummary(wave)).toEqual({ text: "Began on 1 January." });
    expect(l.annotationLabel(wave, wave.annotations[0])).toBe("Blackout");
    expect(l.annotationDescription(wave, wave.annotations[0])).toBe("Internet cut nationwide.");
    expect(l.statementSummary(wave, wave.statements![0])).toBe("Officials said many were freed.");
    expect([l.orgName(org), l.orgShort(org), l.orgCounts(org)]).toEqual(["Example Monitor", "EM", "arrests"]);
    expect(l.phrase("AFP")).toEqual({ text: "AFP" });
    expect(l.series(series)).toEqual(series);
  });

  it("gives no description to an event recorded without one", () => {
    const l = localText(contextIn("en"));
    expect(l.annotationDescription(wave, wave.annotations[1])).toBeUndefined();
    expect(l.raw.annotationDescription(wave, wave.annotations[1])).toBeUndefined();
  });
});

describe("the data's own text on a Persian page", () => {
  it("is the translation where there is one", () => {
    const l = localText(contextIn("fa"));
    expect(l.seriesLabel(series)).toBe("دیدبان: بازداشت‌ها");
    expect(l.seriesUnit(series)).toEqual({ one: "بازداشت", other: "بازداشت‌ها" });
    expect(l.seriesDefinition(series)).toBe("بازداشت‌شدگان");
    expect(l.waveTitle(wave)).toBe("اعتراضات ۲۰۲۶");
    expect(l.annotationLabel(wave, wave.annotations[0])).toBe("قطع اینترنت");
    expect(l.annotationDescription(wave, wave.annotations[0])).toBe("اینترنت قطع شد.");
    expect(l.orgName(org)).toBe("دیدبان نمونه");
    expect(l.phrase("AFP")).toEqual({ text: "خبرگزاری فرانسه" });
  });

  it("is the English original where there is none: prose marked as English, names isolated", () => {
    const l = localText(contextIn("fa"));
    expect(l.raw.seriesCaveats(series)).toEqual([{ text: "فقط افراد نام‌برده." }, { text: "May lag.", lang: "en" }]);
    expect(l.seriesCaveats(series)).toEqual(["فقط افراد نام‌برده.", iso("May lag.")]);
    expect(l.raw.waveSummary(wave)).toEqual({ text: "Began on 1 January.", lang: "en" });
    expect(l.waveSummary(wave)).toBe(iso("Began on 1 January."));
    expect(l.seriesScope(series)).toBe(iso("Tehran only"));
    expect(l.annotationLabel(wave, wave.annotations[1])).toBe(iso("Strike"));
    expect(l.statementSummary(wave, wave.statements![0])).toBe(iso("Officials said many were freed."));
    expect([l.orgShort(org), l.orgCounts(org)]).toEqual([iso("EM"), iso("arrests")]);
    expect(l.phrase("Reuters")).toEqual({ text: "Reuters", lang: "en" });
  });

  it("shows the English of records the translations do not mention at all", () => {
    const l = localText(contextIn("fa"));
    expect(l.seriesLabel(unscoped)).toBe(iso("Monitor: arrests"));
    expect(l.seriesUnit(unscoped)).toEqual({ one: "arrest", other: "arrests" });
    expect(l.raw.seriesDefinition(unscoped)).toEqual({ text: "People arrested, {figure:f1} so far", lang: "en" });
    expect(l.seriesCaveats(unscoped)).toEqual([iso("Counts named people."), iso("May lag.")]);
    expect(l.waveTitle(untranslatedWave)).toBe(iso("Protests of 2026"));
    expect(l.raw.annotationDescription(untranslatedWave, wave.annotations[0])).toEqual({ text: "Internet cut nationwide.", lang: "en" });
    expect(l.annotationLabel(untranslatedWave, wave.annotations[0])).toBe(iso("Blackout"));
    expect(l.statementSummary(untranslatedWave, wave.statements![0])).toBe(iso("Officials said many were freed."));
    expect(l.waveSummary(untranslatedWave)).toBe(iso("Began on 1 January."));
    expect(l.seriesScope({ ...series, id: "s3" })).toBe(iso("Tehran only"));
    const o2 = { ...org, id: "o2" };
    expect([l.orgName(o2), l.orgShort(o2), l.orgCounts(o2)]).toEqual([iso("Example Monitor"), iso("EM"), iso("arrests")]);
  });

  it("shows the English of the fields a partial translation leaves out", () => {
    const l = localText(contextIn("fa"));
    expect(l.seriesLabel(labelledSeries)).toBe("برچسب");
    expect(l.seriesCaveats(labelledSeries)).toEqual([iso("Counts named people."), iso("May lag.")]);
    expect(l.waveTitle(titledWave)).toBe("موج سوم");
    expect(l.annotationLabel(titledWave, wave.annotations[0])).toBe(iso("Blackout"));
    expect(l.annotationDescription(titledWave, wave.annotations[0])).toBe(iso("Internet cut nationwide."));
    expect(l.statementSummary(titledWave, wave.statements![0])).toBe(iso("Officials said many were freed."));
    // An event of a translated wave whose own translation is missing.
    expect(l.raw.annotationDescription(wave, wave.annotations[2])).toEqual({ text: "Some were freed.", lang: "en" });
    expect(l.annotationLabel(wave, wave.annotations[2])).toBe(iso("Release"));
  });

  it("hands the chart model records with their shown names swapped in, the rest unchanged", () => {
    const l = localText(contextIn("fa"));
    expect(l.series(series)).toEqual({ ...series, label: "دیدبان: بازداشت‌ها", unit: { one: "بازداشت", other: "بازداشت‌ها" } });
    expect(l.series(unscoped)).toEqual({ ...unscoped, label: iso("Monitor: arrests"), unit: { one: "arrest", other: "arrests" } });
    expect(l.organisation(org)).toEqual({ ...org, name: "دیدبان نمونه", short_name: iso("EM") });
    expect(l.annotations(wave)).toEqual([
      { ...wave.annotations[0], label: "قطع اینترنت", description: "اینترنت قطع شد." },
      { ...wave.annotations[1], label: iso("Strike"), description: undefined },
      { ...wave.annotations[2], label: iso("Release"), description: iso("Some were freed.") },
    ]);
  });
});
