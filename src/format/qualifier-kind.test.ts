import { describe, expect, it } from "vitest";
import { isApproximate, isLowerBound } from "./qualifier-kind.ts";

// How a chart draws a figure's marker: a floor ("this or more") or an approximate number.
describe("qualifier kinds", () => {
  it("draws at least and more than as floors, nothing else", () => {
    expect(["exact", "at_least", "more_than", "about", "nearly", "up_to", "estimated", "range"].filter((q) => isLowerBound(q as never))).toEqual(["at_least", "more_than"]);
  });
  it("draws about, nearly, up to and estimated as approximate, nothing else", () => {
    expect(["exact", "at_least", "more_than", "about", "nearly", "up_to", "estimated", "range"].filter((q) => isApproximate(q as never))).toEqual(["about", "nearly", "up_to", "estimated"]);
  });
});
