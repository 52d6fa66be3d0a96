import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import type { ReleaseData } from "../../src/datasets/schemas/release.ts";
import { en } from "../../src/i18n/en.ts";
import { fa } from "../../src/i18n/fa.ts";

/**
 * What the dataset update promises readers (issue 10), read off the built pages: events cite
 * documents (no "citation incomplete" anywhere current), statements without a number are shown
 * but never as figures, every source and figure page offers an archive lookup, and each wave
 * says how fresh it is.
 */
const DIST = join(import.meta.dirname, "../../dist");
const shown = (JSON.parse(readFileSync(join(DIST, "downloads/latest/dataset.json"), "utf8")) as { data: ReleaseData }).data;
const page = (path: string) => parse(readFileSync(join(DIST, path, "index.html"), "utf8"));
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : []));
}
const current = htmlFiles(DIST).filter((f) => !/^(fa\/)?v\//.test(relative(DIST, f)));

describe("the dataset as readers meet it", () => {
  it("no current page says a citation is incomplete", () => {
    const said = current.filter((f) => {
      const html = readFileSync(f, "utf8");
      return html.includes(en.wave.citationIncomplete) || html.includes(fa.wave.citationIncomplete);
    });
    expect(said.map((f) => relative(DIST, f))).toEqual([]);
  });

  it("shows each statement without a number on its wave's timeline, never inside a figure's claim", () => {
    const statements = shown.waves.flatMap((w) => (w.statements ?? []).map((s) => ({ wave: w.id, s })));
    expect(statements.length).toBeGreaterThan(0);
    for (const { wave, s } of statements)
      for (const prefix of ["", "fa/"]) {
        const root = page(`${prefix}waves/${wave}`);
        const li = root.querySelector(`#statement-${s.id}`);
        expect(li, `${prefix}waves/${wave} shows statement ${s.id}`).not.toBeNull();
        expect(li!.textContent).toContain(s.quote);
        for (const claim of root.querySelectorAll("[data-claim-figures]")) expect(claim.textContent).not.toContain(s.quote);
      }
  });

  it("offers an archive lookup, never a promise, on every source page and figure page", () => {
    const lookup = (root: ReturnType<typeof page>) => root.querySelectorAll('a[href^="https://web.archive.org/web/"]');
    for (const s of shown.sources) expect(lookup(page(`sources/${s.id}`)).length, `sources/${s.id}`).toBeGreaterThan(0);
    for (const f of shown.figures.slice(0, 50)) expect(lookup(page(`figures/${f.id}`)).length, `figures/${f.id}`).toBeGreaterThan(0);
  });

  it("names as newest the latest charted figure of the wave, never a memorial list's date", () => {
    const onCharts = new Set(shown.series.filter((s) => s.on_charts !== false).map((s) => s.id));
    for (const w of shown.waves) {
      const link = page(`waves/${w.id}`).querySelector(".freshness a");
      if (!link) continue;
      const id = (link.getAttribute("href") ?? "").split("/figures/")[1]?.replace(/\/$/, "") ?? "";
      const f = shown.figures.find((g) => g.id === id);
      expect(f, `${w.id}: the newest figure link names a figure`).toBeDefined();
      expect(onCharts.has(f!.series), `${w.id}: newest figure ${id} is of a charted series`).toBe(true);
    }
  });

  it("says on every wave page, in both languages, when newer reports were last searched for", () => {
    for (const w of shown.waves) {
      expect(w.searched_until, `${w.id} records searched_until`).toBeTruthy();
      const day = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(new Date(`${w.searched_until}T00:00:00Z`));
      expect(page(`waves/${w.id}`).querySelector(".freshness")?.textContent ?? "").toContain(day);
      expect(page(`fa/waves/${w.id}`).querySelector(".freshness")).not.toBeNull();
    }
  });
});
