import { describe, expect, it } from "vitest";
import type { Dataset, DatasetFigure } from "../datasets/dataset.ts";
import { csvCell, downloadLayout, figureColumns, figureRecords, listSeparator } from "./figure-records.ts";
import { buildSiteIndex } from "./site-index.ts";

// A small dataset: one organisation, two series (one with a unit), one source, three figures.
const fig = (id: string, over: Partial<DatasetFigure>): DatasetFigure =>
  ({ id, series: "s-arrested", organisation: "o", measure: "arrested", as_of: "2026-01-10", value: 10, qualifier: "exact", source: "doc", quote: "q", figure_text: "10", flags: [], ...over }) as DatasetFigure;
const data = (unit: boolean) =>
  ({
    organisations: [{ id: "o", name: "Org Name", short_name: "O", kind: "ngo" }],
    sources: [{ id: "doc", title: "T", publisher: "P", url: "https://example.org/doc", published: "2026-01-11", accessed: "2026-01-12", language: "en", kind: "report", archived: ["https://web.archive.org/x"] }],
    waves: [],
    series: [
      { id: "s-arrested", organisation: "o", measure: "arrested", wave: "w", label: "Arrested", definition: "D", cumulative: true, caveats: ["first; with a semicolon", "second"], ...(unit ? { unit: { one: "person", other: "people" } } : {}) },
      { id: "s-killed", organisation: "o", measure: "killed", wave: "w", label: "Killed", definition: "D2", cumulative: false, caveats: [] },
    ],
    figures: [
      fig("b-2", { flags: ["backfilled", "low_quality_source"], cases: ["A", "B"] }),
      fig("a-1", { value: undefined, low: 5, high: 9, qualifier: "range" }),
      fig("c-3", { series: "s-killed", measure: "killed" }),
    ],
    withdrawn: [],
    translations: {},
  }) as unknown as Dataset;
const index = buildSiteIndex(data(true));

describe("downloadLayout: each release keeps the columns it was published with", () => {
  it("gives releases after 2026-12-01, and an unreleased preview, the provenance layout", () => {
    expect(downloadLayout(index, null)).toBe(3);
    expect(downloadLayout(index, "2026-12-02")).toBe(3);
    expect(downloadLayout(index, "2026-12-01.2")).toBe(3);
  });
  it("gives 2026-12-01 and before the claim columns once any series has a unit, the first columns before", () => {
    expect(downloadLayout(index, "2026-12-01")).toBe(2);
    expect(downloadLayout(index, "2026-11-29")).toBe(2);
    expect(downloadLayout(buildSiteIndex(data(false)), "2026-11-29")).toBe(1);
  });
});

describe("figureColumns", () => {
  it("adds the claim columns in layout 2, and the provenance columns with flags renamed figure_flags in layout 3", () => {
    const one = figureColumns(1);
    expect(one).toHaveLength(25);
    expect(one).toContain("flags");
    expect(figureColumns(2).slice(25)).toEqual(["series_label", "unit", "basis", "cases", "hedge", "hedge_text", "hedge_value", "attribution_reason", "corroborated_by", "public_note", "other_documents", "archive_lookup"]);
    const three = figureColumns(3);
    expect(three).toHaveLength(25 + 12 + 18);
    expect(three[16]).toBe("figure_flags");
    expect(three).not.toContain("flags");
    expect(three.at(-1)).toBe("dataset_commit");
  });
});

describe("csvCell", () => {
  it("writes missing values as empty, booleans as TRUE/FALSE, numbers and text as they are", () => {
    expect(csvCell("notes", null)).toBeNull();
    expect(csvCell("notes", undefined)).toBeNull();
    expect(csvCell("series_cumulative", true)).toBe("TRUE");
    expect(csvCell("series_cumulative", false)).toBe("FALSE");
    expect(csvCell("value", 0)).toBe(0);
    expect(csvCell("quote", "")).toBe("");
  });
  it("joins lists by ';', caveats (sentences that may hold ';') by a line break, and an empty list is empty", () => {
    expect(csvCell("figure_flags", ["backfilled", "low_quality_source"])).toBe("backfilled;low_quality_source");
    expect(csvCell("series_caveats", ["first; with a semicolon", "second"])).toBe("first; with a semicolon\nsecond");
    expect(csvCell("cases", [])).toBeNull();
    expect(listSeparator("cases")).toBe(";");
  });
});

