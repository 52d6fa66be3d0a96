import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import type { ReleaseData } from "../../src/datasets/schemas/release.ts";

/**
 * The structure every built page must have, read off the HTML (moved here from the browser
 * tests, which sampled pages: reading the files covers all of them, in a second):
 * - each page, current and archived, in both languages, says its language and direction and
 *   has exactly one h1 with text (WCAG 1.3.1, 3.1.1), and its language switch leads to the same
 *   page in the other language, which exists (i18n.spec.ts follows the link on three pages);
 * - on every series page each of the series' figures is in exactly one table row, and on every
 *   wave page no figure is in two rows (or listed as a dot as well).
 * The tables are drawn at build time; scripts only sort them, which tables.spec.ts checks.
 */
const DIST = join(import.meta.dirname, "../../dist");
const shown = (JSON.parse(readFileSync(join(DIST, "downloads/latest/dataset.json"), "utf8")) as { data: ReleaseData }).data;
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : []));
}
const page = (path: string) => parse(readFileSync(join(DIST, path, "index.html"), "utf8"));

/** The figure ids of the body rows of a page's figure tables, from each row's first figure link. */
function tableFigureIds(root: HTMLElement): string[] {
  return root.querySelectorAll(".figure-table table tbody tr").map((row) => {
    const href = row.querySelector('td a[href*="/figures/"]')?.getAttribute("href") ?? "";
    const m = /\/figures\/([^/]+)\/$/.exec(href);
    if (!m) throw new Error(`a row without a figure link: ${row.toString().slice(0, 120)}`);
    return decodeURIComponent(m[1]);
  });
}

describe("every built page", () => {
  const files = htmlFiles(DIST);
  it("says its language and direction, has exactly one h1 with text, and one switch to the same page in the other language", () => {
    expect(files.length).toBeGreaterThan(4000);
    const wrong: string[] = [];
    for (const file of files) {
      const path = relative(DIST, file);
      const root = parse(readFileSync(file, "utf8"));
      const html = root.querySelector("html");
      const fa = path.startsWith("fa/");
      if (html?.getAttribute("lang") !== (fa ? "fa" : "en") || html?.getAttribute("dir") !== (fa ? "rtl" : "ltr")) wrong.push(`${path}: lang=${html?.getAttribute("lang")} dir=${html?.getAttribute("dir")}`);
      const link = root.querySelectorAll("header a.lang-switch");
      // The same page in the other language: /fa/ added or removed (the 404 page has its own).
      const other = fa ? `/${path.replace(/^fa\//, "")}` : `/fa/${path}`;
      const expected = path.endsWith("404.html") || path === "fa/404/index.html" ? null : other.replace(/index\.html$/, "");
      // Embeds are charts framed on other sites: no header, no switch.
      const embed = /^(fa\/)?(v\/[^/]+\/)?embed\//.test(path);
      if (embed) {
        if (link.length !== 0) wrong.push(`${path}: an embed with a language switch`);
      } else if (link.length !== 1) wrong.push(`${path}: ${link.length} language switches`);
      else if (link[0].getAttribute("hreflang") !== (fa ? "en" : "fa")) wrong.push(`${path}: switch hreflang=${link[0].getAttribute("hreflang")}`);
      else if (expected !== null && link[0].getAttribute("href") !== expected) wrong.push(`${path}: switch leads to ${link[0].getAttribute("href")}, not ${expected}`);
      else if (!existsSync(join(DIST, link[0].getAttribute("href")!, link[0].getAttribute("href")!.endsWith("/") ? "index.html" : ""))) wrong.push(`${path}: switch leads to a missing page`);
      const h1 = root.querySelectorAll("h1");
      if (h1.length !== 1 || h1[0].textContent.trim() === "") wrong.push(`${path}: ${h1.length} h1 elements${h1.length === 1 ? " (empty)" : ""}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000); // every page parsed: seconds on a busy machine
});

describe("each figure is in one table row per page", () => {
  it("on every series page, in both languages, each of the series' figures exactly once", () => {
    const wrong: string[] = [];
    for (const s of shown.series) {
      const expected = shown.figures.filter((f) => f.series === s.id).map((f) => f.id).sort();
      for (const prefix of ["", "fa/"]) {
        const ids = tableFigureIds(page(`${prefix}series/${s.id}`)).sort();
        if (JSON.stringify(ids) !== JSON.stringify(expected)) wrong.push(`${prefix}series/${s.id}: ${ids.length} rows for ${expected.length} figures`);
      }
    }
    expect(shown.series.length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
  it("on every wave page, in both languages, no figure in two rows or in a row and a dot list", () => {
    for (const w of shown.waves)
      for (const prefix of ["", "fa/"]) {
        const root = page(`${prefix}waves/${w.id}`);
        const dots = root.querySelectorAll('.chart-dots li a[href*="/figures/"]').map((a) => decodeURIComponent((a.getAttribute("href") ?? "").replace(/\/$/, "").split("/").pop() ?? ""));
        const ids = [...tableFigureIds(root), ...dots];
        expect(ids.length, `${prefix}waves/${w.id}: table rows and listed dots`).toBeGreaterThan(0);
        expect(ids.filter((id, i) => ids.indexOf(id) !== i), `${prefix}waves/${w.id}: figures listed twice`).toEqual([]);
      }
  });
});
