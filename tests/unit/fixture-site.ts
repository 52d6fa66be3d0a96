/**
 * The small test dataset (tests/fixtures/valid: one wave, two series, no release), for unit
 * tests of build code that reads the site: siteFrom(FIXTURE) in a test, or useFixtureData()
 * before a test file's first loadSite(). No module is loaded again, so code that runs when a
 * module loads stays out of the tests' coverage (docs/TESTING.md).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { vi } from "vitest";

export const FIXTURE = fileURLToPath(new URL("../fixtures/valid", import.meta.url));

/** A copy of the test dataset with `edit` applied to its waves.json. */
export function fixtureCopy(edit: (waves: { waves: Array<Record<string, unknown>> }) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "fixture-site-"));
  cpSync(FIXTURE, dir, { recursive: true });
  const waves = JSON.parse(readFileSync(join(dir, "waves.json"), "utf8"));
  edit(waves);
  writeFileSync(join(dir, "waves.json"), JSON.stringify(waves));
  return dir;
}

/** Points loadSite() at the test dataset; it keeps the first site it loads for the whole test file. */
export function useFixtureData(): void {
  vi.stubEnv("DATA_DIR", FIXTURE);
  vi.stubEnv("RELEASES_PRERENDERED", "");
}
