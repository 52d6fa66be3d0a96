import { describe, expect, it } from "vitest";
import { lines, organisation, originsOf, rulesDataset, series, source, wave } from "../../tests/unit/rules-dataset.ts";
import type { Dataset } from "./dataset.ts";
import type { Translations } from "./schemas/translations.ts";
import { translationProblems } from "./translation-rules.ts";

const FA = "data/translations/fa.json";
const ISOLATE_FIX = (first: string) => `wrap each in \\u2068 … \\u2069 (first-strong isolate … pop directional isolate), e.g. "\\u2068${first}\\u2069"`;

/** A complete Persian translation of rulesDataset(): every record, no Latin left bare. */
const persian = (t: Partial<Translations> = {}): Translations => ({
  organisations: { erm: { name: "Example Rights Monitor", short_name: "ERM", counts: "شمارش‌های ساختگی برای آزمون." } },
  series: { "erm-arrested": { label: "بازداشت‌شدگان", definition: "بازداشت‌شدگان از آغاز موج.", caveats: [] } },
  waves: { "wave-2026": { title: "موج ۲۰۲۶", summary: "موجی ساختگی." } },
  ...t,
});
const check = (tr: Translations, d: Partial<Dataset> = {}, locale = "fa", releases: Parameters<typeof translationProblems>[2] = []) => {
  const data = rulesDataset({ ...d, translations: { [locale]: tr } });
  return lines(translationProblems(data, originsOf(data), releases));
};

