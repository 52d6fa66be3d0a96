import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadReleases } from "./load-releases.ts";
import { releaseHash } from "./release-hash.ts";
import type { Release } from "./schemas/release.ts";
import { VerifiedReleases } from "./verified-releases.ts";

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const RESTORE = "restore data/releases/ from git: published releases are never edited or removed; publish corrections in a new release with `npm run release`";

/** A release holding no records, hashed as `npm run release` hashes it. */
function release(version: string, previous: Release | null, extra: Partial<Release> = {}): Release {
  const r = {
    schema_version: 1 as const,
    version,
    date: version.slice(0, 10),
    previous: previous?.version ?? null,
    ...(previous ? { previous_sha256: previous.sha256 } : {}),
    summary: `Release ${version}`,
    changes: { figures_added: [], figures_changed: [], figures_removed: [], sources_added: [] },
    data: { organisations: [], sources: [], waves: [], series: [], figures: [] },
    ...extra,
  };
  return { ...r, sha256: extra.sha256 ?? releaseHash(r) };
}

/** <tmp>/data/releases holding these releases (by their version unless named) and a manifest listing `listed`. */
function releasesDir(files: Array<Release | [string, unknown]>, listed?: Array<{ version: string; sha256: string }> | null) {
  const root = mkdtempSync(join(tmpdir(), "load-releases-"));
  roots.push(root);
  const dir = join(root, "data", "releases");
  mkdirSync(dir, { recursive: true });
  const releases: Release[] = [];
  for (const f of files) {
    const [name, body] = Array.isArray(f) ? f : [`${f.version}.json`, f];
    writeFileSync(join(dir, name), typeof body === "string" ? body : JSON.stringify(body, null, 2));
    if (!Array.isArray(f)) releases.push(f);
  }
  if (listed !== null) writeFileSync(join(dir, "manifest.json"), JSON.stringify({ releases: listed ?? releases.map((r) => ({ version: r.version, sha256: r.sha256 })) }));
  return { root, dir };
}
const load = (d: { root: string; dir: string }, verified?: VerifiedReleases | null) => loadReleases(d.dir, d.root, verified);
const shown = (problems: ReadonlyArray<{ file: string; path: string; what: string }>) => problems.map((p) => `${p.file} ${p.path}: ${p.what}`);

