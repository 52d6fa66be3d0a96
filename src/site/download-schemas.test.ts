import { Ajv2020 } from "ajv/dist/2020.js";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildSiteIndex } from "../domain/site-index.ts";
import { validateDataset } from "../domain/validate-dataset.ts";
import { apiFigureRecords } from "./api-records.ts";
import { apiIndexSchema, apiSeriesSchema, figuresJsonSchema } from "./download-schemas.ts";

/** A validator as strict as the dist checks' (tests/dist/data-package-check.ts): a malformed schema does not compile. */
const validatorOf = (schema: Record<string, unknown>) => new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const SHA = "0123456789abcdef".repeat(4);
const COMMIT = "0123456789abcdef0123456789abcdef01234567";

/** /api/v1/index.json as a client gets it, written out by hand. */
const index = () => ({
  $schema: "https://detainees.example/api/v1/schema/index.schema.json",
  version: "2026-12-01.2",
  releases: [
    {
      version: "2026-12-01.2",
      date: "2026-12-01",
      sha256: SHA,
      summary: "Second release of the day.",
      dataset: "/downloads/2026-12-01.2/dataset.json",
      datapackage: "/downloads/2026-12-01.2/datapackage.json",
      dataset_commit: COMMIT,
      offline: [
        { name: "site.zip", url: "/downloads/2026-12-01.2/site.zip", sha256: "/downloads/2026-12-01.2/site.zip.sha256" },
        { name: "site.zim", url: "/downloads/2026-12-01.2/site.zim", sha256: "/downloads/2026-12-01.2/site.zim.sha256" },
      ],
    },
  ],
  series: [{ id: "s1", label: "Monitor: arrests", wave: "w1", organisation: "o1", measure: "arrested", url: "/api/v1/series/s1.json" }],
});

type Doc = ReturnType<typeof index>;
type Release = Doc["releases"][number];

describe("the JSON Schema of /api/v1/index.json", () => {
  it("accepts the index of a site with releases, and of one before any release", () => {
    const valid = validatorOf(apiIndexSchema());
    expect(valid(index()), JSON.stringify(valid.errors)).toBe(true);
    expect(valid({ ...index(), version: null, releases: [] })).toBe(true);
    const noCommit = index();
    noCommit.releases[0] = { ...noCommit.releases[0], dataset_commit: null as never, offline: [] };
    expect(valid(noCommit)).toBe(true);
  });

  it("refuses a release whose fields are malformed", () => {
    const valid = validatorOf(apiIndexSchema());
    const bad: Array<[string, Partial<Release>]> = [
      ["a version that is not a date", { version: "v1" }],
      ["a date with a time", { date: "2026-12-01T10:00" }],
      ["a short hash", { sha256: "abc" }],
      ["an upper-case hash", { sha256: SHA.toUpperCase() }],
      ["an empty summary", { summary: "" }],
      ["a dataset that is another file", { dataset: "/downloads/2026-12-01.2/figures.json" }],
      ["a datapackage that is another file", { datapackage: "/downloads/2026-12-01.2/dataset.json" }],
      ["a commit that is not a git hash", { dataset_commit: "main" }],
      ["a summary that is not text", { summary: 3 as never }],
    ];
    for (const [what, change] of bad) {
      const doc = index();
      doc.releases[0] = { ...doc.releases[0], ...change };
      expect(valid(doc), what).toBe(false);
    }
  });

  it("refuses an offline copy other than site.zip or site.zim, or without its hash file", () => {
    const valid = validatorOf(apiIndexSchema());
    const zip = index().releases[0].offline[0];
    const bad: Array<[string, unknown]> = [
      ["another archive", { ...zip, name: "site.tar" }],
      ["an address outside the downloads", { ...zip, url: "/site.zip" }],
      ["a hash file that is the archive", { ...zip, sha256: zip.url }],
      ["no hash file", { name: zip.name, url: zip.url }],
      ["an extra field", { ...zip, bytes: 1 }],
      ["a url that is not text", { ...zip, url: 1 }],
    ];
    for (const [what, copy] of bad) {
      const doc = index();
      doc.releases[0].offline = [copy as never];
      expect(valid(doc), what).toBe(false);
    }
  });

  it("refuses a release, a series or an index with a field missing or one it does not define", () => {
    const valid = validatorOf(apiIndexSchema());
    const release = index().releases[0];
    for (const field of Object.keys(release)) {
      const doc = index();
      doc.releases[0] = Object.fromEntries(Object.entries(release).filter(([k]) => k !== field)) as never;
      expect(valid(doc), `release without ${field}`).toBe(false);
    }
    const series = index().series[0];
    for (const field of Object.keys(series)) {
      const doc = index();
      doc.series[0] = Object.fromEntries(Object.entries(series).filter(([k]) => k !== field)) as never;
      expect(valid(doc), `series without ${field}`).toBe(false);
    }
    for (const field of ["version", "releases", "series"]) {
      expect(valid(Object.fromEntries(Object.entries(index()).filter(([k]) => k !== field))), `index without ${field}`).toBe(false);
    }
    expect(valid({ ...index(), latest: "2026-12-01" })).toBe(false);
    const extraRelease = index();
    extraRelease.releases[0] = { ...release, url: "/v/2026-12-01.2/" } as never;
    expect(valid(extraRelease)).toBe(false);
    const extraSeries = index();
    extraSeries.series[0] = { ...series, unit: "arrests" } as never;
    expect(valid(extraSeries)).toBe(false);
  });

  it("refuses a series whose fields are not text, or whose address is not its API file", () => {
    const valid = validatorOf(apiIndexSchema());
    for (const [field, value] of [["id", 1], ["label", null], ["wave", 2], ["organisation", []], ["measure", {}], ["url", "/series/s1/"]] as const) {
      const doc = index();
      doc.series[0] = { ...doc.series[0], [field]: value } as never;
      expect(valid(doc), field).toBe(false);
    }
    expect(valid({ ...index(), $schema: 1 })).toBe(false);
  });

  it("says what it describes, what a null commit means, and what the offline copies are", () => {
    const schema = apiIndexSchema() as { title: string; description: string; properties: { releases: { items: { properties: Record<string, { description?: string }> } } } };
    expect(schema.title).toBe("/api/v1/index.json");
    expect(schema.description).toMatch(/releases/);
    const release = schema.properties.releases.items.properties;
    expect(release.dataset_commit.description).toMatch(/null when the release recorded none/);
    expect(release.offline.description).toMatch(/site\.zip.*site\.zim.*SHA-256/s);
  });
});

