import { describe, expect, it } from "vitest";
import { smallSite } from "../../tests/unit/small-site.ts";
import { claimContext } from "./claim-context.ts";

describe("the claim context of a page", () => {
  it("on an English page: English dates and numbers, the data's own names and units, every source document", () => {
    const { en } = smallSite();
    const c = claimContext(en);
    expect(c.locale).toBe("en-GB");
    expect(c.sources.get("weak-news")?.publisher).toBe("Weak News");
    expect(c.sources.size).toBe(10);
    expect(c.orgName(en.index.organisation.get("ihr")!)).toBe("IHR");
    expect(c.unitOf(en.index.series.get("ihr-killed-2026")!)).toEqual({ one: "person killed", other: "people killed" });
  });
  it("on a Persian page: Persian dates, translated names and units where translated, the English isolated elsewhere", () => {
    const { fa } = smallSite();
    const c = claimContext(fa);
    expect(c.locale).toBe("fa-IR");
    expect(c.orgName(fa.index.organisation.get("hrana")!)).toBe("هرانا");
    expect(c.orgName(fa.index.organisation.get("ihr")!)).toBe("\u2068IHR\u2069");
    expect(c.unitOf(fa.index.series.get("hrana-arrested-2026")!)).toEqual({ one: "نفر بازداشت‌شده", other: "نفر بازداشت‌شده" });
    expect(c.unitOf(fa.index.series.get("ihr-killed-2026")!)).toEqual({ one: "person killed", other: "people killed" });
  });
});
