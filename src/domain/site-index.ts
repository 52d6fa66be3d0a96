import type { Dataset, DatasetFigure } from "../datasets/dataset.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import type { Wave } from "../datasets/schemas/wave.ts";

/** Lookups every page needs, built once per build from the validated dataset. */
export interface SiteIndex {
  data: Dataset;
  organisation: Map<string, Organisation>;
  source: Map<string, SourceDocument>;
  wave: Map<string, Wave>;
  series: Map<string, Series>;
  figure: Map<string, DatasetFigure>;
  figuresBySeries: Map<string, DatasetFigure[]>;
  figuresBySource: Map<string, DatasetFigure[]>;
  /** Figures recorded from another document that this document also states (other_documents), in data order. */
  figuresAlsoIn: Map<string, DatasetFigure[]>;
  seriesByWave: Map<string, Series[]>;
  seriesByOrganisation: Map<string, Series[]>;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Like groupBy, for items under several keys: each item once per distinct key. */
function groupByEach<T>(items: T[], keys: (t: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const k of new Set(keys(item))) {
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
  }
  return out;
}

const byAsOf = (a: DatasetFigure, b: DatasetFigure) => (a.as_of ?? "9999").localeCompare(b.as_of ?? "9999") || a.id.localeCompare(b.id);

export function buildSiteIndex(data: Dataset): SiteIndex {
  const figuresBySeries = groupBy(data.figures, (f) => f.series);
  const figuresBySource = groupBy(data.figures, (f) => f.source);
  for (const list of [...figuresBySeries.values(), ...figuresBySource.values()]) list.sort(byAsOf);
  return {
    data,
    organisation: new Map(data.organisations.map((o) => [o.id, o])),
    source: new Map(data.sources.map((s) => [s.id, s])),
    wave: new Map(data.waves.map((w) => [w.id, w])),
    series: new Map(data.series.map((s) => [s.id, s])),
    figure: new Map(data.figures.map((f) => [f.id, f])),
    figuresBySeries,
    figuresBySource,
    figuresAlsoIn: groupByEach(data.figures, (f) => (f.other_documents ?? []).map((o) => o.source)),
    seriesByWave: groupBy(data.series, (s) => s.wave),
    seriesByOrganisation: groupBy(data.series, (s) => s.organisation),
  };
}
