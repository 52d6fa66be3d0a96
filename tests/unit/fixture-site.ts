/**
 * The small test dataset (tests/fixtures/valid: one wave, two series, no release), and one with
 * releases, for unit tests of build code that reads the site: siteFrom(FIXTURE) in a test, or
 * useFixtureData() (useReleaseData()) before a test file's first loadSite(). No module is loaded again, so code that runs when a
 * module loads stays out of the tests' coverage (docs/TESTING.md).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { vi } from "vitest";
import { formatProblem } from "../../src/datasets/problem.ts";
import { prepareRelease } from "../../src/domain/prepare-release.ts";
import { writeRelease } from "../../src/domain/write-release.ts";
import { figure, makeDataDir, setFigures } from "./release-fixture.ts";

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

/** The same with dataWithReleases(): three releases, each with its archived pages. */
export function useReleaseData(): void {
  vi.stubEnv("DATA_DIR", dataWithReleases());
  vi.stubEnv("RELEASES_PRERENDERED", "");
}

/** The Persian translation of the organisation in dataWithReleases(). */
export const ORG_FA = { name: "دیدبان نمونه", short_name: "دیدبان", counts: "داده‌های آزمایشی." };

/**
 * Three releases of the release tests' data, then unreleased edits: a new figure, and the
 * organisation's "counts" reworded, with a Persian translation of the organisation as data/ has it now.
 */
export function dataWithReleases(): string {
  const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
  const release = (summary: string, date: string) => {
    const p = prepareRelease(data, { summary, date, root: join(data, "..") });
    if (!p.ok) throw new Error(p.problems.map(formatProblem).join("\n"));
    writeRelease(data, p.release, p.text);
  };
  release("First", "2026-02-01");
  setFigures(data, [figure("f1", "2026-01-10", 100), figure("f2", "2026-01-12", 150)]);
  release("Second", "2026-02-02");
  setFigures(data, [figure("f1", "2026-01-10", 100), figure("f2", "2026-01-12", 150), figure("f3", "2026-01-14", 170)]);
  release("Third", "2026-02-03");
  setFigures(data, [figure("f1", "2026-01-10", 100), figure("f2", "2026-01-12", 150), figure("f3", "2026-01-14", 170), figure("f4", "2026-01-16", 190)]);
  const organisations = join(data, "organisations.json");
  const orgs = JSON.parse(readFileSync(organisations, "utf8"));
  orgs.organisations[0] = { ...orgs.organisations[0], counts: "Test data, reworded.", corrections: [{ date: "2026-02-04", reason: "Reworded what it counts." }] };
  writeFileSync(organisations, JSON.stringify(orgs));
  mkdirSync(join(data, "translations"));
  writeFileSync(join(data, "translations/fa.json"), JSON.stringify({ organisations: { "example-monitor": ORG_FA }, series: {}, waves: {} }));
  return data;
}

