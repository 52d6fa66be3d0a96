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
  it("moves a kept release out of the previous site when it holds the cache's own files, without touching a page", () => {
    const cache = new ReleaseCache(join(root, "cache-adopt"), "renderer-1");
    const first = join(root, "adopt-1");
    write(join(first, "v/2026-02-01/figures/a/index.html"), "archived figure");
    write(join(first, "fa/v/2026-02-01/index.html"), "صفحه");
    cache.store(release, first);
    const next = join(root, "adopt-2");
    mkdirSync(next);
    expect(cache.adopt(release, first, next)).toBe(true);
    expect(readFileSync(join(next, "v/2026-02-01/figures/a/index.html"), "utf8")).toBe("archived figure");
    expect(readFileSync(join(next, "fa/v/2026-02-01/index.html"), "utf8")).toBe("صفحه");
    // Moved, not copied: gone from the previous site, still the cache's file.
    expect(() => statSync(join(first, "v/2026-02-01"))).toThrow();
    expect(statSync(join(next, "v/2026-02-01/figures/a/index.html")).nlink).toBe(2);
  });
  it("refuses a previous site that holds another rendering of the release (not the cache's files), moving nothing", () => {
    const cache = new ReleaseCache(join(root, "cache-other"), "renderer-1");
    const rendered = join(root, "other-1");
    write(join(rendered, "v/2026-02-01/index.html"), "rendered by this renderer");
    write(join(rendered, "fa/v/2026-02-01/index.html"), "صفحه");
    cache.store(release, rendered);
    // A site built without the cache (RELEASE_CACHE=off), or by another renderer: same names, other files.
    const previous = join(root, "other-previous");
    write(join(previous, "v/2026-02-01/index.html"), "rendered by an older renderer");
    write(join(previous, "fa/v/2026-02-01/index.html"), "صفحه");
    const next = join(root, "other-next");
    mkdirSync(next);
    expect(cache.adopt(release, previous, next)).toBe(false);
    expect(readFileSync(join(previous, "v/2026-02-01/index.html"), "utf8")).toBe("rendered by an older renderer");
    expect(() => statSync(join(next, "v"))).toThrow();
    // A previous site that lost one of the release's folders is refused whole too.
    const partial = join(root, "other-partial");
    cache.restore(release, partial);
    rmSync(join(partial, "fa"), { recursive: true });
    expect(cache.adopt(release, partial, next)).toBe(false);
    expect(statSync(join(partial, "v/2026-02-01/index.html")).isFile()).toBe(true);
  });
});
