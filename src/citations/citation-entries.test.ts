import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { citationCff } from "./citation-cff.ts";
import { citationKey } from "./citation.ts";
import { allCitations, citeBibtex, citeCslJson, citePlain, citeRis } from "./cite-formats.ts";

// The whole entries a reader pastes into a reference manager, written out by hand: a field
// missing, a date cut wrongly or a line break lost is something the reader sees.
const dataset = { title: "HRANA: people arrested", version: "2026-11-29.2", released: "2026-11-29", url: "https://detainees.example.org/v/2026-11-29.2/series/hrana-arrested-2025-26/", accessed: "2026-12-03" };
const news = {
  ...dataset,
  document: { title: "Day 40:\narrests continue", publisher: "Iran Monitor Daily", claimant: "HRANA", published: "2026-02-05", url: "https://news.example/day-40", accessed: "2026-02-06", kind: "news" as const, language: "fa" },
};
const report = { ...dataset, document: { title: "Annual report", publisher: "HRANA", claimant: null, published: null, url: "https://hra.example/r", accessed: null, kind: "report" as const, language: "en" } };

describe("citationKey", () => {
  it("names the dashboard, the version and the page, in letters, digits and underscores", () => {
    expect(citationKey(dataset)).toBe("iran_detainee_counts_2026_11_29_2_series_hrana_arrested_2025_26");
    expect(citationKey({ ...dataset, version: "2026-11-29", url: "https://detainees.example.org/v/2026-11-29/" })).toBe("iran_detainee_counts_2026_11_29");
    expect(citationKey({ ...dataset, url: "https://detainees.example.org/v/2026-11-29.2/figures/f.1--x~y/" })).toBe("iran_detainee_counts_2026_11_29_2_figures_f_1_x_y");
  });
});

describe("BibTeX", () => {
  it("gives the document (a news article passed on) and then the dataset, every field filled", () => {
    expect(citeBibtex(news)).toBe(
      [
        "@misc{iran_detainee_counts_2026_11_29_2_series_hrana_arrested_2025_26_source,",
        "  title = {{Day 40:\narrests continue}},",
        "  author = {{Iran Monitor Daily}},",
        "  date = {2026-02-05},",
        "  year = {2026},",
        "  month = {2},",
        "  url = {https://news.example/day-40},",
        "  urldate = {2026-02-06},",
        "  language = {fa},",
        "  note = {Claim by HRANA, as reported by Iran Monitor Daily. Figure recorded in Iran protest detainee counts, version 2026-11-29.2.},",
        "}",
        "",
        "@misc{iran_detainee_counts_2026_11_29_2_series_hrana_arrested_2025_26,",
        "  title = {{HRANA: people arrested}},",
        "  author = {{Iran protest detainee counts}},",
        "  date = {2026-11-29},",
        "  year = {2026},",
        "  month = {11},",
        "  howpublished = {Data set},",
        "  version = {2026-11-29.2},",
        "  url = {https://detainees.example.org/v/2026-11-29.2/series/hrana-arrested-2025-26/},",
        "  urldate = {2026-12-03},",
        "  note = {Dataset version 2026-11-29.2; accessed 2026-12-03},",
        "}",
      ].join("\n"),
    );
  });
  it("marks a report as one, and leaves out the dates a document does not have", () => {
    expect(citeBibtex(report).split("\n\n")[0]).toBe(
      [
        "@misc{iran_detainee_counts_2026_11_29_2_series_hrana_arrested_2025_26_source,",
        "  title = {{Annual report}},",
        "  author = {{HRANA}},",
        "  howpublished = {Report},",
        "  url = {https://hra.example/r},",
        "  language = {en},",
        "  note = {Figure recorded in Iran protest detainee counts, version 2026-11-29.2.},",
        "}",
      ].join("\n"),
    );
  });
  it("escapes TeX's special characters in text, so the title prints as written", () => {
    const title = "50% of #1 & $2 ~ a_b ^c {d} \\e";
    expect(citeBibtex({ ...dataset, title })).toContain("  title = {{50\\% of \\#1 \\& \\$2 \\~{} a\\_b \\^{}c \\{d\\} \\textbackslash{}e}},");
  });
});

