import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { pageWeight } from "../../scripts/bench/page-weight.ts";

/**
 * The page-weight budget (docs/BENCHMARKS.md): a wave page, in either language, latest or
 * archived, transfers at most 60 KB gzip on load (HTML, CSS, and the JavaScript it loads at
 * once), measured with the bench's own function. Sizes are deterministic, so this is a test.
 */
const DIST = join(import.meta.dirname, "../../dist");
const BUDGET = 60 * 1024;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function wavePages(): string[] {
  const roots = ["", "fa"].flatMap((lang) => {
    const versions = existsSync(join(DIST, lang, "v")) ? readdirSync(join(DIST, lang, "v")).map((v) => join(lang, "v", v)) : [];
    return [lang, ...versions];
  });
  return roots.flatMap((root) => {
    const dir = join(DIST, root, "waves");
    return existsSync(dir) ? readdirSync(dir).map((w) => join(dir, w, "index.html")).filter(existsSync) : [];
  });
}

describe("page weight", () => {
  const pages = wavePages();

  it("finds the wave pages of both languages", () => {
    expect(pages.some((p) => relative(DIST, p).startsWith("fa/waves/"))).toBe(true);
    expect(pages.some((p) => relative(DIST, p).startsWith("waves/"))).toBe(true);
  });

  it("keeps every wave page within 60 KB gzip on load", () => {
    const over = pages
      .map((p) => ({ page: relative(DIST, p), w: pageWeight(DIST, p) }))
      .filter(({ w }) => w.onLoad > BUDGET)
      .map(({ page, w }) => `${page}: ${kb(w.onLoad)} on load (HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}), over the ${kb(BUDGET)} budget`);
    expect(over).toEqual([]);
  });
});
