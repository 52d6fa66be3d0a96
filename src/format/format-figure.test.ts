import { describe, expect, it } from "vitest";
import { formatFigure } from "./format-figure.ts";
import { isLowerBound } from "./qualifier-kind.ts";
import { formatCount } from "./format-count.ts";
import { daysBetween, formatDate } from "./format-date.ts";

describe("formatFigure", () => {
  it("says a lower bound as 'at least'", () => expect(formatFigure({ value: 52941, qualifier: "at_least" })).toBe("at least 52,941"));
  it("says an exact count with no qualifier", () => expect(formatFigure({ value: 2217, qualifier: "exact" })).toBe("2,217"));
  it("says a range with both bounds", () => expect(formatFigure({ low: 10000, high: 12000, qualifier: "range" })).toBe("between 10,000 and 12,000"));
  it("says an approximation as 'about'", () => expect(formatFigure({ value: 3000, qualifier: "about" })).toBe("about 3,000"));
  it("treats 'more than' as a lower bound but not 'nearly'", () => {
    expect(isLowerBound("more_than")).toBe(true);
    expect(isLowerBound("nearly")).toBe(false);
  });
});

describe("formatFigure in Persian", () => {
  // Persian digits and separators, and the qualifier words a Persian reader expects before the number.
  it("says 'at least' as دست‌کم", () => expect(formatFigure({ value: 52941, qualifier: "at_least" }, "fa")).toBe("دست‌کم ۵۲٬۹۴۱"));
  it("says 'about' and 'more than'", () => {
    expect(formatFigure({ value: 3000, qualifier: "about" }, "fa")).toBe("حدود ۳٬۰۰۰");
    expect(formatFigure({ value: 300, qualifier: "more_than" }, "fa")).toBe("بیش از ۳۰۰");
  });
  it("says a range with both bounds", () => expect(formatFigure({ low: 10000, high: 12000, qualifier: "range" }, "fa")).toBe("بین ۱۰٬۰۰۰ و ۱۲٬۰۰۰"));
});

describe("formatFigure with hedges", () => {
  it("says a reporter's 'reportedly'", () => {
    expect(formatFigure({ value: 40, qualifier: "exact", hedge: { kind: "reportedly", text: "reportedly" } })).toBe("reportedly 40");
  });
  it("says a figure with bounds but no value as a range, whatever its qualifier", () => {
    expect(formatFigure({ low: 10, high: 20, qualifier: "about" })).toBe("between 10 and 20");
    expect(formatFigure({ value: 15, low: 10, high: 20, qualifier: "range" })).toBe("between 10 and 20");
  });
  it("keeps the claimant's hedge around the figure", () => {
    expect(formatFigure({ value: 300, qualifier: "more_than", hedge: { kind: "perhaps", text: "perhaps" } })).toBe("perhaps more than 300");
    expect(formatFigure({ value: 12000, qualifier: "at_least", hedge: { kind: "possibly_as_many_as", text: "possibly as many as 20,000", value: 20000 } })).toBe("at least 12,000, possibly as many as 20,000");
  });
});

describe("formatCount", () => {
  it("never rounds", () => expect(formatCount(10681)).toBe("10,681"));
  it("uses Persian digits in Persian", () => expect(formatCount(1203, "fa")).toBe("۱٬۲۰۳"));
});

describe("formatDate", () => {
  it("formats a day in UTC whatever the machine's zone", () => expect(formatDate("2026-02-11")).toBe("11 February 2026"));
  it("has a short form", () => expect(formatDate("2026-01-08", "short")).toBe("8 Jan 2026"));
  it("writes a Persian date in both calendars, held together, with one form of each month name (issue 12)", () => {
    const nb = (s: string) => s.replace(/ /g, "\u00a0");
    // 26 Dey 1404 is 16 January 2026 (checked by the Persian review against jalaali-js).
    expect(formatDate("2026-01-16", "long", "fa-IR")).toBe(`${nb("۲۶ دی ۱۴۰۴")} (${nb("۱۶ ژانویه ۲۰۲۶")})`);
    expect(formatDate("2026-01-16", "short", "fa-IR")).toBe(`${nb("۲۶ دی ۱۴۰۴")} (${nb("۱۶ ژانویه ۲۰۲۶")})`);
    // 20 March 2025 is 30 Esfand 1403, a leap year.
    expect(formatDate("2025-03-20", "long", "fa-IR")).toBe(`${nb("۳۰ اسفند ۱۴۰۳")} (${nb("۲۰ مارس ۲۰۲۵")})`);
  });
  it("counts days between ISO days", () => expect(daysBetween("2025-12-28", "2026-01-11")).toBe(14));
});
