import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Problem } from "./problem.ts";
import { readJsonFile, RELEASE_FILE_LIMITS } from "./read-json-file.ts";
import { compareVersions, releaseHash } from "./release-hash.ts";
import { Release } from "./schemas/release.ts";
import { problemsFromZod } from "./zod-problems.ts";

export interface LoadedReleases {
  /** Oldest first; each one's `previous` is the one before it. */
  releases: Release[];
  problems: Problem[];
}

/**
 * Reads data/releases/*.json and checks that no released file was ever edited: every file
 * must parse, carry the hash of its own content, be named by its version, and chain to the
 * release before it.
 */
export function loadReleases(releasesDir: string, root: string): LoadedReleases {
  const problems: Problem[] = [];
  const releases: Release[] = [];
  if (!existsSync(releasesDir)) return { releases, problems };
  const shown = (name: string) => relative(root, join(releasesDir, name)).split("\\").join("/");
  const error = (name: string, path: string, what: string, fix: string) => problems.push({ severity: "error", file: shown(name), path, what, fix });

  for (const name of readdirSync(releasesDir).sort()) {
    if (!name.endsWith(".json")) {
      error(name, "$", "unexpected file in data/releases/", "releases/ holds only release files written by `npm run release`");
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
    if (name !== `${release.version}.json`) error(name, "$.version", `release "${release.version}" is stored under another name`, "restore the file from git: released files never change");
    const actual = releaseHash(release);
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
  releases.forEach((r, i) => {
    const expected = i === 0 ? null : releases[i - 1].version;
    if (r.previous !== expected)
      error(`${r.version}.json`, "$.previous", `previous is ${JSON.stringify(r.previous)}, but the release before it is ${JSON.stringify(expected)}`, "restore the release files from git: the chain of releases must be unbroken");
  });
  return { releases, problems };
}
