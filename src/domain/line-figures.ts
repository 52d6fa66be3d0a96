import type { DatasetFigure } from "../datasets/dataset.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";

/**
 * A series can hold several figures for one day (the same count in a primary report and in
 * wire copies, a rounded press version, two officials on one day). The line joins one figure
 * per day and draws the others as separate markers. The choice is a fixed, documented rule,
 * never an average and never the alphabetical order of ids:
 *   1. the claimant's own total before this project's own count (named cases are never joined:
 *      they are not a running total, and are drawn as markers apart);
 *   2. not a restatement of an older figure;
 *   3. the most direct kind of source: dataset or report (primary or compiled), then
 *      statement, news, blog, aggregator;
 *   4. the later publication date (a revision of that day's count);
 *   5. no weak-source or inferred-attribution flag;
 *   6. the most precise qualifier (exact, then lower bounds, then estimates and approximations).
 * Figures still tied state the same number in equally direct documents; the id then only
 * picks which copy the line links to (the other stays a marker of its own).
 */
const QUALIFIER_RANK: Record<DatasetFigure["qualifier"], number> = { exact: 0, at_least: 1, more_than: 1, estimated: 2, range: 3, about: 4, nearly: 4, up_to: 4 };
const SOURCE_RANK: Record<SourceDocument["kind"], number> = { dataset: 0, report: 0, statement: 1, news: 2, blog: 3, aggregator: 3 };
const BASIS_RANK = { total: 0, project_count: 1, cases: 2 } as const;

export type SourceLookup = (sourceId: string) => SourceDocument | undefined;

/** Rank keys of the rule above, in order; the comparator compares them one by one. */
export function lineRankKeys(f: DatasetFigure, sourceOf: SourceLookup): number[] {
  const doc = sourceOf(f.source);
  const published = doc?.published ? -Date.parse(doc.published) : 0;
  const doubtful = f.flags.includes("low_quality_source") || f.flags.includes("attribution_inferred") ? 1 : 0;
  return [
    BASIS_RANK[f.basis ?? "total"],
    f.flags.includes("restatement") ? 1 : 0,
    SOURCE_RANK[doc?.kind ?? "aggregator"],
    published,
    doubtful,
    QUALIFIER_RANK[f.qualifier],
  ];
}

/** Compares by the rule; 0 means the rule cannot tell the two apart. */
export function compareByRule(a: DatasetFigure, b: DatasetFigure, sourceOf: SourceLookup): number {
  const ka = lineRankKeys(a, sourceOf);
  const kb = lineRankKeys(b, sourceOf);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}

export function compareForLine(a: DatasetFigure, b: DatasetFigure, sourceOf: SourceLookup): number {
  return compareByRule(a, b, sourceOf) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface LineSplit {
  /** One figure per dated day, in date order: the line. */
  line: DatasetFigure[];
  /** Other dated figures of the same series: drawn as separate markers. */
  others: DatasetFigure[];
  /** Figures without an as-of date: listed, never plotted. */
  undated: DatasetFigure[];
}

export function splitLine(figures: DatasetFigure[], sources: Map<string, SourceDocument>): LineSplit {
  const sourceOf = (id: string) => sources.get(id);
  const byDay = new Map<string, DatasetFigure[]>();
  const undated: DatasetFigure[] = [];
  for (const f of figures) {
    if (!f.as_of) undated.push(f);
    else byDay.set(f.as_of, [...(byDay.get(f.as_of) ?? []), f]);
  }
  const line: DatasetFigure[] = [];
  const others: DatasetFigure[] = [];
  for (const day of [...byDay.keys()].sort()) {
    const sorted = byDay.get(day)!.sort((a, b) => compareForLine(a, b, sourceOf));
    // Named cases are never part of a running total: drawn apart, never joined into the line.
    const [first, ...rest] = sorted.filter((f) => f.basis !== "cases");
    if (first) line.push(first);
    others.push(...rest, ...sorted.filter((f) => f.basis === "cases"));
  }
  return { line, others, undated };
}
