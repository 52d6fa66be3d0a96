import type { Figure } from "./schemas/figure.ts";
import type { Organisation } from "./schemas/organisation.ts";
import type { Series } from "./schemas/series.ts";
import type { SourceDocument } from "./schemas/source-document.ts";
import type { Wave } from "./schemas/wave.ts";
import type { Withdrawal } from "./schemas/withdrawn.ts";
import type { Translations } from "./schemas/translations.ts";

/** A figure as loaded: the series it was filed in is known from its file. */
export type DatasetFigure = Figure & { series: string };

/** Everything in data/, typed, after the schemas have accepted it. */
export interface Dataset {
  organisations: Organisation[];
  sources: SourceDocument[];
  waves: Wave[];
  series: Series[];
  figures: DatasetFigure[];
  /** Figures taken out of data/ since they were released, with the reason (data/withdrawn.json). */
  withdrawn: Withdrawal[];
  /** Translations of the data's own text, by locale (data/translations/<locale>.json). Not part of releases. */
  translations: Record<string, Translations>;
}

/** Where a record came from, so a rule that fails can name the file and JSON path. */
export interface Origin {
  file: string;
  path: string;
}

export type Origins = WeakMap<object, Origin>;
