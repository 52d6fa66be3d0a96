import { describe, expect, it } from "vitest";
import type { FigureHistoryEntry } from "./figure-history.ts";
import { historyRows } from "./history-rows.ts";

const entry = (version: string, status: FigureHistoryEntry["status"]): FigureHistoryEntry => ({ version, date: version, status });

describe("historyRows", () => {
  it("keeps every release where something happened, and folds each run of unchanged releases into one row", () => {
    const rows = historyRows([
      entry("2026-01-01", "added"),
      entry("2026-01-08", "unchanged"),
      entry("2026-01-15", "unchanged"),
      entry("2026-01-22", "unchanged"),
      entry("2026-01-29", "changed"),
      entry("2026-02-05", "unchanged"),
      entry("2026-02-12", "removed"),
    ]);
    expect(rows.map((r) => (r.kind === "release" ? `${r.entry.version} ${r.entry.status}` : `${r.first.version}..${r.last.version} x${r.count}`))).toEqual([
      "2026-01-01 added",
      "2026-01-08..2026-01-22 x3",
      "2026-01-29 changed",
      "2026-02-05 unchanged",
      "2026-02-12 removed",
    ]);
  });
  it("folds a trailing run too, and leaves an empty history empty", () => {
    const rows = historyRows([entry("a", "added"), entry("b", "unchanged"), entry("c", "unchanged")]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ kind: "unchanged", count: 2, first: { version: "b" }, last: { version: "c" } });
    expect(historyRows([])).toEqual([]);
  });
});
