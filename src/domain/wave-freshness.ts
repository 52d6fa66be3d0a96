import type { DatasetFigure } from "../datasets/dataset.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import type { Wave } from "../datasets/schemas/wave.ts";
import { claimDay } from "./latest-claims.ts";

/** How fresh a wave's figures are: its newest figure, and the day newer reports were last searched for. */
export interface Freshness {
  /** The figure placed latest (by as-of date, else publication date), or null. */
  newest: DatasetFigure | null;
  newestDay: string | null;
  searchedUntil: string | null;
}

export function waveFreshness(wave: Wave, figures: DatasetFigure[], sources: Map<string, SourceDocument>): Freshness {
  let newest: DatasetFigure | null = null;
  let newestDay: string | null = null;
  for (const f of figures) {
    const day = claimDay(f, sources);
    if (day && (!newestDay || day > newestDay)) [newest, newestDay] = [f, day];
  }
  return { newest, newestDay, searchedUntil: wave.searched_until ?? null };
}
