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
