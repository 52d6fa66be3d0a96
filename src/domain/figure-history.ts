import type { Release } from "../datasets/schemas/release.ts";

export interface FigureHistoryEntry {
  version: string;
  date: string;
  status: "added" | "changed" | "unchanged" | "removed" | "absent";
  /** The figure as that release froze it (absent once removed). */
  figure?: Release["data"]["figures"][number];
  /** The correction or withdrawal reason recorded in that release. */
  reason?: string;
}

/** A figure's life across releases, oldest first: when it appeared, every change with its reason, its withdrawal. */
export function figureHistory(id: string, releases: Release[]): FigureHistoryEntry[] {
  const out: FigureHistoryEntry[] = [];
  for (const r of releases) {
    const figure = r.data.figures.find((f) => f.id === id);
    const changed = r.changes.figures_changed.find((c) => c.id === id);
    const removed = r.changes.figures_removed.find((c) => c.id === id);
    const base = { version: r.version, date: r.date };
    if (removed) out.push({ ...base, status: "removed", reason: removed.reason });
    else if (!figure) out.push({ ...base, status: "absent" });
    else if (r.changes.figures_added.includes(id)) out.push({ ...base, status: "added", figure });
    else if (changed) out.push({ ...base, status: "changed", figure, reason: changed.reason });
    else out.push({ ...base, status: "unchanged", figure });
  }
  // Releases before the figure existed say nothing about it.
  const first = out.findIndex((e) => e.status !== "absent");
  return first < 0 ? [] : out.slice(first);
}