describe("translations of the data", () => {
  it("accept a translation of every record whose Latin names are exempt or isolated", () => {
    expect(check(persian())).toEqual([]);
    expect(check(persian({ waves: { "wave-2026": { title: "موج", summary: "به گزارش \u2068ERM\u2069، {figure:erm-arrested.1} نفر." } } }))).toEqual([]);
  });

  it("name a translated record that does not exist, of each kind", () => {
    const tr = persian({
      organisations: { ...persian().organisations, hrana: { name: "هرانا", short_name: "هرانا", counts: "شمارش" } },
      series: { ...persian().series, "old-series": { label: "برچسب", definition: "تعریف" } },
      waves: { ...persian().waves, "wave-2019": { title: "موج", summary: "خلاصه" } },
    });
    expect(check(tr)).toEqual([
      `error ${FA} $.organisations.hrana: translates unknown organisations "hrana" | correct the id, or remove the entry`,
      `error ${FA} $.series.old-series: translates unknown series "old-series" | correct the id, or remove the entry`,
      `error ${FA} $.waves.wave-2019: translates unknown waves "wave-2019" | correct the id, or remove the entry`,
    ]);
  });

  it("warn of each record left untranslated: its page falls back to English", () => {
    expect(check({ organisations: {}, series: {}, waves: {} })).toEqual([
      `warning ${FA} $.organisations: no fa translation for organisations "erm" | add "erm" so fa pages do not fall back to English`,
      `warning ${FA} $.series: no fa translation for series "erm-arrested" | add "erm-arrested" so fa pages do not fall back to English`,
      `warning ${FA} $.waves: no fa translation for waves "wave-2026" | add "wave-2026" so fa pages do not fall back to English`,
    ]);
  });

  it("keep one caveat per caveat", () => {
    const tr = persian({ series: { "erm-arrested": { label: "بازداشت‌شدگان", definition: "تعریف", caveats: ["یک"] } } });
    expect(check(tr, { series: [series({ caveats: ["One.", "Two."] })] })).toEqual([`error ${FA} $.series.erm-arrested.caveats: has 1 caveats, the series has 2 | translate each caveat once, in the same order`]);
    expect(check(tr, { series: [series({ caveats: ["One."] })] })).toEqual([]);
    // No caveats translated: the page shows the English ones.
    expect(check(persian({ series: { "erm-arrested": { label: "بازداشت‌شدگان", definition: "تعریف" } } }), { series: [series({ caveats: ["One."] })] })).toEqual([]);
  });

  it("find bare Latin runs in right-to-left text, by JSON path, outside names of organisations and placeholders", () => {
    const tr = persian({
      $schema: "../../schema/translations.schema.json",
      organisations: { erm: { name: "Example Rights Monitor", short_name: "ERM", counts: "شمارش ERM" } },
      series: { "erm-arrested": { label: "بازداشت‌شدگان", definition: "تعریف", caveats: ["بدون لاتین", "فایل CSV و JSON"] } },
    });
    expect(check(tr, { series: [series({ caveats: ["No Latin.", "CSV and JSON files"] })] })).toEqual([
      `error ${FA} $.organisations.erm.counts: has Latin text not isolated from the right-to-left text around it: "ERM" | ${ISOLATE_FIX("ERM")}`,
      `error ${FA} $.series.erm-arrested.caveats[1]: has Latin text not isolated from the right-to-left text around it: "CSV", "JSON" | ${ISOLATE_FIX("CSV")}`,
    ]);
  });

  it("check Arabic, Hebrew and Urdu for bare Latin too, and leave left-to-right languages alone", () => {
    const tr = persian({ waves: { "wave-2026": { title: "موج", summary: "به گزارش ERM" } } });
    for (const locale of ["ar", "he", "ur"])
      expect(check(tr, {}, locale)).toEqual([
        `error data/translations/${locale}.json $.waves.wave-2026.summary: has Latin text not isolated from the right-to-left text around it: "ERM" | ${ISOLATE_FIX("ERM")}`,
      ]);
    expect(check(tr, {}, "de")).toEqual([]);
  });

  describe("phrases", () => {
    it("translate only words a page shows: a publisher, or who reported an event, now or in a release", () => {
      const reported = wave({ annotations: [{ id: "cut", start: "2026-01-08", label: "Cut", source: { reported_by: "A Telegram channel", citation_incomplete: true } }] });
      const tr = persian({ phrases: { "Example Rights Monitor": "دیده‌بان", "A Telegram channel": "یک کانال تلگرام", "Old Publisher": "ناشر قدیم", "Old reporter": "گزارشگر قدیم" } });
      const release = { data: { sources: [source({ publisher: "Old Publisher" })], waves: [wave({ annotations: [{ id: "x", start: "2026-01-02", label: "X", source: { reported_by: "Old reporter", citation_incomplete: true } }] })] } };
      expect(check(tr, { waves: [reported] }, "fa", [release])).toEqual([]);
      expect(check(tr, { waves: [reported] })).toEqual([
        `error ${FA} $.phrases["Old Publisher"]: translates words no page shows (not a publisher as recorded in sources.json, nor who reported an event) | copy the English exactly from data/sources.json (publisher) or waves.json (reported_by), or remove the entry`,
        `error ${FA} $.phrases["Old reporter"]: translates words no page shows (not a publisher as recorded in sources.json, nor who reported an event) | copy the English exactly from data/sources.json (publisher) or waves.json (reported_by), or remove the entry`,
      ]);
    });

    it("are asked for once for each publisher recorded with a gloss, which its source page shows", () => {
      const sources = [
        source({ publisher: "CNA (AFP)" }),
        source({ id: "b", url: "https://example.org/b", publisher: "CNA (AFP)" }),
        source({ id: "c", url: "https://example.org/c", publisher: "Hengaw — Kurdish rights group" }),
        source({ id: "d", url: "https://example.org/d", publisher: "Iran International, London" }),
        source({ id: "e", url: "https://example.org/e", publisher: "Example (Rights), Monitor" }),
        source({ id: "f", url: "https://example.org/f", publisher: "Plain-Publisher,Inc(x)" }),
      ];
      const need = (p: string) => `warning ${FA} $.phrases: no fa translation for publisher "${p}" | add "${p}" to phrases so fa source pages do not show it in English`;
      expect(check(persian({ phrases: { "Example (Rights), Monitor": "نمونه" } }), { sources })).toEqual([need("CNA (AFP)"), need("Hengaw — Kurdish rights group"), need("Iran International, London")]);
      expect(check(persian(), { sources: [source({ publisher: "CNA (AFP)" })] })).toEqual([need("CNA (AFP)")]);
    });
  });

  it("name a translated annotation its wave does not have", () => {
    const w = wave({ annotations: [{ id: "cut", start: "2026-01-08", label: "Cut", source: { document: "erm-report" } }] });
    const tr = persian({ waves: { "wave-2026": { title: "موج", summary: "خلاصه", annotations: { cut: { label: "قطع" }, strike: { label: "اعتصاب" } } } } });
    expect(check(tr, { waves: [w] })).toEqual([`error ${FA} $.waves.wave-2026.annotations.strike: translates unknown annotation "strike" | correct the id, or remove the entry`]);
  });

  it("name the translation file by its locale when its origin is not known", () => {
    const data = rulesDataset({ organisations: [organisation({ id: "erm" })], translations: { ur: persian({ organisations: {} }) } });
    expect(lines(translationProblems(data, new WeakMap()))).toEqual([
      'warning data/translations/ur.json $.organisations: no ur translation for organisations "erm" | add "erm" so ur pages do not fall back to English',
    ]);
  });
});
