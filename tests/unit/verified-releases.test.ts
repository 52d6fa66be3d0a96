import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
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

describe("the record of verified release files", () => {
  afterEach(() => vi.unstubAllEnvs());

  /** A record that already trusts the committed first release's bytes, written as `content`. */
  function withRecord(name: string, content: unknown) {
    const s = setUp(name);
    writeFileSync(s.record, typeof content === "string" ? content : JSON.stringify(content));
    return { ...s, path: join(s.releases, "2026-11-29.json") };
  }

  it("trusts only a record made under the same checking code, listing file hashes", () => {
    const s = setUp("trust");
    const path = join(s.releases, "2026-11-29.json");
    const hash = bytesHash(path);
    writeFileSync(s.record, JSON.stringify({ key: "checks-1", files: [hash] }));
    expect(s.open("checks-1").read(path)).toEqual(JSON.parse(readFileSync(path, "utf8")));
    expect(s.open("checks-2").read(path)).toBeNull();
    for (const [i, bad] of [{ files: [hash] }, { key: "checks-1", files: hash }, { key: "checks-1", files: [7] }, "{ not json"].entries()) {
      const w = withRecord(`trust-${i}`, bad);
      expect(w.open("checks-1").read(w.path)).toBeNull();
    }
    // Other entries of a partly odd list still count.
    const mixed = withRecord("trust-mixed", { key: "checks-1", files: [7, hash] });
    expect(mixed.open("checks-1").read(mixed.path)).not.toBeNull();
  });

  it("never trusts a link, a folder or a missing file, whatever their bytes", () => {
    const s = setUp("links");
    const path = join(s.releases, "2026-11-29.json");
    writeFileSync(s.record, JSON.stringify({ key: "checks-1", files: [bytesHash(path)] }));
    const link = join(s.root, "link.json");
    symlinkSync(path, link);
    const v = s.open();
    expect(v.read(link)).toBeNull();
    expect(v.read(s.releases)).toBeNull();
    expect(v.read(join(s.releases, "gone.json"))).toBeNull();
    expect(v.read(path)).not.toBeNull();
  });

  it("remembers a file only after reading it, and only when its JSON is the release checked", () => {
    const s = setUp("confirm");
    const path = join(s.releases, "2026-11-29.json");
    const raw = JSON.parse(readFileSync(path, "utf8"));
    const unread = s.open();
    unread.confirm(path, raw, raw);
    unread.save();
    expect(existsSync(s.record)).toBe(false);
    const v = s.open();
    expect(v.read(path)).toBeNull();
    v.confirm(path, { ...raw, summary: "other words" }, raw);
    v.save();
    expect(existsSync(s.record)).toBe(false);
    v.confirm(path, raw, raw);
    v.save();
    expect(remembered(s.record)).toEqual([bytesHash(path)]);
    expect(JSON.parse(readFileSync(s.record, "utf8")).key).toBe("checks-1");
  });

  it("trusts a file it has just confirmed when asked again, before its record is written", () => {
    const s = setUp("again");
    const path = join(s.releases, "2026-11-29.json");
    const raw = JSON.parse(readFileSync(path, "utf8"));
    const v = s.open();
    expect(v.read(path)).toBeNull();
    v.confirm(path, raw, raw);
    expect(v.read(path)).toEqual(raw);
  });

  it("lists the files it trusts in a stable order, and writes the record once for what it learnt", () => {
    const s = setUp("order");
    const v = s.open();
    const hashes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const path = join(s.root, `release-${i}.json`);
      const raw = { ...JSON.parse(readFileSync(join(s.releases, "2026-11-29.json"), "utf8")) };
      writeFileSync(path, JSON.stringify(raw) + " ".repeat(i));
      hashes.push(bytesHash(path));
      v.read(path);
      v.confirm(path, raw, raw);
    }
    v.save();
    expect(remembered(s.record)).toEqual([...hashes].sort());
    const long_ago = new Date("2026-01-01T00:00:00Z");
    utimesSync(s.record, long_ago, long_ago);
    v.save();
    expect(statSync(s.record).mtime).toEqual(long_ago);
  });

  it("rewrites the record only when it learnt or forgot a file, and keeps only the files met", () => {
    const s = setUp("save");
    loadReleases(s.releases, s.root, s.open());
    const long_ago = new Date("2026-01-01T00:00:00Z");
    utimesSync(s.record, long_ago, long_ago);
    loadReleases(s.releases, s.root, s.open());
    expect(statSync(s.record).mtime).toEqual(long_ago);
    // A release no longer met is forgotten.
    const gone = join(s.releases, "2026-12-01.json");
    const goneHash = bytesHash(gone);
    const v = s.open();
    v.read(join(s.releases, "2026-11-29.json"));
    v.save();
    expect(remembered(s.record)).toEqual([bytesHash(join(s.releases, "2026-11-29.json"))]);
    expect(remembered(s.record)).not.toContain(goneHash);
  });

  it("writes its record into a folder it makes, and goes on when it cannot write", () => {
    const s = setUp("folders");
    const path = join(s.releases, "2026-11-29.json");
    const raw = JSON.parse(readFileSync(path, "utf8"));
    const deep = new VerifiedReleases(join(s.root, "a", "b", "verified.json"), "k");
    deep.read(path);
    deep.confirm(path, raw, raw);
    deep.save();
    expect(remembered(join(s.root, "a", "b", "verified.json"))).toEqual([bytesHash(path)]);
    writeFileSync(join(s.root, "plain"), "");
    const blocked = new VerifiedReleases(join(s.root, "plain", "verified.json"), "k");
    blocked.read(path);
    blocked.confirm(path, raw, raw);
    expect(() => blocked.save()).not.toThrow();
  });

  it("is the project's .cache/verified-releases.json, unless a full check is asked for", () => {
    const s = setUp("project");
    mkdirSync(join(s.root, "src", "datasets"), { recursive: true });
    writeFileSync(join(s.root, "src", "datasets", "rule.ts"), "export {};");
    const path = join(s.releases, "2026-11-29.json");
    const raw = JSON.parse(readFileSync(path, "utf8"));
    const v = VerifiedReleases.forProject(s.root);
    expect(v).not.toBeNull();
    v?.read(path);
    v?.confirm(path, raw, raw);
    v?.save();
    expect(JSON.parse(readFileSync(join(s.root, ".cache", "verified-releases.json"), "utf8"))).toEqual({ key: checksKey(s.root), files: [bytesHash(path)] });
    vi.stubEnv("RELEASE_CHECK", "full");
    expect(VerifiedReleases.forProject(s.root)).toBeNull();
    vi.stubEnv("RELEASE_CHECK", "");
    expect(VerifiedReleases.forProject(tmp)).toBeNull();
  });

  it("changes its key with any checking source file or the lock file, not with tests or other files", () => {
    const root = join(tmp, "key");
    const dir = join(root, "src", "datasets");
    mkdirSync(join(dir, "schemas"), { recursive: true });
    writeFileSync(join(dir, "rule.ts"), "export const a = 1;");
    writeFileSync(join(dir, "schemas", "shape.ts"), "export const b = 1;");
    writeFileSync(join(dir, "rule.test.ts"), "test 1");
    writeFileSync(join(dir, "notes.md"), "notes 1");
    const key = checksKey(root);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(join(dir, "rule.test.ts"), "test 2");
    writeFileSync(join(dir, "notes.md"), "notes 2");
    expect(checksKey(root)).toBe(key);
    writeFileSync(join(dir, "schemas", "shape.ts"), "export const b = 2;");
    const changedSchema = checksKey(root);
    expect(changedSchema).not.toBe(key);
    writeFileSync(join(dir, "rule.ts"), "export const a = 2;");
    const changedRule = checksKey(root);
    expect(changedRule).not.toBe(changedSchema);
    writeFileSync(join(root, "package-lock.json"), "{}");
    const locked = checksKey(root);
    expect(locked).not.toBe(changedRule);
    writeFileSync(join(root, "package-lock.json"), "{ }");
    const relocked = checksKey(root);
    expect(relocked).not.toBe(locked);
    // A file moved to another name is another key, though its bytes are the same.
    rmSync(join(dir, "rule.ts"));
    writeFileSync(join(dir, "rules.ts"), "export const a = 2;");
    expect(checksKey(root)).not.toBe(relocked);
  });

  it("gives the same key to the same code in another checkout, and tells files apart from their concatenation", () => {
    const checkout = (name: string, files: Record<string, string>) => {
      const root = join(tmp, name);
      mkdirSync(join(root, "src", "datasets"), { recursive: true });
      for (const [file, text] of Object.entries(files)) writeFileSync(join(root, "src", "datasets", file), text);
      return checksKey(root);
    };
    const two = { "a.ts": "export const a = 1;", "b.ts": "export const b = 1;" };
    expect(checkout("checkout-1", two)).toBe(checkout("checkout-2", two));
    // One file holding the other's name and text, as if the two were written one after the other
    // (with a NUL character where a separator could be left out).
    const together = checkout("checkout-3", two);
    expect(checkout("checkout-4", { "a.ts": "export const a = 1;/src/datasets/b.tsexport const b = 1;" })).not.toBe(together);
    expect(checkout("checkout-5", { "a.ts": "export const a = 1;\0/src/datasets/b.tsexport const b = 1;" })).not.toBe(together);
    expect(checkout("checkout-6", { "a.ts": "export const a = 1;/src/datasets/b.ts\0export const b = 1;" })).not.toBe(together);
  });
});