describe("loading the releases", () => {
  it("finds none, and nothing wrong, when there is no releases folder", () => {
    expect(loadReleases(join(tmpdir(), "no-such-releases-folder"), tmpdir())).toEqual({ releases: [], problems: [] });
  });

  it("finds nothing wrong with an empty folder without a manifest", () => {
    expect(load(releasesDir([], null))).toEqual({ releases: [], problems: [] });
  });

  it("reads an unbroken chain, oldest first, a later release of the same day after the first", () => {
    const a = release("2026-02-01", null);
    const b = release("2026-02-01.2", a);
    const c = release("2026-02-01.10", b);
    const d = release("2026-02-03", c);
    const result = load(releasesDir([d, c, a, b]));
    expect(result.problems).toEqual([]);
    expect(result.releases.map((r) => r.version)).toEqual(["2026-02-01", "2026-02-01.2", "2026-02-01.10", "2026-02-03"]);
    expect(result.releases[1]).toEqual(b);
  });

  it("accepts early releases that do not record their predecessor's hash", () => {
    const a = release("2026-02-01", null);
    const { previous_sha256: _x, ...b0 } = release("2026-02-02", a);
    const b = { ...b0, sha256: releaseHash(b0) } as Release;
    const c = release("2026-02-03", b);
    expect(load(releasesDir([a, b, c])).problems).toEqual([]);
  });

  it("names a file that is not a release, and a release stored under another name", () => {
    const a = release("2026-02-01", null);
    const d = releasesDir([["2026-01-31.json", a], ["notes.txt", "notes"]], [{ version: a.version, sha256: a.sha256 }]);
    expect(load(d).problems).toEqual([
      { severity: "error", file: "data/releases/2026-01-31.json", path: "$.version", what: 'release "2026-02-01" is stored under another name', fix: "restore the file from git: released files never change" },
      { severity: "error", file: "data/releases/notes.txt", path: "$", what: "unexpected file in data/releases/", fix: "releases/ holds only release files written by `npm run release`" },
    ]);
  });

  it("catches an edited release by its hash", () => {
    const a = release("2026-02-01", null);
    const edited = { ...a, summary: "Edited later" };
    const problems = load(releasesDir([edited], [{ version: a.version, sha256: a.sha256 }])).problems;
    expect(problems).toEqual([
      {
        severity: "error",
        file: "data/releases/2026-02-01.json",
        path: "$.sha256",
        what: `released file was edited: its content hashes to ${releaseHash(edited)}, not the recorded ${a.sha256}`,
        fix: "restore it from git (released files never change); publish any correction in a new release with `npm run release`",
      },
    ]);
  });

  it("names a release file that is not JSON, or not a release, and leaves it out", () => {
    const a = release("2026-02-01", null);
    const d = releasesDir([a, ["2026-02-02.json", "{ not json"], ["2026-02-03.json", { ...release("2026-02-03", a), summary: 5 }]], [{ version: a.version, sha256: a.sha256 }]);
    const result = load(d);
    expect(result.releases.map((r) => r.version)).toEqual(["2026-02-01"]);
    expect(result.problems.map((p) => `${p.file} ${p.path}`)).toEqual(["data/releases/2026-02-02.json $", "data/releases/2026-02-03.json $.summary"]);
    expect(result.problems[0].what).toMatch(/^file is not valid JSON: /);
  });

  describe("the chain", () => {
    it("names a release whose previous is not the release before it", () => {
      const a = release("2026-02-01", null);
      const b = release("2026-02-02", a);
      const c = release("2026-02-03", b, { previous: "2026-02-01" });
      const first = release("2026-01-31", null, { previous: "2026-01-30" });
      expect(load(releasesDir([a, b, c])).problems).toEqual([
        {
          severity: "error",
          file: "data/releases/2026-02-03.json",
          path: "$.previous",
          what: 'previous is "2026-02-01", but the release before it is "2026-02-02"',
          fix: "restore the release files from git: the chain of releases must be unbroken",
        },
      ]);
      expect(shown(load(releasesDir([first])).problems)).toEqual(['data/releases/2026-01-31.json $.previous: previous is "2026-01-30", but the release before it is null']);
    });

    it("names a release whose recorded hash of the one before is not that release's", () => {
      const a = release("2026-02-01", null);
      const other = release("2026-02-01", null, { summary: "Another first release" });
      const b = release("2026-02-02", other);
      const problems = load(releasesDir([a, b])).problems;
      expect(problems).toEqual([
        {
          severity: "error",
          file: "data/releases/2026-02-02.json",
          path: "$.previous_sha256",
          what: `records the previous release's hash as ${other.sha256}, but 2026-02-01 has ${a.sha256}`,
          fix: "restore the release files from git: an edited release breaks every later one",
        },
      ]);
      const first = release("2026-02-01", null, { previous_sha256: other.sha256 });
      expect(shown(load(releasesDir([first])).problems)).toEqual([`data/releases/2026-02-01.json $.previous_sha256: records the previous release's hash as ${other.sha256}, but no release has none`]);
      const firstNull = release("2026-02-01", null, { previous_sha256: null });
      expect(load(releasesDir([firstNull])).problems).toEqual([]);
      // The first release records that it has no predecessor: every later one must record its own.
      const { previous_sha256: _x, ...second0 } = release("2026-02-02", firstNull);
      const second = { ...second0, sha256: releaseHash(second0) } as Release;
      expect(shown(load(releasesDir([firstNull, second])).problems)).toEqual(["data/releases/2026-02-02.json $.previous_sha256: is missing, though an earlier release records its predecessor's hash"]);
    });

    it("needs every release after the first that records its predecessor's hash to record it too", () => {
      const a = release("2026-02-01", null);
      const b = release("2026-02-02", a);
      const { previous_sha256: _x, ...c0 } = release("2026-02-03", b);
      const c = { ...c0, sha256: releaseHash(c0) } as Release;
      expect(load(releasesDir([a, b, c])).problems).toEqual([
        {
          severity: "error",
          file: "data/releases/2026-02-03.json",
          path: "$.previous_sha256",
          what: "is missing, though an earlier release records its predecessor's hash",
          fix: "restore the file from git; `npm run release` writes previous_sha256",
        },
      ]);
    });
  });

  describe("the manifest", () => {
    it("must exist once there are releases", () => {
      const a = release("2026-02-01", null);
      const b = release("2026-02-02", a);
      expect(load(releasesDir([a, b], null)).problems).toEqual([{ severity: "error", file: "data/releases/manifest.json", path: "$", what: "is missing, though 2 release file(s) exist", fix: RESTORE }]);
    });

    it("is read as JSON and checked by its schema", () => {
      const a = release("2026-02-01", null);
      const d = releasesDir([a]);
      writeFileSync(join(d.dir, "manifest.json"), "[");
      expect(shown(load(d).problems).map((l) => l.split(":")[0])).toEqual(["data/releases/manifest.json $"]);
      expect(load(d).problems[0].what).toMatch(/^file is not valid JSON: /);
      writeFileSync(join(d.dir, "manifest.json"), JSON.stringify({ releases: [{ version: "first", sha256: a.sha256 }] }));
      expect(shown(load(d).problems).map((l) => l.split(":")[0])).toEqual(["data/releases/manifest.json $.releases[0].version"]);
    });

    it("names a published release whose file is gone, one whose hash differs, and one never published", () => {
      const a = release("2026-02-01", null);
      const b = release("2026-02-02", a);
      const c = release("2026-02-03", b);
      const listed = [
        { version: "2026-01-31", sha256: "0".repeat(64) },
        { version: a.version, sha256: a.sha256 },
        { version: b.version, sha256: "f".repeat(64) },
      ];
      expect(load(releasesDir([a, b, c], listed)).problems).toEqual([
        { severity: "error", file: "data/releases/manifest.json", path: "$.releases[0]", what: "release 2026-01-31 was published, but data/releases/2026-01-31.json is missing", fix: RESTORE },
        { severity: "error", file: "data/releases/2026-02-02.json", path: "$.sha256", what: `is not the release that was published: its hash is ${b.sha256}, the manifest records ${"f".repeat(64)}`, fix: RESTORE },
        {
          severity: "error",
          file: "data/releases/2026-02-03.json",
          path: "$",
          what: "release 2026-02-03 is not in data/releases/manifest.json",
          fix: "make releases with `npm run release`, which records each one in the manifest; never add a release file by hand",
        },
      ]);
    });
  });

  describe("with a record of verified files", () => {
    it("checks each file in full once, then takes it from the record, and never a renamed one", () => {
      const a = release("2026-02-01", null);
      const b = release("2026-02-02", a);
      const d = releasesDir([a, b]);
      const record = join(d.root, "verified.json");
      const first = load(d, new VerifiedReleases(record, "k"));
      expect(first.problems).toEqual([]);
      const again = load(d, new VerifiedReleases(record, "k"));
      expect(again).toEqual(first);
      // The same bytes under another name are checked in full, so the name is checked too.
      rmSync(join(d.dir, "2026-02-02.json"));
      writeFileSync(join(d.dir, "2026-02-09.json"), JSON.stringify(b, null, 2));
      expect(shown(load(d, new VerifiedReleases(record, "k")).problems)).toEqual(['data/releases/2026-02-09.json $.version: release "2026-02-02" is stored under another name']);
    });

    it("takes a file whose exact bytes it trusts as it is, without checking it again", () => {
      const a = release("2026-02-01", null);
      const d = releasesDir([a]);
      // A record that trusts the bytes of an edited file (as if made by older checking code under the same key).
      const edited = { ...a, summary: "Edited later" };
      const path = join(d.dir, "2026-02-01.json");
      writeFileSync(path, JSON.stringify(edited, null, 2));
      const record = join(d.root, "verified.json");
      writeFileSync(record, JSON.stringify({ key: "k", files: [createHash("sha256").update(readFileSync(path)).digest("hex")] }));
      const trusted = load(d, new VerifiedReleases(record, "k"));
      expect(trusted.problems).toEqual([]);
      expect(trusted.releases).toEqual([edited]);
      expect(shown(load(d).problems)).toEqual([`data/releases/2026-02-01.json $.sha256: released file was edited: its content hashes to ${releaseHash(edited)}, not the recorded ${a.sha256}`]);
    });

    it("does not remember an edited file, nor a misnamed one", () => {
      const a = release("2026-02-01", null);
      const d = releasesDir([["2026-02-05.json", a], { ...release("2026-02-06", null), summary: "Edited" }], []);
      const record = join(d.root, "verified.json");
      load(d, new VerifiedReleases(record, "k"));
      const v = new VerifiedReleases(record, "k");
      expect(v.read(join(d.dir, "2026-02-05.json"))).toBeNull();
      expect(v.read(join(d.dir, "2026-02-06.json"))).toBeNull();
    });
  });
});
