import { describe, expect, it } from "vitest";
import { smallSite } from "../../tests/unit/small-site.ts";
import { factPieces, fillFactText } from "./fill-fact-text.ts";

describe("prose with its figures filled in", () => {
  it("says a cited figure as a reader says it and its day in short form, each piece linked to the figure", () => {
    const { index } = smallSite().en;
    // hrana-a-6: at least 1,500 people arrested, as of 6 January 2026.
    expect(factPieces("HRANA counted {figure:hrana-a-6} by {as_of:hrana-a-6}.", index, "en-GB")).toEqual([
      { text: "HRANA counted " },
      { text: "at least 1,500", figure: "hrana-a-6" },
      { text: " by " },
      { text: "6 Jan 2026", figure: "hrana-a-6" },
      { text: "." },
    ]);
    expect(fillFactText("HRANA counted {figure:hrana-a-6} by {as_of:hrana-a-6}.", index, "en-GB")).toBe("HRANA counted at least 1,500 by 6 Jan 2026.");
  });
  it("says plainly when a cited figure is not in the data, with no link and no number", () => {
    const { index } = smallSite().en;
    expect(factPieces("Before: {figure:gone-figure}, after.", index, "en-GB")).toEqual([{ text: "Before: " }, { text: "[gone-figure: not in this data]" }, { text: ", after." }]);
    expect(fillFactText("{as_of:gone-figure}", index, "en-GB")).toBe("[gone-figure: not in this data]");
  });
  it("leaves the day of a figure with no as-of date empty rather than inventing one", () => {
    const { index } = smallSite().en;
    expect(factPieces("{figure:ihr-k-undated} ({as_of:ihr-k-undated})", index, "en-GB")).toEqual([
      { text: "55", figure: "ihr-k-undated" },
      { text: " (" },
      { text: "", figure: "ihr-k-undated" },
      { text: ")" },
    ]);
  });
  it("writes the figure and the day in Persian on a Persian page", () => {
    const { index } = smallSite().fa;
    // 6 January 2026 is 16 Dey 1404; Persian digits, the Persian thousands separator.
    expect(fillFactText("{figure:hrana-a-6}، {as_of:hrana-a-6}", index, "fa-IR")).toBe("دست‌کم ۱٬۵۰۰، ۱۶\u00a0دی\u00a0۱۴۰۴ (۶\u00a0ژانویه\u00a0۲۰۲۶)");
  });
  it("returns prose without placeholders unchanged", () => {
    const { index } = smallSite().en;
    expect(fillFactText("No figure here.", index, "en-GB")).toBe("No figure here.");
    expect(fillFactText("", index, "en-GB")).toBe("");
  });
});
