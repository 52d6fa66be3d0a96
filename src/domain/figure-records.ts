import { archiveLookupUrl } from "../format/archive-lookup.ts";
import type { SiteIndex } from "./site-index.ts";

/** The columns of the first releases' figures download, in order; README-data explains each. */
export const FIGURE_COLUMNS = [
  "figure_id",
  "series_id",
  "wave_id",
  "organisation_id",
  "organisation_name",
  "measure",
  "as_of",
  "value",
  "low",
  "high",
  "qualifier",
  "figure_text",
  "quote",
  "translation",
  "locator",
  "attribution",
  "flags",
  "notes",
  "source_id",
  "source_title",
  "source_publisher",
  "source_url",
  "source_published",
  "source_language",
  "source_kind",
] as const;

/**
 * Columns added with the rules of issue 9: what a figure is, its hedge, why it is attributed,
 * and the series' label and unit, so downloads use the site's words. A release made before
 * them (no series has a unit) keeps exactly the columns it was published with.
 */
export const CLAIM_COLUMNS = ["series_label", "unit", "basis", "cases", "hedge", "hedge_text", "hedge_value", "attribution_reason", "corroborated_by", "public_note", "other_documents", "archive_lookup"] as const;

/**
 * Columns added with the data package (issue 14): how the document was read, its cautions and
 * inferred dates, the series' definition and caveats, and the data's git commit.
 */
export const PROVENANCE_COLUMNS = [
  "source_accessed",
  "source_read_via",
  "source_title_from",
  "source_research_notes",
  "source_caution",
  "source_published_inferred",
  "source_published_not_before",
  "source_published_not_before_reason",
  "source_dataset_repository",
  "source_dataset_file",
  "source_dataset_commit",
  "source_archived",
  "series_definition",
  "series_scope",
  "series_cumulative",
  "series_estimate",
  "series_caveats",
  "dataset_commit",
] as const;

export type FigureColumn = (typeof FIGURE_COLUMNS)[number] | (typeof CLAIM_COLUMNS)[number] | (typeof PROVENANCE_COLUMNS)[number] | "figure_flags";
export type Cell = string | number | boolean | null | string[];
export type FigureRecord = Partial<Record<FigureColumn, Cell>>;

/**
 * The shape of a release's downloads. Published files never change (they are served as
 * immutable), so each release keeps the layout it was published in:
 * 1. the first columns (releases before series had units);
 * 2. plus the claim columns;
 * 3. plus the provenance columns, `flags` renamed `figure_flags` (it clashed with pandas'
 *    DataFrame.flags), and lists as JSON arrays in figures.json. Every release after
 *    LAST_LAYOUT_2 (and an unreleased preview) is published in it.
 */
export type DownloadLayout = 1 | 2 | 3;
export const LAST_LAYOUT_2 = "2026-12-01";

/** Compares release versions "YYYY-MM-DD" or "YYYY-MM-DD.N" in release order. */
const after = (a: string, b: string) => {
  const [da, na = "1"] = a.split(".");
  const [db, nb = "1"] = b.split(".");
  return da > db || (da === db && Number(na) > Number(nb));
};

export function downloadLayout(index: SiteIndex, version: string | null): DownloadLayout {
  if (version === null || after(version, LAST_LAYOUT_2)) return 3;
  return index.data.series.some((s) => s.unit) ? 2 : 1;
}

/** The columns of this layout's downloads, in order. */
export function figureColumns(layout: DownloadLayout): FigureColumn[] {
  if (layout === 1) return [...FIGURE_COLUMNS];
  if (layout === 2) return [...FIGURE_COLUMNS, ...CLAIM_COLUMNS];
  return [...FIGURE_COLUMNS.map((c) => (c === "flags" ? "figure_flags" : c)), ...CLAIM_COLUMNS, ...PROVENANCE_COLUMNS];
}

/** Columns holding lists: arrays in layout 3's JSON, joined in CSV (see csvCell). */
export const LIST_COLUMNS: ReadonlySet<FigureColumn> = new Set(["figure_flags", "cases", "corroborated_by", "other_documents", "source_archived", "series_caveats"]);

/**
 * A list in one CSV cell: ids, flags, names and addresses contain no ';' (the validator's id
 * and flag rules; names and URLs are checked by tests), so they are joined by ';'. Caveats are
 * sentences that may contain ';', so they are joined by a line break.
 */
