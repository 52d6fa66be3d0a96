/** npm run add -- --batch: research-shaped rows through the conversion's code path, against a copy of data/. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Figure } from "../../src/datasets/schemas/figure.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";
import type { Row } from "../research/row-figure.ts";
import { readRows, runBatch } from "./batch-session.ts";
import { scriptedPrompts } from "./scripted-prompts.ts";
import { dataCopy, expectValid, readJson, removeCopies, ROOT, snapshot, TODAY } from "./test-data.ts";

afterEach(removeCopies);

const NEW_ROW: Row = {
  series: "iran-2025-26",
  measure: "detained",
  as_of: "2026-02-12",
  published: "2026-02-13",
  value: 53104,
  low: null,
  high: null,
  qualifier: "at least",
  organisation: "HRANA",
  document_title: "Example report (invented for a test)",
  url: "https://example.org/batch/day-47",
  publisher: "Example News",
  quote: "HRANA said at least 53,104 individuals have been arrested.",
  read_in: "https://example.org/batch/day-47",
  notes: "",
};

/** A row restating a figure already in data/ (HRANA's 990 of 4 January, from RFE/RL). */
function knownRow(): Row {
  const f: Figure = readJson(join(ROOT, "data"), "series/hrana-arrested-2025-26.json").figures.find((x: Figure) => x.id === "hrana-arrested-2025-26.2026-01-04.rferl-33640284");
  const doc: SourceDocument = readJson(join(ROOT, "data"), "sources.json").sources.find((d: SourceDocument) => d.id === f.source);
  return { ...NEW_ROW, as_of: f.as_of, published: doc.published, value: f.value!, url: doc.url, quote: f.quote, read_in: doc.url, qualifier: "at least" };
}

function session() {
  const dataDir = dataCopy();
  const lines: string[] = [];
  return { dataDir, lines, before: snapshot(dataDir), options: { dataDir, root: ROOT, today: TODAY, prompts: scriptedPrompts([]).prompts, log: (l: string) => lines.push(l), yes: true } };
}

// Sessions copy and validate the whole of data/: allow for a busy machine.
describe("npm run add -- --batch", { timeout: 120_000 }, () => {
  it("adds the new rows of a JSON file and skips a figure already recorded", async () => {
    const s = session();
    const outcome = await runBatch(s.options, [knownRow(), NEW_ROW]);
    expect(outcome.written).toBe(true);
    expect(s.lines.join("\n")).toContain('row 1: already recorded as figure "hrana-arrested-2025-26.2026-01-04.rferl-33640284"; skipped.');
    const added = readJson(s.dataDir, "series/hrana-arrested-2025-26.json").figures.find((f: Figure) => f.id === "hrana-arrested-2025-26.2026-02-12.example-day-47");
    expect(added).toMatchObject({ value: 53104, qualifier: "at_least", figure_text: "53,104", attribution: "HRANA", flags: [] });
    expect(readJson(s.dataDir, "sources.json").sources.find((d: SourceDocument) => d.id === "example-day-47")).toMatchObject({ published: "2026-02-13", accessed: null, kind: "news", language: "en" });
    expectValid(s.dataDir);
  });

  it("reads the same rows from CSV, numbers and empty cells as in the JSON", () => {
    const path = join(dataCopy(), "..", "rows.csv");
    const columns = Object.keys(NEW_ROW) as Array<keyof Row>;
    const cell = (v: unknown) => (v === null ? "" : `"${String(v).replace(/"/g, '""')}"`);
    writeFileSync(path, `${columns.join(",")}\n${columns.map((c) => cell(NEW_ROW[c])).join(",")}\n`);
    expect(readRows(path)).toEqual([NEW_ROW]);
  });

  it("refuses the whole batch when a row names an organisation no rule knows", async () => {
    const s = session();
    const outcome = await runBatch(s.options, [NEW_ROW, { ...NEW_ROW, url: "https://example.org/x", organisation: "Kurdistan Human Rights Network" }]);
    expect(outcome.refused).toContain('row 2: No organisation rule matches "Kurdistan Human Rights Network"');
    expect(snapshot(s.dataDir)).toEqual(s.before);
  });

  it("refuses a row whose number is not in its quote", async () => {
    const s = session();
    const outcome = await runBatch(s.options, [{ ...NEW_ROW, value: 53105 }]);
    expect(outcome.refused).toContain("row 1: cannot find 53105 in its quote");
    expect(snapshot(s.dataDir)).toEqual(s.before);
  });
});