/** A series file of the small test dataset (tests/fixtures/valid), as /api/v1/series/<id>.json serves it. */
let fixture: ReturnType<typeof validateDataset> | undefined;
function seriesDocument(version: string | null = "2026-12-01") {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  fixture ??= validateDataset(fileURLToPath(new URL("../../tests/fixtures/valid", import.meta.url)), { root });
  const siteIndex = buildSiteIndex(fixture.dataset);
  const id = "example-monitor-arrested-2026";
  return { $schema: "https://detainees.example/api/v1/schema/series.schema.json", version, series: siteIndex.series.get(id)!, figures: apiFigureRecords(siteIndex, id, COMMIT) };
}

describe("the JSON Schema of /api/v1/series/<id>.json", () => {
  it("accepts a series file as the API serves it", () => {
    const valid = validatorOf(apiSeriesSchema());
    const doc = seriesDocument();
    expect(doc.figures.length).toBe(3);
    expect(valid(doc), JSON.stringify(valid.errors)).toBe(true);
    expect(valid(seriesDocument(null))).toBe(true);
  });

  it("keeps flags, cases, corroborated_by and other_documents as the ';'-joined strings v1 was published with", () => {
    const valid = validatorOf(apiSeriesSchema());
    const withFigure = (change: Record<string, unknown>) => {
      const doc = seriesDocument();
      return { ...doc, figures: [{ ...doc.figures[0], ...change }] };
    };
    expect(valid(withFigure({ flags: "approximate;disputed", cases: "A;B", corroborated_by: "x;y", other_documents: "d1;d2" }))).toBe(true);
    expect(valid(withFigure({ flags: ["approximate"] }))).toBe(false);
    expect(valid(withFigure({ cases: ["A"] }))).toBe(false);
    expect(valid(withFigure({ figure_flags: "approximate" }))).toBe(false);
    expect(valid(withFigure({ value: -1 }))).toBe(false);
    expect(valid(withFigure({ extra: 1 }))).toBe(false);
  });

  it("marks the legacy string fields deprecated, and points from flags to figure_flags", () => {
    const figure = (apiSeriesSchema() as { properties: { figures: { items: { properties: Record<string, { deprecated?: boolean; description: string }> } } } }).properties.figures.items.properties;
    for (const c of ["flags", "cases", "corroborated_by", "other_documents"]) {
      expect(figure[c].deprecated, c).toBe(true);
      expect(figure[c].description, c).toMatch(/Kept for \/api\/v1 compatibility as a ';'-joined string/);
    }
    expect(figure.flags.description).toMatch(/\("" when none\); use the array figure_flags\.$/);
    expect(figure.cases.description).toMatch(/Kept for \/api\/v1 compatibility as a ';'-joined string\.$/);
    expect(figure.figure_flags.deprecated).toBeUndefined();
    expect(figure.value.deprecated).toBeUndefined();
  });

  it("refuses a file without its version, series or figures, or with a field it does not define", () => {
    const valid = validatorOf(apiSeriesSchema());
    for (const field of ["version", "series", "figures"]) expect(valid(Object.fromEntries(Object.entries(seriesDocument()).filter(([k]) => k !== field))), field).toBe(false);
    expect(valid({ ...seriesDocument(), release: "x" })).toBe(false);
    expect(valid({ ...seriesDocument(), $schema: null })).toBe(false);
    expect(valid({ ...seriesDocument(), version: "latest" })).toBe(false);
    expect(valid({ ...seriesDocument(), series: {} })).toBe(false);
  });

  it("says what it describes", () => {
    const schema = apiSeriesSchema() as { title: string; description: string };
    expect(schema.title).toBe("/api/v1/series/<id>.json");
    expect(schema.description).toMatch(/^One series of the latest release/);
  });
});

