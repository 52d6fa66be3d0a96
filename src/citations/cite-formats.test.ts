import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
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
      "Iran protest detainee counts (2026). “HRANA: people arrested (estimate) & 100% {tricky} title_” [dataset], version 2026-11-29. https://detainees.example.org/v/2026-11-29/series/hrana-arrested-2025-26/ (accessed 3 December 2026).",
    );
  });
});
