/**
 * `npm run add -- --batch <rows.json|rows.csv>`: rows shaped like the research's
 * observations.json (JSON: a list of rows; CSV: a header line of the same column names) go
 * through the conversion's own code path (scripts/research/row-figure.ts), against data/ as
 * it is now: a known URL reuses its source, a figure already recorded is skipped, and the
 * whole batch is written only when data/ with all of it validates.
 */
import { readFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import type { Figure } from "../../src/datasets/schemas/figure.ts";
import { sameUrlKey } from "../../src/datasets/schemas/primitives.ts";
import type { Series } from "../../src/datasets/schemas/series.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";
import { figureFromRow, sourceFromRows, type Row } from "../research/row-figure.ts";
import { seriesFor } from "../research/series-catalogue.ts";
import { sourceIdFor } from "../research/sources.ts";
import { freeSourceId } from "./build-records.ts";
import { jsonText, readData, type FileChange } from "./data-changes.ts";
import { withFigure, withSource } from "./place-records.ts";
import { finish, loadData, refused, type Outcome, type SessionOptions } from "./session.ts";

const NUMBER_COLUMNS = ["value", "low", "high"] as const;
const NULLABLE_COLUMNS = ["as_of", "published"] as const;

/** Rows of a JSON list or a CSV file with a header line; CSV cells become numbers and nulls as in the JSON. */
export function readRows(path: string): Row[] {
  const text = readFileSync(path, "utf8");
  if (/\.json$/i.test(path)) {
    const rows = JSON.parse(text);
    if (!Array.isArray(rows)) throw new Error(`${path}: expected a JSON list of rows, as in observations.json`);
    return rows;
  }
  const records: Array<Record<string, string>> = parseCsv(text, { columns: true, skip_empty_lines: true, bom: true });
  return records.map((r) => {
    const row: Record<string, unknown> = { ...r };
    for (const c of NUMBER_COLUMNS) row[c] = r[c] === undefined || r[c].trim() === "" ? null : Number(r[c]);
    for (const c of NULLABLE_COLUMNS) row[c] = r[c] === undefined || r[c].trim() === "" ? null : r[c].trim();
    for (const c of ["qualifier", "notes", "read_in", "document_title", "publisher"]) row[c] ??= "";
    return row as unknown as Row;
  });
}

export async function runBatch(o: SessionOptions, rows: Row[]): Promise<Outcome> {
  const { log } = o;
  const data = loadData(o);
  if (!data) return refused("data/ has errors already (above): fix them first (npm run validate).", log);
  const organisations = new Map(data.organisations.map((g) => [g.id, g]));
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const figureIds = new Set(data.figures.map((f) => f.id));
  const newSources = new Map<string, SourceDocument>();
  const newSeries = new Map<string, Series>();
  const added = new Map<string, Figure[]>();
  const problems: string[] = [];

  const sourceOf = (row: Row): SourceDocument => {
    const key = sameUrlKey(row.url);
    const known = data.sources.find((s) => sameUrlKey(s.url) === key) ?? newSources.get(key);
    if (known) return known;
    const id = freeSourceId(sourceIdFor(row.url), sourceIds);
    sourceIds.add(id);
    const doc = sourceFromRows(id, row.url, rows.filter((r) => r.url === row.url));
    newSources.set(key, doc);
    return doc;
  };
  const seriesId = (wave: string, organisation: string, measure: Figure["measure"]) => {
    const s = seriesFor(wave, organisation, organisations.get(organisation)?.short_name ?? organisation, measure);
    if (!data.series.some((x) => x.id === s.id) && !newSeries.has(s.id)) newSeries.set(s.id, s);
    return s.id;
  };

  rows.forEach((row, i) => {
    const label = `row ${i + 1}`;
    try {
      const source = sourceOf(row);
      const result = figureFromRow(row, { label, source, organisations, figureIds, seriesId, otherRows: rows });
      if ("missing" in result) return void problems.push(result.missing);
      const f = result.figure;
      const same = [...data.figures, ...[...added.values()].flat()].find(
        (x) => x.source === f.source && x.quote === f.quote && x.figure_text === f.figure_text && x.value === f.value && x.low === f.low && x.high === f.high,
      );
      if (same) {
        figureIds.delete(f.id);
        return void log(`${label}: already recorded as figure "${same.id}"; skipped.`);
      }
      added.set(result.series, [...(added.get(result.series) ?? []), f]);
      log(`${label}: figure ${f.id}`);
    } catch (e) {
      problems.push(`${label}: ${(e as Error).message}`);
    }
  });
  if (problems.length) return refused(`These rows cannot be converted faithfully:\n${problems.join("\n")}`, log);
  if (added.size === 0) return refused("Every row is recorded already.", log);

  const changes: FileChange[] = [];
  if (newSources.size) {
    let file = JSON.parse(readData(o.dataDir, "sources.json"));
    for (const doc of newSources.values()) file = withSource(file, doc);
    changes.push({ path: "sources.json", text: jsonText(file) });
  }
  for (const [id, figures] of added) {
    const path = `series/${id}.json`;
    let file = newSeries.has(id) ? { $schema: "../../schema/series.schema.json", series: newSeries.get(id), figures: [] } : JSON.parse(readData(o.dataDir, path));
    for (const f of figures) file = withFigure(file, f);
    changes.push({ path, text: jsonText(file) });
  }
  return finish(o, changes, [...newSources.values()].map((s) => s.id).concat([...added.values()].flat().map((f) => f.id)));
}
