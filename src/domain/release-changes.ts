import { canonicalJson } from "../datasets/canonical-json.ts";
import type { Dataset, DatasetFigure, Origins } from "../datasets/dataset.ts";
import type { Problem } from "../datasets/problem.ts";
import type { ReleaseChanges, ReleaseData } from "../datasets/schemas/release.ts";

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The dataset as a release stores it: every list sorted by id, so releases diff cleanly. */
export function snapshotOf(data: Dataset): ReleaseData {
  return {
    organisations: [...data.organisations].sort(byId),
    sources: [...data.sources].sort(byId),
    waves: [...data.waves].sort(byId),
    series: [...data.series].sort(byId),
    figures: [...data.figures].sort(byId),
  };
}

/** A figure's content apart from its corrections: what a correction must explain a change of. */
function content(f: Omit<DatasetFigure, "corrections"> & { corrections?: unknown }): string {
  const { corrections: _c, ...rest } = f;
  return canonicalJson(rest);
}

/**
 * What changed since the previous release, and the errors that block a release: a figure that
 * changed without a new correction reason, or that disappeared without a withdrawal reason.
 */
export function releaseChanges(
  previous: { version: string; data: ReleaseData } | null,
  current: Dataset,
  origins: Origins,
): { changes: ReleaseChanges; problems: Problem[] } {
  const problems: Problem[] = [];
  const changes: ReleaseChanges = { figures_added: [], figures_changed: [], figures_removed: [], sources_added: [] };
  const before = new Map((previous?.data.figures ?? []).map((f) => [f.id, f]));
  const now = new Map(current.figures.map((f) => [f.id, f]));
  const withdrawn = new Map(current.withdrawn.map((w) => [w.id, w]));
  const where = (r: object) => origins.get(r) ?? { file: "data", path: "$" };

  for (const f of [...current.figures].sort(byId)) {
    const old = before.get(f.id);
    if (!old) {
      changes.figures_added.push(f.id);
      continue;
    }
    const lost = lostCorrections("figure", old, f, where(f), previous!.version);
    if (lost) {
      problems.push(lost);
      continue;
    }
    if (content(old) === content(f)) continue;
    const reason = newReason(old, f);
    if (reason) changes.figures_changed.push({ id: f.id, reason });
    else {
      const o = where(f);
      problems.push({
        severity: "error",
        file: o.file,
        path: `${o.path}.corrections`,
        what: `figure "${f.id}" has changed since release ${previous!.version} but carries no new correction reason`,
        fix: 'add {"date": "YYYY-MM-DD", "reason": "what was wrong and what the source says"} to its "corrections" list, or undo the change',
      });
    }
  }
  // A series that could not be read (a broken file) is one problem, not one per published figure.
  const seriesNow = new Set(current.series.map((s) => s.id));
  const unreadSeries = new Map<string, number>();
  for (const id of [...before.keys()].sort()) {
    if (now.has(id)) continue;
    const w = withdrawn.get(id);
    const series = before.get(id)!.series;
    if (w) changes.figures_removed.push({ id, reason: w.reason });
    else if (!seriesNow.has(series)) unreadSeries.set(series, (unreadSeries.get(series) ?? 0) + 1);
    else
      problems.push({
        severity: "error",
        file: "data/withdrawn.json",
        path: "$.withdrawn",
        what: `figure "${id}" was published in release ${previous!.version} but is no longer in data/, and no reason is recorded`,
        fix: `add {"id": "${id}", "date": "YYYY-MM-DD", "reason": "why it was withdrawn"} to data/withdrawn.json, or restore the figure`,
      });
  }
  for (const [series, n] of unreadSeries)
    problems.push({
      severity: "error",
      file: `data/series/${series}.json`,
      path: "$",
      what: `series "${series}", with ${n} figure(s) published in release ${previous!.version}, is not in data/`,
      fix: "if its file has errors, fix those first (they are listed above); a published series is never deleted: withdraw its figures in data/withdrawn.json instead",
    });
  for (const w of current.withdrawn) {
    if (!now.has(w.id)) continue;
    const o = where(w);
    problems.push({ severity: "error", file: o.file, path: `${o.path}.id`, what: `figure "${w.id}" is listed as withdrawn but is still in data/`, fix: "remove the figure from its series file, or remove this withdrawal" });
  }
  const oldSources = new Set((previous?.data.sources ?? []).map((s) => s.id));
  changes.sources_added = current.sources.map((s) => s.id).filter((id) => !oldSources.has(id)).sort();
  if (previous) {
    const records = recordChanges(previous, current, where);
    problems.push(...records.problems);
    changes.records_changed = records.changed;
  }
  return { changes, problems };
}

