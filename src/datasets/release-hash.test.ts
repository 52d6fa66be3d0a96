import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Release } from "./schemas/release.ts";
import { compareVersions, nextVersion, releaseHash } from "./release-hash.ts";

describe("releaseHash", () => {
  it("is the SHA-256 of every field but the hash, keys sorted, without whitespace", () => {
    const release = { version: "2026-11-29", schema_version: 1, sha256: "0".repeat(64), summary: "First", previous: null } as unknown as Release;
    const expected = createHash("sha256").update('{"previous":null,"schema_version":1,"summary":"First","version":"2026-11-29"}').digest("hex");
    expect(releaseHash(release)).toBe(expected);
    expect(releaseHash({ ...release, sha256: "f".repeat(64) })).toBe(expected);
  });
});

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
    expect(compareVersions("2026-11-29", "2026-11-29")).toBe(0);
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
