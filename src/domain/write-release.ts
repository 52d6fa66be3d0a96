import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Release } from "../datasets/schemas/release.ts";
import { MANIFEST_FILE, type ReleaseManifest } from "../datasets/schemas/release-manifest.ts";

/**
 * Writes a prepared release: its file (never over an existing one) and its line appended to
 * data/releases/manifest.json, which anchors every published release by its hash. The manifest
 * is replaced in one rename, so an interrupted release leaves it whole.
 */
export function writeRelease(dataDir: string, release: Release, text: string): string {
  const dir = join(dataDir, "releases");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${release.version}.json`);
  writeFileSync(path, text, { flag: "wx" });
  const manifestPath = join(dir, MANIFEST_FILE);
  const manifest: ReleaseManifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf8")) : { releases: [] };
  manifest.releases.push({ version: release.version, sha256: release.sha256 });
  writeFileSync(`${manifestPath}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${manifestPath}.tmp`, manifestPath);
  return path;
}
