/**
 * Builds figure and source records in the one shape data/ keeps them (field order included,
 * so files diff cleanly). Shared by every route into data/: `npm run add` (asked field by
 * field), its batch mode and `npm run convert` (research rows, scripts/research/row-figure.ts).
 */
import type { Figure, FigureBasis, FigureFlag, Hedge } from "../../src/datasets/schemas/figure.ts";
import type { Measure } from "../../src/datasets/schemas/measure.ts";
import type { Qualifier } from "../../src/datasets/schemas/qualifier.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";

export interface FigureDraft {
  organisation: string;
  measure: Measure;
  as_of: string | null;
  /** A single number, or null for a range (then low and high). */
  value: number | null;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  source: Pick<SourceDocument, "id" | "caution">;
  quote: string;
  figure_text: string;
  locator?: string;
  attribution?: string;
  translation?: string;
  basis?: FigureBasis;
  cases?: string[];
  hedge?: Hedge;
  attribution_reason?: string;
  public_note?: string;
  notes?: string;
  flags: Iterable<FigureFlag>;
}

/**
 * `<series>.<as_of or "undated">.<source>`, with ".2", ".3" when that id is taken (the same
 * source giving two figures of one day in one series). Adds the id to `taken`.
 */
export function figureIdFor(seriesId: string, asOf: string | null, sourceId: string, taken: Set<string>): string {
  const base = `${seriesId}.${asOf ?? "undated"}.${sourceId}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}.${n}`;
  taken.add(id);
  return id;
}

/** The figure record. A source with a caution always gives the flag low_quality_source (a validator rule). */
export function buildFigure(id: string, d: FigureDraft): Figure {
  const flags = new Set(d.flags);
  if (d.source.caution) flags.add("low_quality_source");
  return {
    id,
    organisation: d.organisation,
    measure: d.measure,
    as_of: d.as_of,
    ...(d.value !== null ? { value: d.value } : { low: d.low!, high: d.high! }),
    qualifier: d.qualifier,
    source: d.source.id,
    quote: d.quote,
    figure_text: d.figure_text,
    ...(d.locator ? { locator: d.locator } : {}),
    ...(d.attribution ? { attribution: d.attribution } : {}),
    ...(d.translation ? { translation: d.translation } : {}),
    ...(d.basis ? { basis: d.basis } : {}),
    ...(d.cases ? { cases: d.cases } : {}),
    ...(d.hedge ? { hedge: d.hedge } : {}),
    ...(d.attribution_reason ? { attribution_reason: d.attribution_reason } : {}),
    ...(d.public_note ? { public_note: d.public_note } : {}),
    ...(d.notes ? { notes: d.notes } : {}),
    flags: [...flags].sort(),
  } as Figure;
}

export interface SourceDraft {
  id: string;
  title: string;
  title_from?: SourceDocument["title_from"];
  publisher: string;
  url: string;
  published: string | null;
  accessed: string | null;
  language: string;
  kind: SourceDocument["kind"];
  read_via?: string;
  caution?: string;
}

/** The source record, in data/'s field order. */
export function buildSource(d: SourceDraft): SourceDocument {
  return {
    id: d.id,
    title: d.title,
    ...(d.title_from ? { title_from: d.title_from } : {}),
    publisher: d.publisher,
    url: d.url,
    published: d.published,
    accessed: d.accessed,
    language: d.language,
    kind: d.kind,
    ...(d.read_via ? { read_via: d.read_via } : {}),
    ...(d.caution ? { caution: d.caution } : {}),
  };
}

/** A source id not yet taken: the base id, else `<base>-2`, `-3` … */
export function freeSourceId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The series id for organisation × measure × wave: `hrana` + `identified_detainees` + `iran-2025-26` -> `hrana-identified-detainees-2025-26`. */
export function seriesIdFor(organisation: string, measure: Measure, wave: string): string {
  return `${organisation}-${measure.replace(/_/g, "-")}-${wave.replace(/^iran-/, "")}`;
}
