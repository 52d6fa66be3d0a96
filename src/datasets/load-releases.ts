import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Problem } from "./problem.ts";
import { readJsonFile, RELEASE_FILE_LIMITS } from "./read-json-file.ts";
import { compareVersions, releaseHash } from "./release-hash.ts";
import { Release } from "./schemas/release.ts";
import { MANIFEST_FILE, ReleaseManifest } from "./schemas/release-manifest.ts";
import type { VerifiedReleases } from "./verified-releases.ts";
import { problemsFromZod } from "./zod-problems.ts";

export interface LoadedReleases {
  /** Oldest first; each one's `previous` is the one before it. */
  releases: Release[];
  problems: Problem[];
}

/**
 * Reads data/releases/*.json and checks that no released file was ever edited or removed:
 * every file must parse, carry the hash of its own content, be named by its version, chain to
 * the release before it (by version, and by hash from the first release that records one),
 * and match the manifest, which lists every release ever published with its hash.
 * With `verified`, a file whose exact bytes passed these checks before is only parsed (the
 * manifest and chain are checked every time); see verified-releases.ts.
 */
export function loadReleases(releasesDir: string, root: string, verified?: VerifiedReleases | null): LoadedReleases {
  const problems: Problem[] = [];
  const releases: Release[] = [];
  if (!existsSync(releasesDir)) return { releases, problems };
  const shown = (name: string) => relative(root, join(releasesDir, name)).split("\\").join("/");
  const error = (name: string, path: string, what: string, fix: string) => problems.push({ severity: "error", file: shown(name), path, what, fix });

  // Stryker disable next-line MethodExpression: on Linux, libuv already lists a folder sorted (alphasort); the sort keeps that order elsewhere
  for (const name of readdirSync(releasesDir).sort()) {
    if (name === MANIFEST_FILE) continue;
    if (!name.endsWith(".json")) {
      error(name, "$", "unexpected file in data/releases/", "releases/ holds only release files written by `npm run release`");
      continue;
    }
    const known = verified?.read(join(releasesDir, name));
    if (known && name === `${known.version}.json`) {
      releases.push(known);
      continue;
    }
    const read = readJsonFile(join(releasesDir, name), shown(name), RELEASE_FILE_LIMITS);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const parsed = Release.safeParse(read.value);
    if (!parsed.success) {
      problems.push(...problemsFromZod(shown(name), parsed.error, read.value));
      continue;
    }
    const release = parsed.data;
    const named = name === `${release.version}.json`;
    if (!named) error(name, "$.version", `release "${release.version}" is stored under another name`, "restore the file from git: released files never change");
    const actual = releaseHash(release);
    if (named && actual === release.sha256) verified?.confirm(join(releasesDir, name), read.value, release);
    if (actual !== release.sha256)
      error(
        name,
        "$.sha256",
        `released file was edited: its content hashes to ${actual}, not the recorded ${release.sha256}`,
        "restore it from git (released files never change); publish any correction in a new release with `npm run release`",
      );
    releases.push(release);
  }

  releases.sort((a, b) => compareVersions(a.version, b.version));
  problems.push(...manifestProblems(releasesDir, releases, shown));
  releases.forEach((r, i) => {
    const expected = i === 0 ? null : releases[i - 1].version;
    if (r.previous !== expected)
      error(`${r.version}.json`, "$.previous", `previous is ${JSON.stringify(r.previous)}, but the release before it is ${JSON.stringify(expected)}`, "restore the release files from git: the chain of releases must be unbroken");
    const before = i === 0 ? null : releases[i - 1].sha256;
    if (r.previous_sha256 !== undefined && r.previous_sha256 !== before)
      error(`${r.version}.json`, "$.previous_sha256", `records the previous release's hash as ${r.previous_sha256}, but ${expected ?? "no release"} has ${before ?? "none"}`, "restore the release files from git: an edited release breaks every later one");
  });
  // Once one release records its predecessor's hash, every later one must.
  const chained = releases.findIndex((r) => r.previous_sha256 !== undefined);
  if (chained >= 0) for (const r of releases.slice(chained)) if (r.previous_sha256 === undefined) error(`${r.version}.json`, "$.previous_sha256", "is missing, though an earlier release records its predecessor's hash", "restore the file from git; `npm run release` writes previous_sha256");
  verified?.save();
  return { releases, problems };
}

/** The manifest anchors the releases: each listed one present with its listed hash, each present one listed. */
function manifestProblems(releasesDir: string, releases: Release[], shown: (name: string) => string): Problem[] {
  const problems: Problem[] = [];
  const file = shown(MANIFEST_FILE);
  const restore = "restore data/releases/ from git: published releases are never edited or removed; publish corrections in a new release with `npm run release`";
  if (!existsSync(join(releasesDir, MANIFEST_FILE))) {
    if (releases.length > 0) problems.push({ severity: "error", file, path: "$", what: `is missing, though ${releases.length} release file(s) exist`, fix: restore });
    return problems;
  }
  const read = readJsonFile(join(releasesDir, MANIFEST_FILE), file);
  if (!read.ok) return [read.problem];
  const parsed = ReleaseManifest.safeParse(read.value);
  if (!parsed.success) return problemsFromZod(file, parsed.error, read.value);
  const byVersion = new Map(releases.map((r) => [r.version, r]));
  const listed = new Set<string>();
  parsed.data.releases.forEach((entry, i) => {
    listed.add(entry.version);
    const r = byVersion.get(entry.version);
    if (!r) problems.push({ severity: "error", file, path: `$.releases[${i}]`, what: `release ${entry.version} was published, but data/releases/${entry.version}.json is missing`, fix: restore });
    else if (r.sha256 !== entry.sha256)
      problems.push({ severity: "error", file: shown(`${entry.version}.json`), path: "$.sha256", what: `is not the release that was published: its hash is ${r.sha256}, the manifest records ${entry.sha256}`, fix: restore });
  });
  for (const r of releases)
    if (!listed.has(r.version)) problems.push({ severity: "error", file: shown(`${r.version}.json`), path: "$", what: `release ${r.version} is not in ${file}`, fix: "make releases with `npm run release`, which records each one in the manifest; never add a release file by hand" });
  return problems;
}
