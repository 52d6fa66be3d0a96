import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadReleases } from "../../src/datasets/load-releases.ts";
import { releaseHash } from "../../src/datasets/release-hash.ts";
import { checksKey, VerifiedReleases } from "../../src/datasets/verified-releases.ts";

const ROOT = join(import.meta.dirname, "../..");
const tmp = mkdtempSync(join(tmpdir(), "verified-releases-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the committed releases, and a record of verified files of its own. */
function setUp(name: string) {
  const dir = join(tmp, name);
  cpSync(join(ROOT, "data/releases"), join(dir, "releases"), { recursive: true });
  const record = join(dir, "verified.json");
  const open = (key = "checks-1") => new VerifiedReleases(record, key);
  return { releases: join(dir, "releases"), root: dir, record, open };
}
const bytesHash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const remembered = (record: string) => (JSON.parse(readFileSync(record, "utf8")) as { files: string[] }).files;

describe("release files verified once (issue 13 §2)", () => {
  it("remembers each committed release by its bytes once checked, and gives the same releases from the record", () => {
    const s = setUp("same");
    const full = loadReleases(s.releases, s.root);
    const first = loadReleases(s.releases, s.root, s.open());
    expect(first.problems).toEqual([]);
    const names = ["2026-11-29.json", "2026-12-01.json"];
    expect(remembered(s.record).sort()).toEqual(names.map((n) => bytesHash(join(s.releases, n))).sort());
    const again = loadReleases(s.releases, s.root, s.open());
    expect(again.problems).toEqual([]);
    expect(again.releases).toEqual(full.releases);
  });

  it("checks an edited release in full, even with its hash and the manifest rewritten to match", () => {
    const s = setUp("edited");
    loadReleases(s.releases, s.root, s.open());
    // The hostile edit: an unknown field in a figure, the release's hash recomputed by the
    // project's own hashing, the manifest updated to that hash.
    const path = join(s.releases, "2026-12-01.json");
    const release = JSON.parse(readFileSync(path, "utf8"));
    release.data.figures[0].note_added_later = "not in the schema";
    release.sha256 = releaseHash(release);
    writeFileSync(path, JSON.stringify(release, null, 2));
    const manifestPath = join(s.releases, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    manifest.releases.find((r: { version: string }) => r.version === "2026-12-01").sha256 = release.sha256;
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    const after = loadReleases(s.releases, s.root, s.open());
    expect(after.problems.map((p) => `${p.file} ${p.path} ${p.what}`).join("\n")).toMatch(/2026-12-01\.json \$\.data\.figures\[0\].*note_added_later/);
    expect(remembered(s.record)).not.toContain(bytesHash(path));
  });

  it("forgets every verdict when the checking code changes", () => {
    const s = setUp("rekeyed");
    loadReleases(s.releases, s.root, s.open("checks-1"));
    const path = join(s.releases, "2026-11-29.json");
    expect(s.open("checks-1").read(path)).not.toBeNull();
    expect(s.open("checks-2").read(path)).toBeNull();
  });

  it("does not remember a file that parses only with a default filled in by the schema", () => {
    const s = setUp("defaults");
    const path = join(s.releases, "2026-12-01.json");
    const release = JSON.parse(readFileSync(path, "utf8"));
    // Written without a figure's empty flags, which the schema fills in as []: its recorded hash
    // is the filled-in release's, so it passes the full check, but its JSON is not that release.
    const i = release.data.figures.findIndex((f: { flags: unknown[] }) => f.flags.length === 0);
    expect(i).toBeGreaterThanOrEqual(0);
    delete release.data.figures[i].flags;
    writeFileSync(path, JSON.stringify(release, null, 2));
    const result = loadReleases(s.releases, s.root, s.open());
    expect(result.problems).toEqual([]);
    expect(remembered(s.record)).not.toContain(bytesHash(path));
    expect(s.open().read(path)).toBeNull();
  });

  it("keys the record by the checking code in src/datasets/: the same code gives the same key", () => {
    const key = checksKey(ROOT);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(checksKey(ROOT)).toBe(key);
    expect(checksKey(tmp)).toBeNull();
  });
});
