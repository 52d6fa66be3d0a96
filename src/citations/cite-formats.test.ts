import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { describe, expect, it } from "vitest";
import { citeBibtex, citeCslJson, citePlain, citeRis } from "./cite-formats.ts";

const input = {
  title: "HRANA: people arrested (estimate) & 100% {tricky} title_",
  version: "2026-11-29",
  released: "2026-11-29",
  url: "https://detainees.example.org/v/2026-11-29/series/hrana-arrested-2025-26/",
  accessed: "2026-12-03",
};

// Each format is read back by citation-js, an independent parser, and must keep every field.
describe("citations parse in their own formats with their fields filled", () => {
  it("BibTeX", () => {
    const [item] = new Cite(citeBibtex(input)).data;
    expect(item.title).toBe(input.title);
    expect(item.URL).toBe(input.url);
    expect(item.version).toBe("2026-11-29");
    expect(item.accessed["date-parts"][0]).toEqual([2026, 12, 3]);
    // A braced corporate author stays one unsplit name (citation-js files it under "family").
    expect(item.author).toEqual([{ family: "Iran protest detainee counts" }]);
  });
  it("RIS", () => {
    const [item] = new Cite(citeRis(input)).data;
    expect(item.type).toBe("dataset");
    expect(item.title).toBe(input.title);
    expect(item.URL).toBe(input.url);
    expect(item.edition ?? item.version).toBe("2026-11-29");
    expect(item.accessed["date-parts"][0]).toEqual([2026, 12, 3]);
  });
  it("CSL-JSON", () => {
    const [item] = new Cite(JSON.parse(citeCslJson(input))).data;
    expect(item).toMatchObject({ type: "dataset", title: input.title, URL: input.url, version: "2026-11-29" });
    expect(item.issued["date-parts"][0]).toEqual([2026, 11, 29]);
  });
  it("plain text names the dashboard, version, permanent URL and access date", () => {
    expect(citePlain(input)).toBe(
      "Iran protest detainee counts (2026). “HRANA: people arrested (estimate) & 100% {tricky} title_” [Data set], version 2026-11-29. https://detainees.example.org/v/2026-11-29/series/hrana-arrested-2025-26/ (accessed 3 December 2026).",
    );
  });
});

// Issue 14: a figure's citation names the document the number came from, and who claimed it.
const passedOn = {
  ...input,
  document: {
    title: "Day 40: arrests continue",
    publisher: "Iran Monitor Daily",
    claimant: "Human Rights Activists News Agency (HRANA)",
    published: "2026-02-05",
    url: "https://news.example/day-40",
    accessed: "2026-02-06",
    kind: "news" as const,
    language: "en",
  },
};
const ownReport = { ...input, document: { ...passedOn.document, publisher: "HRANA", claimant: null, kind: "report" as const } };

describe("citations of a figure name the document behind it", () => {
  it("every format holds two items, the document first, then the dataset version", () => {
    for (const text of [citeBibtex(passedOn), citeRis(passedOn), JSON.parse(citeCslJson(passedOn))]) {
      const items = new Cite(text).data;
      expect(items).toHaveLength(2);
      const [doc, data] = items.sort((a: { URL: string }) => (a.URL === passedOn.document.url ? -1 : 1));
      expect(doc.title).toBe("Day 40: arrests continue");
      expect(doc.URL).toBe("https://news.example/day-40");
      expect(doc.issued["date-parts"][0][0]).toBe(2026);
      expect(data.URL).toBe(input.url);
      expect(data.title).toBe(input.title);
    }
  });
  it("says whose claim a passed-on figure is, and never of the claimant's own report", () => {
    expect(citePlain(passedOn)).toContain("Claim by Human Rights Activists News Agency (HRANA), as reported by Iran Monitor Daily.");
    expect(citeRis(passedOn)).toContain("N1  - Claim by Human Rights Activists News Agency (HRANA), as reported by Iran Monitor Daily.");
    expect(JSON.parse(citeCslJson(passedOn))[0].note).toContain("as reported by Iran Monitor Daily");
    expect(new Cite(citeBibtex(passedOn)).data.find((i: { URL: string }) => i.URL === passedOn.document.url).note).toContain("as reported by Iran Monitor Daily");
    for (const text of [citePlain(ownReport), citeRis(ownReport), citeCslJson(ownReport), citeBibtex(ownReport)]) expect(text).not.toContain("as reported by");
  });
  it("plain text reads document, then dataset, with both dates and both URLs", () => {
    const plain = citePlain(passedOn);
    expect(plain.indexOf("https://news.example/day-40")).toBeLessThan(plain.indexOf(input.url));
    expect(plain).toMatch(/^Iran Monitor Daily \(5 February 2026\)\. “Day 40: arrests continue”\. https:\/\/news\.example\/day-40 \(accessed 6 February 2026\)\./);
    expect(plain).toContain("Recorded in: Iran protest detainee counts (2026).");
  });
  it("BibTeX keeps the day of both dates", () => {
    const items = new Cite(citeBibtex(passedOn)).data;
    const dates = items.map((i: { issued: { "date-parts": number[][] } }) => i.issued["date-parts"][0]).sort();
    expect(dates).toEqual([[2026, 11, 29], [2026, 2, 5]].sort());
  });
});

// Rendered by citeproc (citation-js's CSL plugin) in the styles it ships: nothing missing.
// citeproc loads its styles and locales on first use: slow on a busy machine.
describe("citations render complete in common styles", { timeout: 60_000 }, () => {
  for (const style of ["apa", "harvard1", "vancouver"]) {
    it(style, () => {
      const out = new Cite(JSON.parse(citeCslJson(ownReport))).format("bibliography", { template: style, format: "text", lang: "en-US" });
      for (const part of ["HRANA", "Day 40: arrests continue", "https://news.example/day-40", "Iran protest detainee counts", input.url, "2026"]) expect(out, `${style}: ${part}`).toContain(part);
    });
  }
  it("APA marks the dataset [Data set] and the report [Report]", () => {
    const out = new Cite(JSON.parse(citeCslJson(ownReport))).format("bibliography", { template: "apa", format: "text", lang: "en-US" });
    expect(out).toContain("[Data set]");
    // APA dates a report by its year, a news article by its day.
    expect(out).toContain("HRANA. (2026). Day 40: arrests continue [Report]. https://news.example/day-40");
  });
  it("APA names a news article's outlet when no reporter is recorded", () => {
    const out = new Cite(JSON.parse(citeCslJson(passedOn))).format("bibliography", { template: "apa", format: "text", lang: "en-US" });
    expect(out).toContain("Day 40: arrests continue. (2026, February 5). Iran Monitor Daily. https://news.example/day-40");
  });
});
