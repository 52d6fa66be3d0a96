import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ReleaseCache, rendererKey } from "../../scripts/release-cache.ts";

const root = mkdtempSync(join(tmpdir(), "release-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
};
const release = { version: "2026-02-01", sha256: "a".repeat(64) };

describe("each release rendered once (issue 13 §2)", () => {
  it("keeps a release's pages and puts them, as the same files, into the next site", () => {
    const built = join(root, "site-1");
    write(join(built, "v/2026-02-01/index.html"), "archived page");
    write(join(built, "fa/v/2026-02-01/index.html"), "صفحه");
    write(join(built, "downloads/2026-02-01/figures.csv"), "id\r\n");
    write(join(built, "index.html"), "current page: not the release's");
    const cache = new ReleaseCache(join(root, "cache"), "renderer-1");
    expect(cache.has(release)).toBe(false);
    cache.store(release, built);
    expect(cache.has(release)).toBe(true);
    const next = join(root, "site-2");
    mkdirSync(next);
    cache.restore(release, next);
    expect(readFileSync(join(next, "v/2026-02-01/index.html"), "utf8")).toBe("archived page");
    expect(readFileSync(join(next, "downloads/2026-02-01/figures.csv"), "utf8")).toBe("id\r\n");
    expect(() => statSync(join(next, "index.html"))).toThrow();
    // Hard links: the same file, not a copy.
    expect(statSync(join(next, "fa/v/2026-02-01/index.html")).ino).toBe(statSync(join(built, "fa/v/2026-02-01/index.html")).ino);
  });
  it("does not reuse a rendering by another renderer, or of another release under the same version", () => {
    expect(new ReleaseCache(join(root, "cache"), "renderer-2").has(release)).toBe(false);
    expect(new ReleaseCache(join(root, "cache"), "renderer-1").has({ ...release, sha256: "b".repeat(64) })).toBe(false);
  });
  it("names the renderer by everything that shapes a page: a changed source file or translation changes the key", () => {
    const project = join(root, "project");
    write(join(project, "src/a.ts"), "export const a = 1;");
    write(join(project, "data/translations/fa.json"), "{}");
    write(join(project, "package-lock.json"), "{}");
    const before = rendererKey(project);
    expect(rendererKey(project)).toBe(before);
    write(join(project, "src/a.ts"), "export const a = 2;");
    const afterCode = rendererKey(project);
    expect(afterCode).not.toBe(before);
    write(join(project, "data/translations/fa.json"), '{"phrases": {}}');
    expect(rendererKey(project)).not.toBe(afterCode);
  });
});
