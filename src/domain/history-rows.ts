import type { FigureHistoryEntry } from "./figure-history.ts";

/** One row of a figure's history table: a release where something happened, or a run of releases where nothing did. */
export type HistoryRow = { kind: "release"; entry: FigureHistoryEntry } | { kind: "unchanged"; first: FigureHistoryEntry; last: FigureHistoryEntry; count: number };

/**
 * A figure's history as a reader wants it: every release that added, corrected or withdrew it
 * on its own row, and each run of two or more releases that left it unchanged as one row
 * ("unchanged in 11 releases", first to last). With weekly releases a row per release would
 * bury the corrections under dozens of identical rows, and make every figure page grow with
 * the number of releases.
 */
export function historyRows(history: readonly FigureHistoryEntry[]): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let run: FigureHistoryEntry[] = [];
  const flush = () => {
    if (run.length === 1) rows.push({ kind: "release", entry: run[0] });
    else if (run.length > 1) rows.push({ kind: "unchanged", first: run[0], last: run.at(-1)!, count: run.length });
    run = [];
  };
  for (const entry of history) {
    if (entry.status === "unchanged") run.push(entry);
    else {
      flush();
      rows.push({ kind: "release", entry });
    }
  }
  flush();
  return rows;
}
