import { describe, expect, it } from "vitest";
import { smallDataset, smallSite } from "../../tests/unit/small-site.ts";
import { figureDescription, seriesDescription } from "./page-descriptions.ts";

describe("a figure page's description", () => {
  it("says who claimed what number, counting what, as of when", () => {
    const { en } = smallSite();
    expect(figureDescription(en, "hrana-a-6")).toBe("HRANA counted at least 1,500 people arrested (as of 6 January 2026).");
    expect(figureDescription(en, "judiciary-a-8")).toBe("Judiciary estimated about 3,000 people arrested, as reported by Mizan (as of 8 January 2026).");
  });
  it("describes the figure alone, not the series' latest claim", () => {
    const { en } = smallSite();
    // The series' latest day (9 Jan) has two numbers; the 3 Jan figure is described on its own.
    expect(figureDescription(en, "hrana-a-3")).toBe("HRANA counted at least 1,200 people arrested (as of 3 January 2026).");
  });
  it("says an undated figure's publication day and its weak source", () => {
    const { en } = smallSite();
    expect(figureDescription(en, "ihr-k-undated")).toBe("IHR counted 55 people killed, as reported by Weak News (no as-of date given, published 9 January 2026), from a weak source.");
  });
  it("falls back to what the series counts for a figure that cannot be placed on any day", () => {
    const data = smallDataset();
    data.sources.push({ id: "undated-doc", title: "Undated", publisher: "IHR", url: "https://example.org/u", published: null, accessed: null, language: "en", kind: "report" });
    data.figures.push({ ...data.figures.find((f) => f.id === "ihr-k-5")!, id: "ihr-k-nowhen", as_of: null, source: "undated-doc" });
    expect(figureDescription(smallSite(data).en, "ihr-k-nowhen")).toBe("Definition of ihr-killed-2026.");
  });
  it("is written in Persian on a Persian page", () => {
    const { fa } = smallSite();
    expect(figureDescription(fa, "hrana-a-6")).toBe("به شمارش هرانا، دست‌کم ۱٬۵۰۰ نفر بازداشت‌شده تا ۱۶\u00a0دی\u00a0۱۴۰۴ (۶\u00a0ژانویه\u00a0۲۰۲۶).");
  });
});

describe("a series page's description", () => {
  it("gives the series' latest claim, every number of that day, then what the series counts", () => {
    const { en } = smallSite();
    expect(seriesDescription(en, en.index.series.get("hrana-arrested-2026")!)).toBe(
      "HRANA gave 2 different figures for people arrested on 9 January 2026: 2,000; about 2,500. Definition of hrana-arrested-2026.",
    );
    expect(seriesDescription(en, en.index.series.get("hrana-arrested-2022")!)).toBe("HRANA counted at least 300 people arrested (as of 1 October 2022). Definition of hrana-arrested-2022.");
  });
  it("is only the definition for a series with no figure yet", () => {
    const data = smallDataset();
    data.series.push({ ...data.series[0]!, id: "empty-series", definition: "Nothing counted yet." });
    const { en } = smallSite(data);
    expect(seriesDescription(en, en.index.series.get("empty-series")!)).toBe("Nothing counted yet.");
  });
  it("marks an untranslated unit and definition as English on a Persian page", () => {
    const { fa } = smallSite();
    expect(seriesDescription(fa, fa.index.series.get("hrana-arrested-2022")!)).toBe(
      "به شمارش هرانا، دست‌کم ۳۰۰ \u2068people arrested\u2069 تا ۹\u00a0مهر\u00a0۱۴۰۱ (۱\u00a0اکتبر\u00a0۲۰۲۲). \u2068Definition of hrana-arrested-2022.\u2069",
    );
  });
});
