import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { releaseHash } from "../../src/datasets/release-hash.ts";

// Released files never change: recompute every committed release's hash from its bytes.
const dir = join(import.meta.dirname, "../../data/releases");
const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "manifest.json");

describe("committed releases", () => {
  it("exist (the first release has been made)", () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(`${file} still has the hash it was released with`, () => {
      const release = JSON.parse(readFileSync(join(dir, file), "utf8"));
      expect(releaseHash(release)).toBe(release.sha256);
      expect(file).toBe(`${release.version}.json`);
    });
  }
});

describe("CITATION.cff", () => {
  it("names the latest release as its version", () => {
    const latest = files.map((f) => f.replace(/\.json$/, "")).sort().at(-1);
    const cff = readFileSync(join(import.meta.dirname, "../../CITATION.cff"), "utf8");
    expect(/^version: "([^"]+)"$/m.exec(cff)?.[1]).toBe(latest);
  });
});
