import { describe, expect, it } from "vitest";
import { formatCount } from "./format-count.ts";
import { formatDateCached } from "./format-date.ts";
import { languageName } from "./language-name.ts";
import { persianDate } from "./persian-calendar.ts";

// The build keeps formatters and answers between calls: a kept answer must never leak into a
// call with another locale, style or value.
describe("kept formatters and answers", () => {
  it("formats one number differently per locale, whatever was asked first", () => {
    expect(formatCount(52941, "fa-IR")).toBe("۵۲٬۹۴۱");
    expect(formatCount(52941, "en-GB")).toBe("52,941");
    expect(formatCount(52941, "fa-IR")).toBe("۵۲٬۹۴۱");
    expect(formatCount(52942, "en-GB")).toBe("52,942");
  });
  it("keeps a day's long, short and Persian forms apart", () => {
    expect(formatDateCached("2026-02-11", "short")).toBe("11 Feb 2026");
    expect(formatDateCached("2026-02-11", "long")).toBe("11 February 2026");
    expect(formatDateCached("2026-02-11")).toBe("11 February 2026");
    expect(formatDateCached("2026-02-12", "short")).toBe("12 Feb 2026");
    // 22 Bahman 1404 is 11 February 2026.
    expect(formatDateCached("2026-02-11", "long", "fa-IR")).toBe("۲۲\u00a0بهمن\u00a0۱۴۰۴ (۱۱\u00a0فوریه\u00a0۲۰۲۶)");
  });
  it("names a language in the page's language", () => {
    expect(languageName("fa", "en-GB")).toBe("Persian");
    expect(languageName("fa", "fa-IR")).toBe("فارسی");
    expect(languageName("en", "en-GB")).toBe("English");
  });
  it("gives each day its own Persian date (Nowruz 1405 is 21 March 2026)", () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
    expect(persianDate(day("2026-03-21"))).toEqual({ year: 1405, month: 1, day: 1 });
    expect(persianDate(day("2026-03-20"))).toEqual({ year: 1404, month: 12, day: 29 });
    expect(persianDate(day("2026-03-21"))).toEqual({ year: 1405, month: 1, day: 1 });
  });
});
