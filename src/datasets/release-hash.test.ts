import { describe, expect, it } from "vitest";
import { compareVersions, nextVersion } from "./release-hash.ts";

describe("compareVersions", () => {
  it("orders same-day releases by their suffix: the day's first, then .2, .3, … .10", () => {
    const versions = ["2026-11-29.10", "2026-11-30", "2026-11-29.2", "2026-11-29", "2026-11-29.3", "2025-12-31"];
    expect([...versions].sort(compareVersions)).toEqual(["2025-12-31", "2026-11-29", "2026-11-29.2", "2026-11-29.3", "2026-11-29.10", "2026-11-30"]);
  });
  it("says which of two versions is newer, and that a version equals itself", () => {
    expect(compareVersions("2026-11-29.2", "2026-11-29")).toBeGreaterThan(0);
    expect(compareVersions("2026-11-29", "2026-11-29.2")).toBeLessThan(0);
    expect(compareVersions("2026-11-30", "2026-11-29.9")).toBeGreaterThan(0);
    expect(compareVersions("2026-11-29.2", "2026-11-29.2")).toBe(0);
  });
});

describe("nextVersion", () => {
  it("is the bare date for a day's first release", () => {
    expect(nextVersion("2026-12-01", ["2026-11-29", "2026-11-29.2"])).toBe("2026-12-01");
  });
  it("adds .2 to the day's second release, and one more than the highest after that", () => {
    expect(nextVersion("2026-11-29", ["2026-11-28", "2026-11-29"])).toBe("2026-11-29.2");
    expect(nextVersion("2026-11-29", ["2026-11-29", "2026-11-29.9", "2026-11-29.2"])).toBe("2026-11-29.10");
  });
});
