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

describe("download columns across releases", () => {
  const contextOf = (r: (typeof v.releases)[number]): SiteContext => ({ ...ctx, index: buildSiteIndex({ ...r.data, withdrawn: [], translations: {} }), release: r });
  const header = (r: (typeof v.releases)[number]) => downloadFiles(contextOf(r)).find((f) => f.path === "figures.csv")!.body().split("\r\n")[0];

  it("a release made before the claim columns keeps exactly the columns it was published with", () => {
    const first = v.releases.find((r) => r.version === "2026-11-29")!;
    expect(header(first)).toBe(
      "figure_id,series_id,wave_id,organisation_id,organisation_name,measure,as_of,value,low,high,qualifier,figure_text,quote,translation,locator,attribution,flags,notes,source_id,source_title,source_publisher,source_url,source_published,source_language,source_kind",
    );
  });

  it("2026-12-01 keeps its published columns (flags, not figure_flags): published files never change", () => {
    const published = v.releases.find((r) => r.version === "2026-12-01")!;
    expect(header(published)).toBe(
      "figure_id,series_id,wave_id,organisation_id,organisation_name,measure,as_of,value,low,high,qualifier,figure_text,quote,translation,locator,attribution,flags,notes,source_id,source_title,source_publisher,source_url,source_published,source_language,source_kind,series_label,unit,basis,cases,hedge,hedge_text,hedge_value,attribution_reason,corroborated_by,public_note,other_documents,archive_lookup",
    );
  });

  it("releases after 2026-12-01 add the provenance columns and name the flags figure_flags", () => {
    const later = { ...v.releases.at(-1)!, version: "2099-01-01" };
    const columns = header(later).split(",");
    expect(columns).toContain("figure_flags");
    expect(columns).not.toContain("flags");
    for (const c of ["source_read_via", "source_caution", "source_published_inferred", "series_definition", "series_caveats", "dataset_commit"]) expect(columns).toContain(c);
  });

  it("later releases say what each number is, its hedge and why it is attributed, in the site's words", () => {
    const latestRows = parse(files.get("figures.csv")!, { columns: true }) as Array<Record<string, string>>;
    const byId = new Map(latestRows.map((r) => [r.figure_id, r]));
    const cbs = byId.get("cbs-news-killed-2025-26.2026-01-13.liga-trump-to-the-iranians-seize-state")!;
    expect([cbs.value, cbs.qualifier, cbs.hedge, cbs.hedge_text, cbs.hedge_value, cbs.unit]).toEqual(["12000", "at_least", "possibly_as_many_as", "possibly as many as 20,000", "20000", "people killed"]);
    expect(cbs.attribution_reason).not.toBe("");
    const soltani = byId.get("ihr-sentenced-to-death-2025-26.2026-01-12.webjosh-1768376022")!;
    expect([soltani.basis, soltani.cases, soltani.series_label]).toEqual(["cases", "Erfan Soltani", "IHR: death sentences"]);
  });
});