type RecordKind = NonNullable<ReleaseChanges["records_changed"]>[number]["kind"];

/**
 * The fields of each kind of record that readers cite (a source's address and title, a series'
 * label and definition …): changing one once published is a correction, with its reason. The
 * others grow as a wave goes on (its annotations, summary, the day it was searched until) or
 * are research notes, and change freely.
 */
const CITED: Record<RecordKind, string[]> = {
  source: ["title", "publisher", "url", "published", "published_not_before", "language", "kind", "dataset", "names_claimant"],
  organisation: ["name", "short_name", "kind", "home_page", "counts"],
  series: ["wave", "organisation", "measure", "label", "unit", "estimate", "definition", "cumulative", "scope"],
  wave: ["title", "start"],
};

interface Corrected {
  id: string;
  corrections?: Array<{ date: string; reason: string }>;
}

/** Published corrections are part of the public record: added to, never removed or rewritten. */
function lostCorrections(kind: string, old: Corrected, now: Corrected, at: { file: string; path: string }, version: string): Problem | undefined {
  const published = old.corrections ?? [];
  if (canonicalJson(published) === canonicalJson((now.corrections ?? []).slice(0, published.length))) return undefined;
  return {
    severity: "error",
    file: at.file,
    path: `${at.path}.corrections`,
    what: `${kind} "${now.id}" no longer carries the ${published.length} correction(s) published with it in release ${version}`,
    fix: `restore them as released (see data/releases/${version}.json); to say more, add a new correction after them`,
  };
}

/** The reason of the newest correction added since the previous release, if any. */
const newReason = (old: Corrected, now: Corrected) => (now.corrections ?? []).slice((old.corrections ?? []).length).at(-1)?.reason;

const field = (x: Corrected, f: string) => canonicalJson((x as unknown as Record<string, unknown>)[f] ?? null);

/** Sources, organisations, series and waves against the previous release: what changed, and why. */
function recordChanges(previous: { version: string; data: ReleaseData }, current: Dataset, where: (r: object) => { file: string; path: string }) {
  const changed: NonNullable<ReleaseChanges["records_changed"]> = [];
  const problems: Problem[] = [];
  const kinds: Array<[RecordKind, Corrected[], Corrected[]]> = [
    ["source", previous.data.sources, current.sources],
    ["organisation", previous.data.organisations, current.organisations],
    ["series", previous.data.series, current.series],
    ["wave", previous.data.waves, current.waves],
  ];
  for (const [kind, before, now] of kinds) {
    const old = new Map(before.map((r) => [r.id, r]));
    for (const r of [...now].sort(byId)) {
      const o = old.get(r.id);
      if (!o) continue;
      const at = where(r);
      const lost = lostCorrections(kind, o, r, at, previous.version);
      if (lost) {
        problems.push(lost);
        continue;
      }
      const fields = CITED[kind].filter((f) => field(o, f) !== field(r, f));
      if (fields.length === 0) continue;
      const reason = newReason(o, r);
      if (reason) changed.push({ kind, id: r.id, fields, reason });
      else
        problems.push({
          severity: "error",
          file: at.file,
          path: `${at.path}.corrections`,
          what: `${kind} "${r.id}" has changed since release ${previous.version} (${fields.join(", ")}) but carries no new correction reason`,
          fix: 'readers may have cited it: add {"date": "YYYY-MM-DD", "reason": "what was wrong and what is right"} to its "corrections" list, or undo the change',
        });
    }
  }
  return { changed, problems };
}
