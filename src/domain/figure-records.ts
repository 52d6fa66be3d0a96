import { archiveLookupUrl } from "../format/archive-lookup.ts";
import type { SiteIndex } from "./site-index.ts";

/** The columns of the figures download, in order; README-data explains each. */
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

export type FigureColumn = (typeof FIGURE_COLUMNS)[number] | (typeof CLAIM_COLUMNS)[number];
export type FigureRecord = Partial<Record<FigureColumn, string | number | null>> & Record<(typeof FIGURE_COLUMNS)[number], string | number | null>;

/** Whether this data was made under the claim rules (its series have units), so its downloads carry the claim columns. */
const hasClaimColumns = (index: SiteIndex) => index.data.series.some((s) => s.unit);

/** The columns of this data's downloads: the claim columns only where the data has them. */
export function figureColumns(index: SiteIndex): FigureColumn[] {
  return hasClaimColumns(index) ? [...FIGURE_COLUMNS, ...CLAIM_COLUMNS] : [...FIGURE_COLUMNS];
}

/**
 * One flat record per figure with its source's columns, for CSV and JSON downloads.
 * Numbers stay numbers; missing values are null (empty in CSV). Sorted by figure id.
 */
export function figureRecords(index: SiteIndex, seriesId?: string): FigureRecord[] {
  const extended = hasClaimColumns(index);
  const figures = seriesId ? (index.figuresBySeries.get(seriesId) ?? []) : index.data.figures;
  return [...figures]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((f) => {
      const s = index.series.get(f.series)!;
      const o = index.organisation.get(f.organisation)!;
      const d = index.source.get(f.source)!;
      return {
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
        flags: f.flags.join(";"),
        notes: f.notes ?? null,
        source_id: d.id,
        source_title: d.title,
        source_publisher: d.publisher,
        source_url: d.url,
        source_published: d.published,
        source_language: d.language,
        source_kind: d.kind,
        ...(extended && {
          series_label: s.label,
          unit: s.unit?.other ?? null,
          basis: f.basis ?? "total",
          cases: f.cases?.join(";") ?? null,
          hedge: f.hedge?.kind ?? null,
          hedge_text: f.hedge?.text ?? null,
          hedge_value: f.hedge?.value ?? null,
          attribution_reason: f.attribution_reason ?? null,
          corroborated_by: f.corroborated_by?.join(";") ?? null,
          public_note: f.public_note ?? null,
          other_documents: f.other_documents?.map((o) => o.source).join(";") ?? null,
          archive_lookup: archiveLookupUrl(d.url, d.published ?? f.as_of),
        }),
      };
    });
}
