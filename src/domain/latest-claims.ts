import type { DatasetFigure } from "../datasets/dataset.ts";
import type { Measure } from "../datasets/schemas/measure.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import { splitLine } from "./line-figures.ts";
import type { SiteIndex } from "./site-index.ts";

/** The latest figure of one claimant's series: what the home and wave pages lead with. */
export interface LatestClaim {
  series: Series;
  organisation: Organisation;
  figure: DatasetFigure;
}

/**
 * For each series of a wave that counts one of `measures`, its latest dated line figure
 * (never a restatement when a direct figure exists that day). Sorted by as-of date, newest
 * first, then by organisation, so the reader sees who said what, as of when.
 */
export function latestClaims(index: SiteIndex, waveId: string, measures: Measure[], options: { includeOffChart?: boolean } = {}): LatestClaim[] {
  const out: LatestClaim[] = [];
  for (const s of index.seriesByWave.get(waveId) ?? []) {
    if (!measures.includes(s.measure)) continue;
    if (!s.on_charts && !options.includeOffChart) continue;
    const { line } = splitLine(index.figuresBySeries.get(s.id) ?? [], index.source);
    const figure = line.at(-1);
    if (!figure) continue;
    out.push({ series: s, organisation: index.organisation.get(s.organisation)!, figure });
  }
  return out.sort(
    (a, b) => b.figure.as_of!.localeCompare(a.figure.as_of!) || a.organisation.short_name.localeCompare(b.organisation.short_name),
  );
}
