import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ReleaseData } from "../../src/datasets/schemas/release.ts";

/**
 * Research notes stay in the data and downloads, never in page text (issue 9): no figure page
 * shows its figure's research notes, no source page shows how the document was read.
 */
const DIST = join(import.meta.dirname, "../../dist");
const latest = join(DIST, "downloads/latest/dataset.json");
const shown = (JSON.parse(readFileSync(latest, "utf8")) as { data: ReleaseData }).data;
const html = (path: string) => readFileSync(join(DIST, path, "index.html"), "utf8").replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
const PHRASES = /reader proxy|PRIMARY HRANA|URL slug|headline not in the copy read/i;

describe("page text keeps research notes out", () => {
  it("figure pages, in both languages, never show the figure's research notes", () => {
    const leaked: string[] = [];
    let checked = 0;
    for (const f of shown.figures) {
      // Short notes ("Protesters only.") can match the series' own definition on the page.
      if (!f.notes || f.notes.length < 40) continue;
      for (const prefix of ["", "fa/"]) {
        const page = html(`${prefix}figures/${f.id}`);
        checked++;
        if (page.includes(f.notes) || PHRASES.test(page)) leaked.push(`${prefix}figures/${f.id}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(leaked).toEqual([]);
  });
  it("source pages never show where or how the copy was read", () => {
    const leaked: string[] = [];
    for (const s of shown.sources) {
      expect(existsSync(join(DIST, "sources", s.id, "index.html"))).toBe(true);
      const page = html(`sources/${s.id}`);
      for (const text of [s.read_via, s.research_notes]) if (text && page.includes(text)) leaked.push(`sources/${s.id}: ${text.slice(0, 60)}`);
      if (PHRASES.test(page)) leaked.push(`sources/${s.id}: ${PHRASES.exec(page)![0]}`);
    }
    expect(leaked).toEqual([]);
  });
});
