import { describe, expect, it } from "vitest";
import { dodge, stackRows, textWidth, wrapWords } from "./label-layout.ts";

describe("textWidth", () => {
  it("grows with the text and the font", () => {
    expect(textWidth("HRANA", 12)).toBeGreaterThan(textWidth("IHR", 12));
    expect(textWidth("HRANA", 24)).toBe(2 * textWidth("HRANA", 12));
  });
  it("measures each kind of character at its own width, in ems of the font size", () => {
    // M 0.9, W 0.9, other capitals 0.78, m and w 0.92, digits 0.64, narrow letters 0.4, spaces 0.32, other 0.62, Persian 0.7.
    expect(textWidth("MW", 10)).toBeCloseTo(18, 6);
    expect(textWidth("Ab1 i", 10)).toBeCloseTo(27.6, 6);
    expect(textWidth("mw", 10)).toBeCloseTo(18.4, 6);
    expect(textWidth("a\u00a0b", 10)).toBeCloseTo(15.6, 6);
    expect(textWidth("بی۱", 10)).toBeCloseTo(21, 6);
  });
  it("gives joiners and isolates no width", () => expect(textWidth("بی\u200cنام", 12)).toBe(textWidth("بینام", 12)));
});

describe("wrapWords", () => {
  it("keeps words whole and lines within the width where a word fits", () => {
    const lines = wrapWords("UN Fact-Finding Mission on Iran", 80, 12);
    expect(lines.join(" ")).toBe("UN Fact-Finding Mission on Iran");
    for (const l of lines) if (l.includes(" ")) expect(textWidth(l, 12)).toBeLessThanOrEqual(80);
  });
  it("keeps a line exactly as wide as the room on one line", () => {
    expect(wrapWords("ab cd", textWidth("ab cd", 10), 10)).toEqual(["ab cd"]);
  });
  it("ignores runs of spaces, and gives one empty line for no words", () => {
    expect(wrapWords("  HRANA   IHR ", 1000, 12)).toEqual(["HRANA IHR"]);
    expect(wrapWords("   ", 80, 12)).toEqual([""]);
  });
  it("never cuts a word longer than the width", () => expect(wrapWords("Secretary-General", 40, 12)).toEqual(["Secretary-General"]));
});

describe("dodge", () => {
  it("leaves boxes that do not touch where they are", () => expect(dodge([{ y: 0, height: 10 }, { y: 50, height: 10 }], 0, 100)).toEqual([0, 50]));
  it("pushes overlapping boxes apart, keeping their order", () => {
    const tops = dodge([{ y: 20, height: 10 }, { y: 22, height: 10 }, { y: 21, height: 10 }], 0, 100, 2);
    const sorted = [...tops].sort((a, b) => a - b);
    sorted.slice(1).forEach((t, i) => expect(t - sorted[i]).toBeGreaterThanOrEqual(12));
    expect(tops[0]).toBeLessThan(tops[2]);
    expect(tops[2]).toBeLessThan(tops[1]);
  });
  it("keeps boxes wanted at the same place in their input order", () => expect(dodge([{ y: 10, height: 10 }, { y: 10, height: 10 }], 0, 100, 2)).toEqual([10, 22]));
  it("moves two boxes past the bottom edge up just enough, 2 apart", () => {
    // The second goes to 100 − 10 = 90, the first to 90 − 2 − 10 = 78.
    expect(dodge([{ y: 95, height: 10 }, { y: 96, height: 10 }], 0, 100, 2)).toEqual([78, 90]);
  });
  it("stacks boxes that cannot all fit from the top edge down", () => {
    expect(dodge([{ y: 0, height: 10 }, { y: 1, height: 10 }, { y: 2, height: 10 }], 0, 20, 2)).toEqual([0, 12, 24]);
  });
  it("pulls boxes back inside the bottom edge", () => {
    const tops = dodge([{ y: 95, height: 10 }, { y: 96, height: 10 }], 0, 100, 2);
    expect(Math.max(...tops) + 10).toBeLessThanOrEqual(100);
    expect(Math.abs(tops[0] - tops[1])).toBeGreaterThanOrEqual(12);
  });
});

describe("stackRows", () => {
  it("puts overlapping intervals in separate rows and reuses a row with room", () => {
    expect(stackRows([[0, 50], [40, 90], [60, 100], [120, 130]], 4)).toEqual([0, 1, 0, 0]);
  });
  it("shares a row between intervals exactly the gap apart, on either side", () => {
    expect(stackRows([[0, 10], [14, 20]], 4)).toEqual([0, 0]);
    expect(stackRows([[14, 20], [0, 10]], 4)).toEqual([0, 0]);
    expect(stackRows([[0, 10], [13, 20]], 4)).toEqual([0, 1]);
  });
  it("never puts an interval in a row where it overlaps any earlier one", () => {
    expect(stackRows([[100, 200], [0, 50], [40, 120]], 4)).toEqual([0, 0, 1]);
  });
});
