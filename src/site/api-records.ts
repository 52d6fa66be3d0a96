import { figureRecords, type FigureRecord } from "../domain/figure-records.ts";
import type { SiteIndex } from "../domain/site-index.ts";
import { API_LEGACY_FIELDS } from "./download-schemas.ts";

/**
 * The figures /api/v1 serves: figures.json's newest records (lists as arrays, figure_flags),
 * except that flags, cases, corroborated_by and other_documents stay the ';'-joined strings v1
 * was first published with, so existing clients keep working. Only fields are added.
 */
export function apiFigureRecords(index: SiteIndex, seriesId: string, datasetCommit: string | null): FigureRecord[] {
  return figureRecords(index, { layout: 3, seriesId, datasetCommit }).map((r) => {
    const legacy: FigureRecord = { ...r, flags: r.figure_flags };
    for (const c of API_LEGACY_FIELDS) {
      const list = c === "flags" ? r.figure_flags : r[c];
      // As first published: flags "" when none; the other lists null when absent.
      legacy[c] = Array.isArray(list) && list.length > 0 ? list.join(";") : c === "flags" ? "" : null;
    }
    return legacy;
  });
}
