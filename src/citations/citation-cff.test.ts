import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { citationCff } from "./citation-cff.ts";
import { DASHBOARD_NAME } from "./citation.ts";

const ROOT = join(import.meta.dirname, "../..");

describe("CITATION.cff", () => {
  it("parses as YAML with the release, the site's author and the permanent address from SITE_URL", () => {
    const cff = parse(citationCff({ version: "2027-01-15", date: "2027-01-15", origin: "https://detainees.test/" }));
    expect(cff).toMatchObject({ "cff-version": "1.2.0", type: "dataset", version: "2027-01-15", "date-released": "2027-01-15", url: "https://detainees.test/v/2027-01-15/" });
    expect(cff.authors).toEqual([{ name: DASHBOARD_NAME }]);
    expect(cff.identifiers[0].value).toBe("https://detainees.test/");
  });
  it("has no URL at all when the release was made without SITE_URL, never a placeholder", () => {
    const cff = parse(citationCff({ version: "2027-01-15", date: "2027-01-15", origin: null }));
    expect(cff.url).toBeUndefined();
    expect(cff.identifiers).toBeUndefined();
  });
  it("the committed file names the newest release in data/releases/manifest.json", () => {
    const cff = parse(readFileSync(join(ROOT, "CITATION.cff"), "utf8"));
    const manifest = JSON.parse(readFileSync(join(ROOT, "data/releases/manifest.json"), "utf8")) as { releases: Array<{ version: string }> };
    expect(cff.version).toBe(manifest.releases.at(-1)!.version);
    expect(cff.authors).toEqual([{ name: DASHBOARD_NAME }]);
    expect(String(cff.url ?? "")).not.toMatch(/example\.org/);
  });
});
