import { describe, expect, it } from "vitest";
import { formatChange } from "./format-count.ts";
import { formatDateCompact, formatDateInBrackets, formatYear } from "./format-date.ts";
import { formatFigure, qualifierLabel } from "./format-figure.ts";

// 16 January 2026 is 26 Dey 1404 in the Solar Hijri calendar (format-figure.test.ts checks it against jalaali-js).
const nb = (s: string) => s.replace(/ /g, "\u00a0");

describe("date forms", () => {
  it("in brackets: the two Persian calendars joined by a comma, not nested brackets", () => {
    expect(formatDateInBrackets("2026-01-16")).toBe("16 January 2026");
    expect(formatDateInBrackets("2026-01-16", "long", "fa-IR")).toBe(`${nb("۲۶ دی ۱۴۰۴")}، ${nb("۱۶ ژانویه ۲۰۲۶")}`);
  });
  it("compact (chart ticks): only the Solar Hijri date in Persian", () => {
    expect(formatDateCompact("2026-01-16")).toBe("16 Jan 2026");
    expect(formatDateCompact("2026-01-16", "fa")).toBe(nb("۲۶ دی ۱۴۰۴"));
  });
  it("the year in the page's calendar and digits, without an era", () => {
    expect(formatYear(new Date("2026-01-16T00:00:00Z"))).toBe("2026");
    expect(formatYear(new Date("2026-01-16T00:00:00Z"), "fa")).toBe("۱۴۰۴");
    expect(formatYear(new Date("2026-03-21T00:00:00Z"), "fa-IR")).toBe("۱۴۰۵");
  });
});

describe("formatChange", () => {
  it("signs a change, with a true minus sign, and no sign for none", () => {
    expect(formatChange(1203)).toBe("+1,203");
    expect(formatChange(-5)).toBe("\u22125");
    expect(formatChange(0)).toBe("0");
    expect(formatChange(1203, "fa")).toBe("\u200e+۱٬۲۰۳");
  });
});

describe("qualifierLabel and hedged numbers", () => {
  it("names a qualifier for legends and tables in each language", () => {
    expect(qualifierLabel("at_least")).toBe("at least");
    expect(qualifierLabel("range", "fa")).toBe("بازه");
  });
  it("says 'perhaps' for a perhaps, even with a number attached, and 'possibly as many as' only with its number", () => {
    expect(formatFigure({ value: 300, qualifier: "exact", hedge: { kind: "perhaps", text: "perhaps", value: 400 } })).toBe("perhaps 300");
  });
});
