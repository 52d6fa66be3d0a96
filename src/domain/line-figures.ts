import type { DatasetFigure } from "../datasets/dataset.ts";
import type { Qualifier } from "../datasets/schemas/qualifier.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";

/**
 * A series can hold several figures for one day (the same count in a primary report and in
 * wire copies, or a rounded press version). The chart joins one figure per day into its line
 * and draws the others as separate markers. The choice is a fixed, documented rule, never an
 * average: the most direct statement wins.
 *   1. not a restatement of an older figure;
 *   2. the most precise qualifier (exact, then lower bounds, then estimates, then approximations);
 *   3. the fewest caution flags;
 *   4. the most direct kind of source (dataset or report, then statement, news, blog, aggregator);
 *   5. the figure id, so the choice never depends on file order.
 */
const QUALIFIER_RANK: Record<Qualifier, number> = {
  exact: 0,
  at_least: 1,
  more_than: 1,
  estimated: 2,
  range: 3,
  about: 4,
  nearly: 4,
  up_to: 4,
};
const SOURCE_RANK: Record<SourceDocument["kind"], number> = { dataset: 0, report: 0, statement: 1, news: 2, blog: 3, aggregator: 3 };

export function compareForLine(a: DatasetFigure, b: DatasetFigure, kindOf: (sourceId: string) => SourceDocument["kind"] | undefined): number {
  const restated = (f: DatasetFigure) => (f.flags.includes("restatement") ? 1 : 0);
  const kind = (f: DatasetFigure) => SOURCE_RANK[kindOf(f.source) ?? "aggregator"];
  return (
    restated(a) - restated(b) ||
    QUALIFIER_RANK[a.qualifier] - QUALIFIER_RANK[b.qualifier] ||
    a.flags.length - b.flags.length ||
    kind(a) - kind(b) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
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
  const kindOf = (id: string) => sources.get(id)?.kind;
  const byDay = new Map<string, DatasetFigure[]>();
  const undated: DatasetFigure[] = [];
  for (const f of figures) {
    if (!f.as_of) undated.push(f);
    else byDay.set(f.as_of, [...(byDay.get(f.as_of) ?? []), f]);
  }
  const line: DatasetFigure[] = [];
  const others: DatasetFigure[] = [];
  for (const day of [...byDay.keys()].sort()) {
    const [first, ...rest] = byDay.get(day)!.sort((a, b) => compareForLine(a, b, kindOf));
    line.push(first);
    others.push(...rest);
  }
  return { line, others, undated };
}
