import { describe, expect, it } from "vitest";
import { dodge, stackRows, textWidth, wrapWords } from "./label-layout.ts";

describe("textWidth", () => {
  it("grows with the text and the font", () => {
    expect(textWidth("HRANA", 12)).toBeGreaterThan(textWidth("IHR", 12));
    expect(textWidth("HRANA", 24)).toBe(2 * textWidth("HRANA", 12));
  });
  it("gives joiners and isolates no width", () => expect(textWidth("بی\u200cنام", 12)).toBe(textWidth("بینام", 12)));
});

describe("wrapWords", () => {
  it("keeps words whole and lines within the width where a word fits", () => {
    const lines = wrapWords("UN Fact-Finding Mission on Iran", 80, 12);
    expect(lines.join(" ")).toBe("UN Fact-Finding Mission on Iran");
    for (const l of lines) if (l.includes(" ")) expect(textWidth(l, 12)).toBeLessThanOrEqual(80);
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
  it("never puts an interval in a row where it overlaps any earlier one", () => {
    expect(stackRows([[100, 200], [0, 50], [40, 120]], 4)).toEqual([0, 0, 1]);
  });
});