describe("RIS", () => {
  it("gives the document and the dataset as two records, tag by tag, with CRLF line ends", () => {
    expect(citeRis(news).split("\r\n")).toEqual([
      "TY  - NEWS",
      "TI  - Day 40: arrests continue",
      "AU  - Iran Monitor Daily",
      "T2  - Iran Monitor Daily",
      "PY  - 2026",
      "DA  - 2026/02/05",
      "UR  - https://news.example/day-40",
      "Y2  - 2026/02/06",
      "LA  - fa",
      "N1  - Claim by HRANA, as reported by Iran Monitor Daily.",
      "ER  - ",
      "TY  - DATA",
      "TI  - HRANA: people arrested",
      "AU  - Iran protest detainee counts",
      "PY  - 2026",
      "DA  - 2026/11/29",
      "ET  - 2026-11-29.2",
      "M3  - Data set",
      "UR  - https://detainees.example.org/v/2026-11-29.2/series/hrana-arrested-2025-26/",
      "Y2  - 2026/12/03",
      "N1  - Dataset version 2026-11-29.2",
      "ER  - ",
      "",
    ]);
  });
  it("gives a report no newspaper, no dates it does not have and no claim note", () => {
    expect(citeRis(report).split("\r\n").slice(0, 6)).toEqual(["TY  - RPRT", "TI  - Annual report", "AU  - HRANA", "UR  - https://hra.example/r", "LA  - en", "ER  - "]);
  });
  it("cites the dataset alone when no document is behind the page", () => {
    expect(citeRis(dataset).split("\r\n").slice(0, 2)).toEqual(["TY  - DATA", "TI  - HRANA: people arrested"]);
  });
  it("keeps each field on one line whatever line breaks the text holds", () => {
    expect(citeRis({ ...dataset, title: "a\r\n\r\nb\nc" })).toContain("TI  - a b c\r\n");
  });
});

describe("CSL-JSON and plain text", () => {
  it("types the document, names a news outlet as its container and a report's publisher as its author", () => {
    const [doc] = JSON.parse(citeCslJson(news));
    expect(doc).toEqual({
      id: "iran_detainee_counts_2026_11_29_2_series_hrana_arrested_2025_26_source",
      type: "article-newspaper",
      title: "Day 40:\narrests continue",
      "container-title": "Iran Monitor Daily",
      issued: { "date-parts": [[2026, 2, 5]] },
      accessed: { "date-parts": [[2026, 2, 6]] },
      URL: "https://news.example/day-40",
      language: "fa",
      note: "Claim by HRANA, as reported by Iran Monitor Daily.",
    });
    const [own] = JSON.parse(citeCslJson(report));
    expect(own).toEqual({ id: "iran_detainee_counts_2026_11_29_2_series_hrana_arrested_2025_26_source", type: "report", genre: "Report", title: "Annual report", author: [{ literal: "HRANA" }], URL: "https://hra.example/r", language: "en" });
  });
  it("plain text says n.d. for an undated document and gives its kind", () => {
    expect(citePlain(report)).toBe(
      "HRANA (n.d.). “Annual report” [Report]. https://hra.example/r. Recorded in: Iran protest detainee counts (2026). “HRANA: people arrested” [Data set], version 2026-11-29.2. https://detainees.example.org/v/2026-11-29.2/series/hrana-arrested-2025-26/ (accessed 3 December 2026).",
    );
  });
});

describe("CITATION.cff in full", () => {
  it("says how to cite, what the data is, its licence and keywords", () => {
    const text = citationCff({ version: "2026-11-29.2", date: "2026-11-29", origin: "https://detainees.example.org/" });
    expect(text.startsWith("# Written by `npm run release`")).toBe(true);
    expect(parse(text)).toEqual({
      "cff-version": "1.2.0",
      message:
        'If you use these figures, cite the release version you used and its permanent address (/v/<version>/), and the document and organisation behind each figure (each figure page\'s "Cite this" gives both).',
      title: "Iran protest detainee counts",
      type: "dataset",
      authors: [{ name: "Iran protest detainee counts" }],
      abstract:
        "Detainee counts, deaths, death sentences, executions and judicial figures for Iran's protest waves from 17 September 2022 and from 28 December 2025, recorded as claims by the organisations that published them, each with its source document and verbatim quote.",
      version: "2026-11-29.2",
      "date-released": "2026-11-29",
      license: "CC-BY-4.0",
      url: "https://detainees.example.org/v/2026-11-29.2/",
      identifiers: [{ type: "url", value: "https://detainees.example.org/", description: "The dashboard, latest release" }],
      keywords: ["Iran", "protests", "detainees", "human rights", "open data"],
    });
  });
});

describe("allCitations", () => {
  it("gives the four blocks of 'Cite this' in order, each with its label and text", () => {
    expect(allCitations(news).map(({ format, label }) => `${format}:${label}`)).toEqual(["plain:Text", "bibtex:BibTeX", "ris:RIS", "csl-json:CSL-JSON"]);
    expect(allCitations(news).map((c) => c.text)).toEqual([citePlain(news), citeBibtex(news), citeRis(news), citeCslJson(news)]);
  });
});