describe("the files a release offers (the small test dataset)", () => {
  const SHA = "ab".repeat(32);
  const COMMIT = "0123456789abcdef0123456789abcdef01234567";
  const SERIES = ["example-monitor-arrested-2026", "example-observatory-killed-2026"];
  const SCHEMAS = ["organisations", "sources", "waves", "series", "translations", "release", "withdrawn"].map((n) => `schema/${n}.schema.json`);
  const JSON_TYPE = "application/json; charset=utf-8";
  const CSV_TYPE = "text/csv; charset=utf-8";

  /** The test dataset as a release made after 2026-12-01 (the newest layout), or data/ before any release. */
  function testFiles(released: boolean) {
    const data = validateDataset(join(import.meta.dirname, "../fixtures/valid"), { root: join(import.meta.dirname, "../..") }).dataset;
    const release = { version: "2026-12-05", date: "2026-12-05", summary: "Test release.", previous: null, sha256: SHA, dataset_commit: COMMIT, data } as unknown as (typeof v.releases)[number];
    const context: SiteContext = { ...ctx, index: buildSiteIndex(data), release: released ? release : null };
    return { release, files: downloadFiles(context) };
  }

  it("are the figures, one CSV per series, the release, its data package, schemas and README, each with its media type", () => {
    const { files } = testFiles(true);
    expect(files.map((f) => [f.path, f.type])).toEqual([
      ["figures.csv", CSV_TYPE],
      ["figures.json", JSON_TYPE],
      ["dataset.json", JSON_TYPE],
      ...SERIES.map((s) => [`series/${s}.csv`, CSV_TYPE]),
      ["datapackage.json", JSON_TYPE],
      ["schema/figures.tableschema.json", JSON_TYPE],
      ["schema/series.tableschema.json", JSON_TYPE],
      ["schema/figures.schema.json", JSON_TYPE],
      ...SCHEMAS.map((s) => [s, JSON_TYPE]),
      ["README.md", "text/markdown; charset=utf-8"],
    ]);
  });

  it("give figures.json its schema, release, hash and commit, and each series CSV only that series' rows", () => {
    const { files } = testFiles(true);
    const body = (path: string) => files.find((f) => f.path === path)!.body();
    const json = JSON.parse(body("figures.json"));
    expect([json.$schema, json.version, json.release_sha256, json.dataset_commit, json.figures.length]).toEqual(["schema/figures.schema.json", "2026-12-05", SHA, COMMIT, 5]);
    expect(body("figures.json").startsWith('{\n "$schema"')).toBe(true);
    const rows = (path: string) => parse(body(path), { columns: true }) as Array<Record<string, string>>;
    expect(rows("figures.csv")).toHaveLength(5);
    expect(rows(`series/${SERIES[0]}.csv`).map((r) => r.series_id)).toEqual(Array(3).fill(SERIES[0]));
    expect(rows(`series/${SERIES[1]}.csv`).map((r) => r.series_id)).toEqual(Array(2).fill(SERIES[1]));
    expect(rows("figures.csv").every((r) => r.dataset_commit === COMMIT)).toBe(true);
  });

  it("give dataset.json the release as frozen, the data package and schemas as JSON, and a README naming the version", () => {
    const { files, release } = testFiles(true);
    const body = (path: string) => files.find((f) => f.path === path)!.body();
    expect(JSON.parse(body("dataset.json"))).toEqual(JSON.parse(JSON.stringify(release)));
    expect(body("dataset.json").endsWith("}\n")).toBe(true);
    expect(JSON.parse(body("datapackage.json")).version).toBe("2026-12-05");
    expect(JSON.parse(body("schema/figures.tableschema.json")).foreignKeys).toBeUndefined();
    expect(JSON.parse(body("schema/series.tableschema.json")).foreignKeys[0].reference.resource).toBe("figures");
    expect(JSON.parse(body("schema/figures.schema.json")).title).toBe("figures.json");
    expect(JSON.parse(body("schema/release.schema.json")).title).toBe("data/releases/<version>.json");
    const readme = body("README.md");
    expect(readme).toMatch(/^# Iran protest detainee counts: data, version 2026-12-05\n/);
    expect(readme).toContain(`Release content SHA-256: ${SHA}`);
    expect(readme).toContain(`Dataset commit (git, data/ at release): ${COMMIT}`);
  });

  it("before any release, are marked unreleased, with no hash, commit or data package", () => {
    const { files } = testFiles(false);
    expect(files.map((f) => f.path)).toEqual([
      "figures.csv",
      "figures.json",
      "dataset.json",
      ...SERIES.map((s) => `series/${s}.csv`),
      "schema/figures.tableschema.json",
      "schema/series.tableschema.json",
      "schema/figures.schema.json",
      ...SCHEMAS,
      "README.md",
    ]);
    const body = (path: string) => files.find((f) => f.path === path)!.body();
    expect(body("dataset.json")).toBe("{}\n");
    const json = JSON.parse(body("figures.json"));
    expect([json.version, json.release_sha256, json.dataset_commit]).toEqual(["unreleased", null, null]);
    expect(body("README.md")).toMatch(/^# Iran protest detainee counts: data, version unreleased\n/);
    expect(body("README.md")).toContain("Dataset commit: none recorded");
  });

  it("of a release without a recorded commit leave it empty, never invented", () => {
    const { release } = testFiles(true);
    const { dataset_commit: _none, ...old } = release;
    const data = (release as unknown as { data: Parameters<typeof buildSiteIndex>[0] }).data;
    const files = downloadFiles({ ...ctx, index: buildSiteIndex(data), release: old as typeof release });
    expect(JSON.parse(files.find((f) => f.path === "figures.json")!.body()).dataset_commit).toBeNull();
  });

  it("of a release in the 2026-12-01 layout have no $schema or commit in figures.json", () => {
    const { release } = testFiles(true);
    const data = (release as unknown as { data: Parameters<typeof buildSiteIndex>[0] }).data;
    const files = downloadFiles({ ...ctx, index: buildSiteIndex(data), release: { ...release, version: "2026-12-01" } });
    const json = JSON.parse(files.find((f) => f.path === "figures.json")!.body());
    expect(Object.keys(json)).toEqual(["version", "release_sha256", "figures"]);
    expect(json.release_sha256).toBe(SHA);
    expect(json.version).toBe("2026-12-01");
  });
});
