import { describe, expect, it } from "vitest";
import { proposeMeasures, waveOn } from "./propose-series.ts";

describe("proposeMeasures", () => {
  it("proposes the measure the quote's words name, the most specific first", () => {
    expect(proposeMeasures("at least 26 protesters sentenced to death")[0]).toBe("sentenced_to_death");
    expect(proposeMeasures("53,104 individuals have been arrested")).toEqual(["arrested"]);
    expect(proposeMeasures("the death toll rose to 538")).toEqual(["killed"]);
    expect(proposeMeasures("دست‌کم ۵۳٬۵۰۰ نفر بازداشت شده‌اند")).toEqual(["arrested"]);
    expect(proposeMeasures("a statement")).toEqual([]);
  });
});

describe("waveOn", () => {
  const waves = [
    { id: "iran-2022-23", start: "2022-09-17" },
    { id: "iran-2025-26", start: "2025-12-28" },
  ];
  it("gives the latest wave begun on the day", () => {
    expect(waveOn("2026-01-10", waves)).toBe("iran-2025-26");
    expect(waveOn("2025-12-27", waves)).toBe("iran-2022-23");
    expect(waveOn("2025-12-28", waves)).toBe("iran-2025-26");
    expect(waveOn("2020-01-01", waves)).toBeNull();
  });
});
