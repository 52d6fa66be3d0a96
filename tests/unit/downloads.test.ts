import { parse } from "csv-parse/sync";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSiteIndex } from "../../src/domain/site-index.ts";
import { validateDataset } from "../../src/domain/validate-dataset.ts";
import { strings } from "../../src/i18n/strings.ts";
import { downloadFiles } from "../../src/site/downloads.ts";
import { makeRoutes } from "../../src/site/routes.ts";
import type { SiteContext } from "../../src/site/site-context.ts";

// The downloads of the committed release, read back by an independent CSV parser.
const v = validateDataset(join(import.meta.dirname, "../../data"), { root: join(import.meta.dirname, "../..") });
const release = v.releases.at(-1)!;
const ctx: SiteContext = {
  index: buildSiteIndex({ ...release.data, withdrawn: [], translations: {} }),
  routes: makeRoutes(),
  release,
  archived: false,
  latestVersion: release.version,
  locale: "en",
  t: strings("en"),
};
const files = new Map(downloadFiles(ctx).map((f) => [f.path, f.body()]));

describe("release downloads", () => {
  const json = JSON.parse(files.get("figures.json")!) as { version: string; figures: Array<Record<string, string | number | null>> };
  const rows = parse(files.get("figures.csv")!, { columns: true }) as Array<Record<string, string>>;

  it("the CSV, read by csv-parse, gives the same figures as the JSON, field by field", () => {
    expect(rows.length).toBe(json.figures.length);
    expect(rows.length).toBe(release.data.figures.length);
    json.figures.forEach((f, i) => {
      for (const [k, value] of Object.entries(f)) expect(rows[i][k], `${f.figure_id} ${k}`).toBe(value === null ? "" : String(value));
    });
  });

  it("keeps quotes in their own language and script, byte for byte", () => {
    const quotes = new Set(release.data.figures.map((f) => f.quote));
    for (const r of rows) expect(quotes.has(r.quote)).toBe(true);
  });

  it("names the release it belongs to", () => expect(json.version).toBe(release.version));

  it("offers one CSV per series whose rows are that series' figures", () => {
    const s = release.data.series[0];
    const seriesRows = parse(files.get(`series/${s.id}.csv`)!, { columns: true }) as Array<Record<string, string>>;
    expect(seriesRows.map((r) => r.figure_id).sort()).toEqual(release.data.figures.filter((f) => f.series === s.id).map((f) => f.id).sort());
  });

  it("ships the JSON Schemas and a README explaining every column", () => {
    expect([...files.keys()].filter((p) => p.startsWith("schema/")).length).toBeGreaterThanOrEqual(4);
    const readme = files.get("README.md")!;
    for (const column of Object.keys(json.figures[0])) expect(readme).toContain(`\`${column}\``);
    expect(readme).toContain("CC BY 4.0");
  });
});
