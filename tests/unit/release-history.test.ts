import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { releaseHistoryProblems } from "../../src/domain/release-history.ts";

/** A scratch repository whose data/releases/ history the tests write, commit by commit. */
const repo = mkdtempSync(join(tmpdir(), "release-history-"));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const git = (args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.org", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.org" } });
const write = (path: string, body: unknown) => {
  mkdirSync(join(repo, "data/releases"), { recursive: true });
  writeFileSync(join(repo, path), typeof body === "string" ? body : JSON.stringify(body));
};
const commit = (message: string) => {
  git(["add", "-A"]);
  git(["commit", "-q", "-m", message]);
};
const hash = (c: string) => c.repeat(64);
const manifest = (...entries: Array<[string, string]>) => ({ releases: entries.map(([version, sha256]) => ({ version, sha256 })) });
const whats = () => releaseHistoryProblems(git).map((p) => `${p.file}: ${p.what}`);

describe("the release history (issue 13)", () => {
  it("is clean while releases are only added and the manifest only grows, even if a release was remade before it was anchored", () => {
    git(["init", "-q"]);
    write("data/releases/2026-01-01.json", { v: 1 });
    commit("a release before the manifest");
    write("data/releases/2026-01-01.json", { v: 2 });
    commit("remade before anyone could cite it");
    write("data/releases/manifest.json", manifest(["2026-01-01", hash("a")]));
    commit("anchor");
    write("data/releases/2026-01-02.json", { v: 1 });
    write("data/releases/manifest.json", manifest(["2026-01-01", hash("a")], ["2026-01-02", hash("b")]));
    commit("second release");
    expect(whats()).toEqual([]);
  });
  it("names a published release edited in the working tree, then in a commit", () => {
    write("data/releases/2026-01-01.json", { v: 3 });
    expect(whats()).toEqual(["data/releases/2026-01-01.json: a published release file was modified (in the working tree)"]);
    commit("edit a published release");
    const sha = git(["rev-parse", "--short=7", "HEAD"]).trim();
    expect(whats()).toEqual([`data/releases/2026-01-01.json: a published release file was modified (in commit ${sha})`]);
    git(["reset", "-q", "--hard", "HEAD~1"]);
    expect(whats()).toEqual([]);
  });
  it("names a deleted release and a manifest line rewritten", () => {
    rmSync(join(repo, "data/releases/2026-01-02.json"));
    expect(whats()).toEqual(["data/releases/2026-01-02.json: a published release file was deleted (in the working tree)"]);
    git(["checkout", "-q", "--", "data/releases/2026-01-02.json"]);
    write("data/releases/manifest.json", manifest(["2026-01-01", hash("c")], ["2026-01-02", hash("b")]));
    commit("rewrite the anchor");
    expect(whats()).toEqual(["data/releases/manifest.json: a published release's line was changed or removed in commit " + git(["rev-parse", "--short=7", "HEAD"]).trim()]);
  });
});