describe("the JSON Schema of a release's figures.json", () => {
  /** figures.json of the test dataset in the newest layout, as a release writes it. */
  const figuresJson = () => {
    const doc = seriesDocument();
    return { $schema: "schema/figures.schema.json", version: "2026-12-05", release_sha256: SHA, dataset_commit: COMMIT, figures: doc.figures.map(({ flags: _legacy, ...r }) => ({ ...r, cases: [], corroborated_by: [], other_documents: [] })) };
  };

  it("accepts figures.json of the newest layout, with or without its $schema, and a null commit", () => {
    const valid = validatorOf(figuresJsonSchema(3));
    expect(valid(figuresJson()), JSON.stringify(valid.errors)).toBe(true);
    const { $schema: _s, ...noSchema } = figuresJson();
    expect(valid(noSchema)).toBe(true);
    expect(valid({ ...figuresJson(), dataset_commit: null, release_sha256: null })).toBe(true);
  });

  it("refuses a malformed version, hash or commit, a missing field or one it does not define", () => {
    const valid = validatorOf(figuresJsonSchema(3));
    const { dataset_commit: _c, ...noCommit } = figuresJson();
    for (const [what, doc] of [
      ["version", { ...figuresJson(), version: "latest" }],
      ["hash", { ...figuresJson(), release_sha256: "abc" }],
      ["commit", { ...figuresJson(), dataset_commit: "HEAD" }],
      ["$schema", { ...figuresJson(), $schema: 3 }],
      ["no commit", noCommit],
      ["extra", { ...figuresJson(), generated: "today" }],
      ["extra column", { ...figuresJson(), figures: [{ ...figuresJson().figures[0], extra: 1 }] }],
      ["figures not a list", { ...figuresJson(), figures: {} }],
    ] as const)
      expect(valid(doc), what).toBe(false);
  });

  it("in older layouts, has no $schema or commit, and joins lists in strings", () => {
    const schema = figuresJsonSchema(2) as { properties: Record<string, unknown>; required: string[]; description: string };
    expect(Object.keys(schema.properties)).toEqual(["version", "release_sha256", "figures"]);
    expect(schema.required).toEqual(["version", "release_sha256", "figures"]);
    expect(schema.description).toBe("Every figure of one release, one flat record each, with the same columns as figures.csv.");
    expect(validatorOf(schema)({ version: "2026-12-01", release_sha256: SHA, figures: [] })).toBe(true);
    expect(validatorOf(schema)({ version: "2026-12-01", release_sha256: SHA, dataset_commit: COMMIT, figures: [] })).toBe(false);
  });

  it("says what it describes, and what its $schema and commit are", () => {
    const schema = figuresJsonSchema(3) as { title: string; description: string; properties: Record<string, { description?: string }>; required: string[] };
    expect(schema.title).toBe("figures.json");
    expect(schema.description).toBe("Every figure of one release, one flat record each, with the same columns as figures.csv (lists as arrays).");
    expect(schema.required).toEqual(["version", "release_sha256", "figures", "dataset_commit"]);
    expect(schema.properties.$schema.description).toBe("Where this schema is, relative to figures.json.");
    expect(schema.properties.dataset_commit.description).toMatch(/^The git commit data\/ was at when the release was made; null when the release recorded none/);
  });
});
