/**
 * The small test dataset (tests/fixtures/valid: one wave, two series, no release) as the build
 * loads it, for unit tests of build code that reads the site through loadSite(). loadSite reads
 * DATA_DIR on its first call and keeps the result, so each call here loads fresh modules: a test
 * imports what it checks (dynamically) after calling it, and gets the same loadSite.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { vi } from "vitest";

export const FIXTURE = fileURLToPath(new URL("../fixtures/valid", import.meta.url));

/** Points the build at the test dataset, or at a copy of it with `edit` applied to its waves.json. */
export function useFixtureSite(edit?: (waves: { waves: Array<Record<string, unknown>> }) => void): void {
  let dir = FIXTURE;
  if (edit) {
    dir = mkdtempSync(join(tmpdir(), "fixture-site-"));
    cpSync(FIXTURE, dir, { recursive: true });
    const waves = JSON.parse(readFileSync(join(dir, "waves.json"), "utf8"));
    edit(waves);
    writeFileSync(join(dir, "waves.json"), JSON.stringify(waves));
  }
  vi.stubEnv("DATA_DIR", dir);
  vi.stubEnv("SITE_URL", "");
  vi.stubEnv("RELEASES_PRERENDERED", "");
  vi.resetModules();
}
