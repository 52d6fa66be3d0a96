import { describe, expect, it } from "vitest";
import { citedFigures, handTypedCounts, parseFactText } from "./fact-text.ts";

describe("parseFactText", () => {
  it("splits prose into text and the figures it cites, in order", () => {
    expect(parseFactText("HRANA counted {figure:h-1} by {as_of:h-1}.")).toEqual([{ text: "HRANA counted " }, { figure: "h-1", part: "figure" }, { text: " by " }, { figure: "h-1", part: "as_of" }, { text: "." }]);
    expect(parseFactText("{figure:a}{figure:b.2}")).toEqual([{ figure: "a", part: "figure" }, { figure: "b.2", part: "figure" }]);
    expect(parseFactText("no figure")).toEqual([{ text: "no figure" }]);
    expect(parseFactText("")).toEqual([]);
  });
  it("lists the cited figures, each time it is cited", () => {
    expect(citedFigures("{figure:a} and {as_of:a}, then {figure:b}")).toEqual(["a", "a", "b"]);
  });
});

describe("handTypedCounts", () => {
  it("finds counts typed by hand, in Latin, Persian or Arabic digits, with separators", () => {
    expect(handTypedCounts("at least 1,203 people and ۲٬۴۰۰ others, ٣٠٠ more")).toEqual(["1,203", "۲٬۴۰۰", "٣٠٠"]);
    expect(handTypedCounts("exactly 100 and 99")).toEqual(["100"]);
  });
  it("leaves years, durations, small numbers and placeholders alone", () => {
    expect(handTypedCounts("in 2026, in 1404 and 1300, since 1900 and 2099")).toEqual([]);
    expect(handTypedCounts("years 1899 and 2100 are counts here; so is 1500 and 1299")).toEqual(["1899", "2100", "1500", "1299"]);
    expect(handTypedCounts("more than 300 hours, ۴۸۰ ساعت, 120 days")).toEqual([]);
    expect(handTypedCounts("{figure:a-1000} for 22-year-old, day 27")).toEqual([]);
    expect(handTypedCounts("۱۴۰۴ and ۱۴۰۴۰")).toEqual(["۱۴۰۴۰"]);
  });
});
