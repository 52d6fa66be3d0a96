/**
 * Temporary copies of data/ for the intake tests: the repository's data/ is never written.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { VerifiedReleases } from "../../src/datasets/verified-releases.ts";
import { validateDataset } from "../../src/domain/validate-dataset.ts";

export const ROOT = join(import.meta.dirname, "../..");
export const TODAY = "2026-12-02";
const dirs: string[] = [];

/** A temporary copy of data/ (releases included, so the release rules apply). */
export function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "intake-test-"));
  dirs.push(dir);
  cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true });
  return join(dir, "data");
}

/** Removes the copies made so far (call in afterEach). */
export const removeCopies = () => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));

/** Every file of a folder with its text, to show a refused session changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (name.isFile()) out[join(name.parentPath, name.name)] = readFileSync(join(name.parentPath, name.name), "utf8");
  return out;
}

export const readJson = (dataDir: string, path: string) => JSON.parse(readFileSync(join(dataDir, path), "utf8"));

/** Independent check: the validator itself, on the copy as written. */
export function expectValid(dataDir: string) {
  const result = validateDataset(dataDir, { root: join(dataDir, ".."), today: TODAY, verified: VerifiedReleases.forProject(ROOT) });
  expect(result.errors.map((e) => `${e.path}: ${e.what}`)).toEqual([]);
}