describe("figureRecords", () => {
  it("gives one record per figure, sorted by id, or only one series' figures", () => {
    expect(figureRecords(index, { layout: 3 }).map((r) => r.figure_id)).toEqual(["a-1", "b-2", "c-3"]);
    expect(figureRecords(index, { layout: 3, seriesId: "s-arrested" }).map((r) => r.figure_id)).toEqual(["a-1", "b-2"]);
    expect(figureRecords(index, { layout: 3, seriesId: "no-such-series" })).toEqual([]);
  });
  it("keeps lists as ';'-joined text in layouts 1 and 2, as they were published, and as arrays in layout 3", () => {
    const [, b1] = figureRecords(index, { layout: 1 });
    expect(b1).toMatchObject({ flags: "backfilled;low_quality_source", organisation_name: "Org Name", wave_id: "w", source_url: "https://example.org/doc" });
    expect(b1).not.toHaveProperty("series_label");
    const [, b2] = figureRecords(index, { layout: 2 });
    expect(b2).toMatchObject({ cases: "A;B", series_label: "Arrested", unit: "people", basis: "total", corroborated_by: null });
    expect(b2).not.toHaveProperty("source_accessed");
    const [a3, b3] = figureRecords(index, { layout: 3, datasetCommit: "abc" });
    expect(b3).toMatchObject({ figure_flags: ["backfilled", "low_quality_source"], cases: ["A", "B"], corroborated_by: [], source_archived: ["https://web.archive.org/x"], series_caveats: ["first; with a semicolon", "second"], dataset_commit: "abc" });
    expect(a3).toMatchObject({ value: null, low: 5, high: 9, qualifier: "range", series_cumulative: true, series_estimate: false, source_accessed: "2026-01-12" });
  });
});

describe("figureRecords with every optional field", () => {
  it("carries each field of the figure, its source and its series into its column", () => {
    const full = data(true);
    full.figures = [
      fig("z-9", {
        translation: "tr",
        locator: "para 3",
        attribution: "attr",
        notes: "n",
        hedge: { kind: "possibly_as_many_as", text: "possibly as many as 20", value: 20 },
        attribution_reason: "why",
        public_note: "pn",
        corroborated_by: ["x-1"],
        other_documents: [{ source: "doc2", quote: "q2", figure_text: "10" }],
      } as Partial<DatasetFigure>),
      fig("y-8", { source: "doc2", as_of: "2026-01-03" }),
    ];
    full.sources = [
      { id: "doc", title: "T", publisher: "P", url: "https://example.org/doc", published: "2026-01-11", published_inferred: true, accessed: null, language: "en", kind: "report", read_via: "archive", title_from: "page", research_notes: "rn", caution: "c", dataset: { repository: "https://git.example/r", file: "f.csv", commit: "abc" } },
      { id: "doc2", title: "T2", publisher: "P2", url: "https://example.org/doc2", published: null, published_not_before: { date: "2026-01-04", reason: "mentions 3 Jan" }, accessed: null, language: "fa", kind: "news" },
    ] as unknown as Dataset["sources"];
    (full.series[0] as { scope?: string; estimate?: boolean }).scope = "Tehran";
    (full.series[0] as { scope?: string; estimate?: boolean }).estimate = true;
    const [y, z] = figureRecords(buildSiteIndex(full), { layout: 3 });
    expect(z).toMatchObject({
      translation: "tr",
      locator: "para 3",
      attribution: "attr",
      notes: "n",
      hedge: "possibly_as_many_as",
      hedge_text: "possibly as many as 20",
      hedge_value: 20,
      attribution_reason: "why",
      public_note: "pn",
      corroborated_by: ["x-1"],
      other_documents: ["doc2"],
      source_read_via: "archive",
      source_title_from: "page",
      source_research_notes: "rn",
      source_caution: "c",
      source_published_inferred: true,
      source_dataset_repository: "https://git.example/r",
      source_dataset_file: "f.csv",
      source_dataset_commit: "abc",
      series_scope: "Tehran",
      series_estimate: true,
    });
    // A document without a day: nothing inferred about a day not shown; its earliest day and why; no archive list.
    expect(y).toMatchObject({ source_published: null, source_published_inferred: null, source_published_not_before: "2026-01-04", source_published_not_before_reason: "mentions 3 Jan", source_archived: [], translation: null, hedge: null, series_scope: "Tehran" });
    // The archive lookup is for the day the document was published, else the figure's day.
    expect(String(z.archive_lookup)).toContain("20260111");
    expect(String(y.archive_lookup)).toContain("20260103");
  });
  it("gives a release made the day before a same-day release the layout of its day", () => {
    expect(downloadLayout(index, "2026-11-29.2")).toBe(2);
  });
});
