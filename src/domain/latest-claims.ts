import type { DatasetFigure } from "../datasets/dataset.ts";
import type { Measure } from "../datasets/schemas/measure.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import { compareForLine } from "./line-figures.ts";
import type { SiteIndex } from "./site-index.ts";

/**
 * What one claimant said most recently in one series: what cards, summaries and the "In
 * short" text lead with. `figures` holds every different number it stated that day (two
 * officials' "about 2,000" and "about 3,000"), never one picked silently.
 */
export interface LatestClaim {
  series: Series;
  organisation: Organisation;
  /** One figure per different number stated on `date`, smallest first. Never empty. */
  figures: DatasetFigure[];
  /** The day the claim refers to; for an undated figure, the day its source was published. */
  date: string;
  /** true when no source says what day the number refers to: `date` is the publication date. */
  undated: boolean;
  /** true when even the publication day is unknown: `date` is the earliest it can have been (published_not_before). */
  notBefore: boolean;
}

/**
 * The numbers a figure states, as one key: figures with the same key say the same thing. A
 * reporter's "reportedly" does not change the number; "perhaps" and "possibly as many as" do.
 */
export const sameNumber = (f: DatasetFigure) =>
  JSON.stringify([f.value, f.low, f.high, f.qualifier, f.hedge?.kind === "reportedly" ? undefined : f.hedge?.kind, f.hedge?.value, f.basis ?? "total"]);
const smallest = (f: DatasetFigure) => f.value ?? f.low ?? 0;

/**
 * The latest claim of one series, by a documented rule that never falls back on ids:
 *   1. the day the figure refers to (as_of); an undated figure enters on its source's
 *      publication date, or the earliest day its source can have been published, and is
 *      marked undated (one with none of these cannot be placed);
 *   2. restatements of older figures give way to direct figures (they lead only a series
 *      that has nothing else);
 *   3. every different number stated that day is kept; copies of one number are merged into
 *      the most direct one (line-figures.ts: source kind, then publication date).
 * A dated figure and an undated one on the same day: the dated one (it says its day).
 * With `asOf`, only the figures known on that day take part (knownDay): what the claimant had
 * said by then.
 */
export function latestClaimOf(series: Series, organisation: Organisation, figures: DatasetFigure[], sources: Map<string, SourceDocument>, asOf?: string): LatestClaim | null {
  const dayOf = (f: DatasetFigure) => claimDay(f, sources);
  let placed = (asOf === undefined ? figures : knownBy(figures, sources, asOf)).filter((f) => dayOf(f) !== null);
  // A restatement repeats an older figure: it never leads while the series has a direct one.
  if (placed.some((f) => !f.flags.includes("restatement"))) placed = placed.filter((f) => !f.flags.includes("restatement"));
  if (placed.length === 0) return null;
  // Stryker disable next-line EqualityOperator: the latest of equal days is the same day
  const date = placed.map((f) => dayOf(f)!).reduce((a, b) => (b > a ? b : a));
  let day = placed.filter((f) => dayOf(f) === date);
  if (day.some((f) => f.as_of)) day = day.filter((f) => f.as_of);
  const sourceOf = (id: string) => sources.get(id);
  const byNumber = new Map<string, DatasetFigure>();
  for (const f of [...day].sort((a, b) => compareForLine(a, b, sourceOf))) if (!byNumber.has(sameNumber(f))) byNumber.set(sameNumber(f), f);
  const chosen = [...byNumber.values()].sort((a, b) => smallest(a) - smallest(b) || (a.high ?? a.value ?? 0) - (b.high ?? b.value ?? 0));
  const first = chosen[0];
  return { series, organisation, figures: chosen, date, undated: !first.as_of, notBefore: !first.as_of && !sources.get(first.source)?.published };
}

/**
 * The day a claim is placed on: its as-of date; else its source's publication date; else the
 * earliest day the source can have been published (published_not_before); else none.
 */
export function claimDay(f: DatasetFigure, sources: Map<string, SourceDocument>): string | null {
  const doc = sources.get(f.source);
  return f.as_of ?? doc?.published ?? doc?.published_not_before?.date ?? null;
}

/**
 * The day a figure became known: the day its document was published. A document without a
 * publication day counts from the earliest day it can have been published (published_not_before,
 * as the latest-claim rule places it); one with neither is unknown (null). Never the as-of day:
 * a count "as of 10 January" published on 20 January was not known on 15 January.
 */
export function knownDay(f: DatasetFigure, sources: Map<string, SourceDocument>): string | null {
  const doc = sources.get(f.source);
  return doc?.published ?? doc?.published_not_before?.date ?? null;
}

/** The figures known on `day` (ISO): those whose document was published on or before it. */
export function knownBy(figures: DatasetFigure[], sources: Map<string, SourceDocument>, day: string): DatasetFigure[] {
  return figures.filter((f) => {
    const known = knownDay(f, sources);
    // Stryker disable next-line ConditionalExpression: null <= "YYYY-MM-DD" is false too
    return known !== null && known <= day;
  });
}

/**
 * The latest claim of each series of a wave that counts one of `measures`, newest first,
 * then by claimant name, so the reader sees who said what, as of when.
 */
export function latestClaims(index: SiteIndex, waveId: string, measures: Measure[], options: { includeOffChart?: boolean; asOf?: string } = {}): LatestClaim[] {
  const out: LatestClaim[] = [];
  // Stryker disable next-line ArrayDeclaration: a placeholder element has no measure, so it is skipped like an empty list
  for (const s of index.seriesByWave.get(waveId) ?? []) {
    if (!measures.includes(s.measure)) continue;
    if (!s.on_charts && !options.includeOffChart) continue;
    const claim = latestClaimOf(s, index.organisation.get(s.organisation)!, index.figuresBySeries.get(s.id) ?? [], index.source, options.asOf);
    if (claim) out.push(claim);
  }
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.organisation.short_name.localeCompare(b.organisation.short_name) || a.series.id.localeCompare(b.series.id));
}
