/**
 * The download layout of releases after 2026-12-01 (figure_flags, lists as arrays in JSON, the
 * provenance columns), checked before any such release exists: the newest release's data is
 * published as if released later, written to a folder, and read back by the Frictionless
 * libraries and Ajv (tests/dist/data-package-check.ts) and by an independent CSV parser.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { buildSiteIndex } from "../../src/domain/site-index.ts";
import { validateDataset } from "../../src/domain/validate-dataset.ts";
import { strings } from "../../src/i18n/strings.ts";
import { apiFigureRecords } from "../../src/site/api-records.ts";
import { downloadFiles } from "../../src/site/downloads.ts";
import { dataPackage, tableSchema } from "../../src/site/data-package.ts";
import { figureColumns } from "../../src/domain/figure-records.ts";
import { makeRoutes } from "../../src/site/routes.ts";
import type { SiteContext } from "../../src/site/site-context.ts";
import { checkDataPackage } from "../dist/data-package-check.ts";

const v = validateDataset(join(import.meta.dirname, "../../data"), { root: join(import.meta.dirname, "../..") });
const published = v.releases.at(-1)!;
// Test values: a later version and a commit, as `npm run release` would record them.
const release = { ...published, version: "2099-01-01", dataset_commit: "0123456789abcdef0123456789abcdef01234567" };
const index = buildSiteIndex({ ...release.data, withdrawn: [], translations: {} });
const ctx: SiteContext = { index, routes: makeRoutes(), release, archived: false, locale: "en", t: strings("en") };
const dir = mkdtempSync(join(tmpdir(), "datapkg-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = new Map(downloadFiles(ctx).map((f) => [f.path, f.body()]));
for (const [path, body] of files) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), body);
}
const rows = parse(files.get("figures.csv")!, { columns: true }) as Array<Record<string, string>>;
const json = JSON.parse(files.get("figures.json")!) as { dataset_commit: string | null; figures: Array<Record<string, unknown>> };

describe("downloads of a release after 2026-12-01", () => {
  it("pass the Frictionless validators (types, formats, constraints, keys) and the JSON Schemas", async () => {
    // Foreign keys of one series CSV: each check re-reads figures.csv; tests/dist checks them all.
    const one = `series/${release.data.series[0].id}.csv`;
    expect(await checkDataPackage(dir, { relations: one })).toEqual([]);
  }, 300_000);

  it("name the flags column figure_flags, not flags (a pandas DataFrame attribute)", () => {
    const header = Object.keys(rows[0]);
    expect(header).toContain("figure_flags");
    expect(header).not.toContain("flags");
  });

  it("give every list as an array in JSON and joined in CSV (caveats by line breaks, the rest by ';')", () => {
    const byId = new Map(rows.map((r) => [r.figure_id, r]));
    let lists = 0;
    for (const f of json.figures) {
      const row = byId.get(f.figure_id as string)!;
      for (const [k, value] of Object.entries(f)) {
        const expected = Array.isArray(value) ? value.join(k === "series_caveats" ? "\n" : ";") : value === null ? "" : typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
        expect(row[k], `${f.figure_id} ${k}`).toBe(expected);
        if (Array.isArray(value) && value.length > 1) lists++;
        // A ';'-joined cell splits back into the same items only if no item holds a ';'.
        if (Array.isArray(value) && k !== "series_caveats") for (const item of value) expect(item, `${f.figure_id} ${k}`).not.toContain(";");
      }
    }
    expect(lists).toBeGreaterThan(50);
  });

  it("carry the source's reading, cautions and dates and the series' definition and caveats, as in the data", () => {
    const sources = new Map(release.data.sources.map((s) => [s.id, s]));
    const series = new Map(release.data.series.map((s) => [s.id, s]));
    const seen = { caution: 0, read_via: 0, inferred: 0, not_before: 0 };
    for (const f of json.figures) {
      const s = sources.get(f.source_id as string)!;
      const ser = series.get(f.series_id as string)!;
      expect(f.source_caution).toBe(s.caution ?? null);
      expect(f.source_read_via).toBe(s.read_via ?? null);
      expect(f.source_accessed).toBe(s.accessed);
      expect(f.source_research_notes).toBe(s.research_notes ?? null);
      expect(f.source_published_inferred).toBe(s.published === null ? null : Boolean(s.published_inferred));
      expect(f.source_published_not_before).toBe(s.published_not_before?.date ?? null);
      expect(f.series_definition).toBe(ser.definition);
      expect(f.series_caveats).toEqual(ser.caveats);
      expect(f.dataset_commit).toBe(release.dataset_commit);
      seen.caution += s.caution ? 1 : 0;
      seen.read_via += s.read_via ? 1 : 0;
      seen.inferred += s.published_inferred ? 1 : 0;
      seen.not_before += s.published_not_before ? 1 : 0;
    }
    for (const [k, n] of Object.entries(seen)) expect(n, k).toBeGreaterThan(0);
    expect(json.dataset_commit).toBe(release.dataset_commit);
  });

  it("leave dataset_commit empty, never invented, when the release recorded none", () => {
    const { dataset_commit: _none, ...old } = release;
    const csv = downloadFiles({ ...ctx, release: old }).find((f) => f.path === "figures.csv")!.body();
    const parsed = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(new Set(parsed.map((r) => r.dataset_commit))).toEqual(new Set([""]));
  });

  it("/api/v1 keeps its ';'-joined flags, cases, corroborated_by and other_documents and adds the array figure_flags", () => {
    const s = release.data.series.find((x) => release.data.figures.some((f) => f.series === x.id && f.flags.length > 1))!;
    for (const r of apiFigureRecords(index, s.id, null)) {
      const figure = release.data.figures.find((f) => f.id === r.figure_id)!;
      expect(r.figure_flags).toEqual(figure.flags);
      expect(r.flags).toBe(figure.flags.join(";"));
      expect(r.cases).toBe(figure.cases?.join(";") ?? null);
      expect(r.corroborated_by).toBe(figure.corroborated_by?.join(";") ?? null);
    }
  });
});

describe("datapackage.json of a release (the small test dataset)", () => {
  const SHA = "ab".repeat(32);
  const COMMIT = "0123456789abcdef0123456789abcdef01234567";
  const DIALECT = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true };
  const csv = (name: string, path: string, title: string, schema: string) => ({ name, path, title, profile: "tabular-data-resource", format: "csv", mediatype: "text/csv", encoding: "utf-8", dialect: DIALECT, schema });

  /** The test dataset, its lists reversed (the package sorts them itself), released as 2026-12-05. */
  function testPackage(commit: string | null = COMMIT) {
    const data = validateDataset(join(import.meta.dirname, "../fixtures/valid"), { root: join(import.meta.dirname, "../..") }).dataset;
    const shuffled = { ...data, sources: [...data.sources].reverse(), series: [...data.series].reverse() };
    const testRelease = { version: "2026-12-05", date: "2026-12-06", sha256: SHA, ...(commit && { dataset_commit: commit }), data } as unknown as typeof release;
    return dataPackage(buildSiteIndex(shuffled), testRelease);
  }

  it("names the release, its licence, hash and commit, with its permanent page as its id", () => {
    const p = testPackage();
    expect(p).toMatchObject({
      profile: "data-package",
      name: "iran-protest-detainee-counts",
      id: "http://localhost:4321/v/2026-12-05/",
      title: "Iran protest detainee counts, version 2026-12-05",
      version: "2026-12-05",
      homepage: "http://localhost:4321/",
      keywords: ["Iran", "protests", "detainees", "human rights"],
      licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0 International" }],
      release_date: "2026-12-06",
      release_sha256: SHA,
      dataset_commit: COMMIT,
    });
    expect(p.description).toMatch(/never sum or average them\.$/);
    expect(testPackage(null).dataset_commit).toBeNull();
  });

  it("lists every source document by id, with its publisher and address", () => {
    expect(testPackage().sources).toEqual([
      { title: "Example Monitor: Example Monitor: day 10 report (test only)", path: "https://example.org/monitor/day-10" },
      { title: "Example Monitor: Example Monitor: day 5 report (test only)", path: "https://example.org/monitor/day-5" },
      { title: "Example News: Invented news story (test only)", path: "https://example.org/news/story" },
    ]);
  });

  it("describes figures.csv, each series CSV by id, figures.json and dataset.json with their schemas", () => {
    expect(testPackage().resources).toEqual([
      csv("figures", "figures.csv", "Every figure", "schema/figures.tableschema.json"),
      csv("series-example-monitor-arrested-2026", "series/example-monitor-arrested-2026.csv", "Example Monitor: people arrested (test only)", "schema/series.tableschema.json"),
      csv("series-example-observatory-killed-2026", "series/example-observatory-killed-2026.csv", "Example Observatory: people killed (test only)", "schema/series.tableschema.json"),
      { name: "figures-json", path: "figures.json", title: "Every figure, as JSON", format: "json", mediatype: "application/json", encoding: "utf-8", jsonSchema: "schema/figures.schema.json" },
      { name: "dataset", path: "dataset.json", title: "The whole release, as frozen", format: "json", mediatype: "application/json", encoding: "utf-8", jsonSchema: "schema/release.schema.json" },
    ]);
  });

  it("gives the CSVs Table Schemas keyed by figure_id, empty cells as missing, each series row a row of figures.csv", () => {
    const figures = tableSchema(3, "figures");
    expect((figures.fields as Array<{ name: string }>).map((f) => f.name)).toEqual(figureColumns(3));
    expect([figures.missingValues, figures.primaryKey, figures.foreignKeys]).toEqual([[""], ["figure_id"], undefined]);
    expect(tableSchema(1, "series")).toMatchObject({
      missingValues: [""],
      primaryKey: ["figure_id"],
      foreignKeys: [{ fields: ["figure_id"], reference: { resource: "figures", fields: ["figure_id"] } }],
    });
    expect((tableSchema(1, "series").fields as unknown[]).length).toBe(25);
  });
});
