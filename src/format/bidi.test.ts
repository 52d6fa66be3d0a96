import { describe, expect, it } from "vitest";
import { isIsolateMark, isolate, isolateLatinRuns } from "./bidi.ts";
import { isolateLatinIn } from "../i18n/isolate-latin-in.ts";

const F = "\u2068";
const P = "\u2069";

describe("isolating left-to-right runs in Persian text", () => {
  it("isolates names only when they hold Latin letters or digits", () => {
    expect(isolate("MENAFN")).toBe(`${F}MENAFN${P}`);
    expect(isolate("هرانا")).toBe("هرانا");
  });
  it("isolates each Latin run, leaving a final full stop outside and Persian untouched", () => {
    expect(isolateLatinRuns("همه ارقام (CSV).")).toBe(`همه ارقام (${F}CSV${P}).`);
    expect(isolateLatinRuns("مطابق RFC 4180، با کدگذاری UTF-8.")).toBe(`مطابق ${F}RFC 4180${P}، با کدگذاری ${F}UTF-8${P}.`);
    expect(isolateLatinRuns("نشانی /downloads/latest/<file> همیشه")).toBe(`نشانی ${F}/downloads/latest/<file>${P} همیشه`);
    expect(isolateLatinRuns("منبع هر کدام:\nhttps://example.org/fa/#home-detainees")).toBe(`منبع هر کدام:\n${F}https://example.org/fa/#home-detainees${P}`);
  });
  it("leaves text already isolated as it is", () => {
    const once = isolateLatinRuns("منبع: MENAFN");
    expect(isolateLatinRuns(once)).toBe(once);
    expect(isolateLatinRuns(`به گزارش ${F}Iran International${P}`)).toBe(`به گزارش ${F}Iran International${P}`);
  });
  it("applies to a whole string table, functions included, but not to codes", () => {
    const t = isolateLatinIn({ intlLocale: "fa-IR", csv: "CSV", deep: { sources: (n: number) => ({ text: `منابع (${n} PDF)` }) } }, new Set(["intlLocale"]));
    expect(t.intlLocale).toBe("fa-IR");
    expect(t.csv).toBe(`${F}CSV${P}`);
    expect(t.deep.sources(2)).toEqual({ text: `منابع (${F}2 PDF${P})` });
  });
});

describe("isIsolateMark", () => {
  it("is true for the three isolate openers and their closer, which take no room when drawn, and for nothing else", () => {
    expect(["\u2068", "\u2066", "\u2067", "\u2069"].map(isIsolateMark)).toEqual([true, true, true, true]);
    expect(["\u200e", "\u200f", "\u202a", "a", " ", "۱"].some(isIsolateMark)).toBe(false);
  });
  it("leaves every trailing full stop, comma, colon or semicolon of a Latin run outside its isolate", () => {
    expect(isolateLatinRuns("در قالب CSV.:")).toBe("در قالب \u2068CSV\u2069.:");
  });
});