export const listSeparator = (column: FigureColumn) => (column === "series_caveats" ? "\n" : ";");

/**
 * A record's cell as CSV text: lists joined, missing as empty, booleans as TRUE/FALSE, the
 * spelling R's read.csv, readr, pandas and frictionless all read as logical (R's read.csv
 * leaves lower-case true/false as text).
 */
export function csvCell(column: FigureColumn, value: Cell | undefined): string | number | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length ? value.join(listSeparator(column)) : null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

export interface RecordOptions {
  layout: DownloadLayout;
  seriesId?: string;
  /** The git commit of data/ recorded in the release (layout 3), or null when none is. */
  datasetCommit?: string | null;
}

/**
 * One flat record per figure with its source's and series' columns, for CSV and JSON downloads.
 * Numbers stay numbers; missing values are null (empty in CSV). Layouts 1 and 2 keep the exact
 * values they were published with (lists `;`-joined strings); layout 3 gives lists as arrays.
 * Sorted by figure id.
 */
export function figureRecords(index: SiteIndex, options: RecordOptions): FigureRecord[] {
  const { layout, seriesId } = options;
  const figures = seriesId ? (index.figuresBySeries.get(seriesId) ?? []) : index.data.figures;
  const list = <T>(items: T[] | undefined): T[] | string | null => (layout === 3 ? (items ?? []) : (items?.join(";") ?? null));
  return [...figures]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((f) => {
      const s = index.series.get(f.series)!;
      const o = index.organisation.get(f.organisation)!;
      const d = index.source.get(f.source)!;
      const record: FigureRecord = {
        figure_id: f.id,
        series_id: f.series,
        wave_id: s.wave,
        organisation_id: o.id,
        organisation_name: o.name,
        measure: f.measure,
        as_of: f.as_of,
        value: f.value ?? null,
        low: f.low ?? null,
        high: f.high ?? null,
        qualifier: f.qualifier,
        figure_text: f.figure_text,
        quote: f.quote,
        translation: f.translation ?? null,
        locator: f.locator ?? null,
        attribution: f.attribution ?? null,
        ...(layout === 3 ? { figure_flags: [...f.flags] } : { flags: f.flags.join(";") }),
        notes: f.notes ?? null,
        source_id: d.id,
        source_title: d.title,
        source_publisher: d.publisher,
        source_url: d.url,
        source_published: d.published,
        source_language: d.language,
        source_kind: d.kind,
      };
      if (layout === 1) return record;
      Object.assign(record, {
        series_label: s.label,
        unit: s.unit?.other ?? null,
        basis: f.basis ?? "total",
        cases: list(f.cases),
        hedge: f.hedge?.kind ?? null,
        hedge_text: f.hedge?.text ?? null,
        hedge_value: f.hedge?.value ?? null,
        attribution_reason: f.attribution_reason ?? null,
        corroborated_by: list(f.corroborated_by),
        public_note: f.public_note ?? null,
        other_documents: list(f.other_documents?.map((x) => x.source)),
        archive_lookup: archiveLookupUrl(d.url, d.published ?? f.as_of),
      });
      if (layout === 2) return record;
      return Object.assign(record, {
        source_accessed: d.accessed,
        source_read_via: d.read_via ?? null,
        source_title_from: d.title_from ?? null,
        source_research_notes: d.research_notes ?? null,
        source_caution: d.caution ?? null,
        // Whether the shown date was inferred; meaningless (null) when no date is shown.
        source_published_inferred: d.published === null ? null : d.published_inferred === true,
        source_published_not_before: d.published_not_before?.date ?? null,
        source_published_not_before_reason: d.published_not_before?.reason ?? null,
        source_dataset_repository: d.dataset?.repository ?? null,
        source_dataset_file: d.dataset?.file ?? null,
        source_dataset_commit: d.dataset?.commit ?? null,
        source_archived: [...(d.archived ?? [])],
        series_definition: s.definition,
        series_scope: s.scope ?? null,
        series_cumulative: s.cumulative,
        series_estimate: s.estimate === true,
        series_caveats: [...s.caveats],
        dataset_commit: options.datasetCommit ?? null,
      });
    });
}
