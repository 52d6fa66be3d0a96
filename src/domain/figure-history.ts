import { compareVersions } from "../datasets/release-hash.ts";
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

/** Per-release lookups, built once: a figure page must not scan every release's figures. */
const byId = new WeakMap<Release, { figures: Map<string, Release["data"]["figures"][number]>; changed: Map<string, string>; removed: Map<string, string>; added: Set<string> }>();
function lookup(r: Release) {
  let l = byId.get(r);
  if (!l) {
    l = {
      figures: new Map(r.data.figures.map((f) => [f.id, f])),
      changed: new Map(r.changes.figures_changed.map((c) => [c.id, c.reason])),
      removed: new Map(r.changes.figures_removed.map((c) => [c.id, c.reason])),
      added: new Set(r.changes.figures_added),
    };
    byId.set(r, l);
  }
  return l;
}

/**
 * The releases up to and including `version`: an archived page tells the story as of its own
 * release, so it stays the same when later releases come (and a build can reuse it).
 */
export function releasesUpTo(releases: Release[], version: string): Release[] {
  return releases.filter((r) => compareVersions(r.version, version) <= 0);
}

/** A figure's life across releases, oldest first: when it appeared, every change with its reason, its withdrawal. */
export function figureHistory(id: string, releases: Release[]): FigureHistoryEntry[] {
  const out: FigureHistoryEntry[] = [];
  for (const r of releases) {
    const l = lookup(r);
    const figure = l.figures.get(id);
    const changed = l.changed.get(id);
    const removed = l.removed.get(id);
    const base = { version: r.version, date: r.date };
    if (removed !== undefined) out.push({ ...base, status: "removed", reason: removed });
    else if (!figure) out.push({ ...base, status: "absent" });
    else if (l.added.has(id)) out.push({ ...base, status: "added", figure });
    else if (changed !== undefined) out.push({ ...base, status: "changed", figure, reason: changed });
    else out.push({ ...base, status: "unchanged", figure });
  }
  // Releases before the figure existed say nothing about it.
  const first = out.findIndex((e) => e.status !== "absent");
  return first < 0 ? [] : out.slice(first);
}
