/**
 * Converts the research in ../shared/research/ into data/ in the project's own format.
 * Re-run with `npm run convert`; review the diff of data/ like any contributor's change.
 * It never edits ../shared/, never rounds or fills in a figure, and stops on anything it
 * cannot convert faithfully (an unknown organisation, a number missing from its quote).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Figure, FigureFlag } from "../src/datasets/schemas/figure.ts";
import type { Measure } from "../src/datasets/schemas/measure.ts";
import type { Series } from "../src/datasets/schemas/series.ts";
import type { SourceDocument } from "../src/datasets/schemas/source-document.ts";
import { canonicalJson } from "../src/datasets/canonical-json.ts";
import { figureIdFor } from "./intake/build-records.ts";
import { COMPARED_RELEASE, correctionReasons, CORRECTION_DATE } from "./research/corrections.ts";
import { findNumber } from "./research/figure-text.ts";
import { FIGURE_OVERRIDES, type Override } from "./research/overrides.ts";
import { FIGURE_OVERRIDES_2026_12, LEFT_OUT, OTHER_DOCUMENT_ROWS, SOURCES_2026_12, STATEMENT_ROWS, type Override2 } from "./research/overrides-2026-12.ts";
import { ORGANISATIONS } from "./research/organisations.ts";
import { figureFromRow, MEASURES, sourceFromRows, type Row } from "./research/row-figure.ts";
import { seriesFor } from "./research/series-catalogue.ts";
import { sourceIdFor } from "./research/sources.ts";
import { WAVES } from "./research/waves.ts";

const RESEARCH = process.env.RESEARCH_DIR ?? join(import.meta.dirname, "../../shared/research");
const DATA = process.env.DATA_DIR ?? join(import.meta.dirname, "../data");

const COMPILED = {
  url: "https://github.com/justin-2028/Daily-Statistics-of-the-2022-Iran-Protests",
  file: "Iran Protests Dataset (Ver 2.21.23).csv",
  commit: "62dbb726fe8247a4c1a63ccec166b835d04be297",
  columns: {
    arrested: "Number of Individuals Arrested",
    killed: "Death Toll of Protestors",
    identified_detainees: "Number of Detainees Identified",
  } as Record<string, string>,
};

function fail(message: string): never {
  console.error(`convert: ${message}`);
  process.exit(1);
}

const rows: Row[] = JSON.parse(readFileSync(join(RESEARCH, "observations.json"), "utf8"));
/** The research of 1 December 2026: same keys plus `kind`; its row indexes key overrides-2026-12.ts. */
const rows2: Row[] = JSON.parse(readFileSync(join(RESEARCH, "observations-2026-12.json"), "utf8"));
/** Every row that yields a figure, a statement, an annotation's document or another copy of a figure. */
const rows2Kept = rows2.filter((_, i) => !(i in LEFT_OUT));
const allRows = [...rows, ...rows2Kept];
const csvLines = readFileSync(join(RESEARCH, "hrana-2022-23-daily-compiled.csv"), "utf8").trim().split(/\r?\n/);
const csvHeader = csvLines[0].split(",");

// ---- sources: one record per URL ------------------------------------------------------
const sourceByUrl = new Map<string, SourceDocument>();
const usedIds = new Set<string>();
for (const rawUrl of new Set(allRows.map((r) => r.url))) {
  const same = allRows.filter((r) => r.url === rawUrl);
  const { record_url: recordUrl, ...patch } = SOURCES_2026_12[rawUrl] ?? {};
  const url = recordUrl ?? rawUrl;
  let id = sourceIdFor(url);
  if (url === COMPILED.url) id = "github-justin-2028-iran-protests-dataset-v2-21-23";
  for (let n = 2; usedIds.has(id); n++) id = `${sourceIdFor(url)}-${n}`;
  usedIds.add(id);
  const doc = sourceFromRows(id, url, same, patch.title);
  if (url === COMPILED.url) {
    doc.dataset = { repository: COMPILED.url, file: COMPILED.file, commit: COMPILED.commit };
    doc.notes =
      "A third-party compilation: its README says all figures are HRANA's estimates, compiled and structured by the repository's author, and that the first ~25 days were filled in from HRANA's 20-day and 82-day reports. Cite both HRANA and the compilation. The same data is on Kaggle as \"Daily Statistics of the 2022 Iran Protests\".";
    // The README's own sentence naming HRANA (quoted in the research's data-sources.md, section 2.2).
    doc.names_claimant = {
      organisation: "hrana",
      quote: "All data are official estimates from the Human Rights Activists News Agency (HRANA) that have been compiled and structured by myself.",
      locator: "README.md",
    };
  }
  Object.assign(doc, patch);
  sourceByUrl.set(rawUrl, doc);
}
for (const [id, patch] of Object.entries(SOURCE_PATCHES())) {
  const doc = [...sourceByUrl.values()].find((d) => d.id === id) ?? fail(`source patch for unknown source ${id}`);
  Object.assign(doc, patch);
}

// ---- figures --------------------------------------------------------------------------
const orgShort = new Map(ORGANISATIONS.map((o) => [o.id, o.short_name]));
const orgById = new Map(ORGANISATIONS.map((o) => [o.id, o]));

const seriesById = new Map<string, { series: Series; figures: Figure[] }>();
const figureIds = new Set<string>();

function seriesOf(wave: string, org: string, measure: Measure) {
  const s = seriesFor(wave, org, orgShort.get(org) ?? fail(`unknown organisation ${org}`), measure);
  if (!seriesById.has(s.id)) seriesById.set(s.id, { series: s, figures: [] });
  return seriesById.get(s.id)!;
}

function figureId(seriesId: string, asOf: string | null, sourceId: string): string {
  return figureIdFor(seriesId, asOf, sourceId, figureIds);
}

function compiledFigure(line: string, measure: Measure) {
  const cells = line.split(",");
  const column = COMPILED.columns[measure];
  const col = csvHeader.indexOf(column);
  if (col < 0) fail(`column ${column} not in the compiled CSV`);
  const [m, d, y] = cells[0].split("/").map(Number);
  const asOf = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return { asOf, value: Number(cells[col]), text: cells[col], locator: `column "${column}" (column ${col + 1}), row dated ${cells[0]}` };
}

const missing: string[] = [];
rows.forEach((row, index) => convertRow(row, `row ${index}`, FIGURE_OVERRIDES[index] ?? {}));
rows2.forEach((row, index) => {
  if (index in LEFT_OUT || STATEMENT_ROWS.includes(index) || index in OTHER_DOCUMENT_ROWS || row.kind === "event_source") return;
  if (row.kind !== "new_figure" || row.value === null) fail(`observations-2026-12.json row ${index}: not a figure; list it in overrides-2026-12.ts`);
  convertRow(row, `observations-2026-12.json row ${index}`, FIGURE_OVERRIDES_2026_12[index] ?? {});
});

function convertRow(row: Row, index: string, override: Override2 & Override) {
  const source = sourceByUrl.get(row.url)!;
  // The compiled table's rows quote a CSV line: the figure's words are the column's cell.
  let figureText: { text: string; locator: string } | undefined;
  if (source.url === COMPILED.url) {
    const c = compiledFigure(row.quote, override.measure ?? MEASURES[row.measure] ?? fail(`${index}: unknown measure ${row.measure}`));
    if (c.asOf !== row.as_of || c.value !== row.value) fail(`${index}: compiled CSV line disagrees with the row`);
    figureText = { text: c.text, locator: c.locator };
  }
  let result;
  try {
    result = figureFromRow(row, {
      label: index,
      source,
      organisations: orgById,
      figureIds,
      seriesId: (wave, org, measure) => seriesOf(wave, org, measure).series.id,
      otherRows: allRows,
      override,
      figureText,
    });
  } catch (e) {
    fail((e as Error).message);
  }
  if ("missing" in result) missing.push(result.missing);
  else seriesById.get(result.series)!.figures.push(result.figure);
}

if (missing.length) fail(`${missing.join("\n")}\nadd figure_text for these rows to scripts/research/overrides.ts`);

// ---- the compiled table's identified-detainee column, as its own series ----------------
const backfilledDates = new Set(rows.filter((r) => /Back-filled/.test(r.notes)).map((r) => r.as_of));
const compiledSource = sourceByUrl.get(COMPILED.url)!;
const identified = seriesOf("iran-2022-23", "hrana", "identified_detainees");
for (const line of csvLines.slice(1)) {
  const c = compiledFigure(line, "identified_detainees");
  const backfilled = backfilledDates.has(c.asOf);
  identified.figures.push({
    id: figureId(identified.series.id, c.asOf, compiledSource.id),
    organisation: "hrana",
    measure: "identified_detainees",
    as_of: c.asOf,
    value: c.value,
    qualifier: "exact",
    source: compiledSource.id,
    quote: line,
    figure_text: c.text,
    locator: c.locator,
    attribution: "HRANA (compiled daily by GitHub user justin-2028)",
    notes: `${backfilled ? "Back-filled by the compiler from HRANA's 20-day and 82-day reports (HRANA daily updates only began ~12 Oct 2022) - lower confidence. " : "From HRANA daily update as compiled. "}Column 'Number of Detainees Identified'; cumulative since 16/17 Sep 2022. People HRANA identified by name: a smaller count than its estimate of all arrests.`,
    flags: backfilled ? ["backfilled"] : [],
  } as Figure);
}

// ---- a claim the Ynet article states that the research recorded only in its notes ------
// Row 80's notes: "a second official cited an internal report of 'at least 3,000'". Those
// three words are all the research recorded, so they are the quote.
{
  const ynet = [...sourceByUrl.values()].find((d) => d.id === "ynetnews-hyrbpevrbl") ?? fail("the Ynet source is missing");
  const entry = seriesOf("iran-2025-26", "iran-officials-unnamed", "killed");
  entry.figures.push({
    id: figureId(entry.series.id, "2026-01-13", ynet.id),
    organisation: "iran-officials-unnamed",
    measure: "killed",
    as_of: "2026-01-13",
    value: 3000,
    qualifier: "at_least",
    source: ynet.id,
    quote: "at least 3,000",
    figure_text: "3,000",
    locator: "the article's report of a second official, who cited an internal report (after the first official's \"about 3,000\")",
    attribution: "A second Iranian official citing an internal report (reported by Ynet)",
    attribution_reason:
      "The three words recorded do not name who said them. The research's notes on this article say that, after an official in the Islamic Republic gave about 3,000 killed, 'a second official cited an internal report of at least 3,000'; the figure is that unnamed official's.",
    notes:
      "The research recorded only these words ('at least 3,000') of the article's report that a second official cited an internal report; no fuller quote was recorded (row 80's notes). as_of inferred from the first official's statement on 'Tuesday night' (13 Jan 2026).",
    flags: ["as_of_inferred", "attribution_inferred"],
  } as Figure);
  // The article also reports IHR's report of Erfan Soltani's death sentence; the research has
  // no verbatim Ynet quote for it, so the figure is recorded from another copy and linked.
  const soltani = seriesOf("iran-2025-26", "ihr", "sentenced_to_death").figures.find((f) => f.cases?.includes("Erfan Soltani")) ?? fail("the Soltani figure is missing");
  ynet.related_figures = [soltani.id];
}

// ---- one figure, several documents: the research's primary_copy_of_existing rows --------
// A document that states a figure already recorded is added to that figure's
// other_documents (its words, its figure text, its own qualifier where its wording differs),
// never recorded as a second figure. A copy that dates an undated statement gives the figure
// its as_of (the id stays: ids never change).
for (const [key, link] of Object.entries(OTHER_DOCUMENT_ROWS)) {
  const index = Number(key);
  const row = rows2[index];
  const figure = [...seriesById.values()].flatMap((e) => e.figures).find((f) => f.id === link.figure) ?? fail(`observations-2026-12.json row ${index}: figure ${link.figure} not found`);
  const doc = sourceByUrl.get(row.url)!;
  const found = findNumber(row.quote, row.value!) ?? fail(`observations-2026-12.json row ${index}: ${row.value} not in its quote`);
  if (row.value !== figure.value) fail(`observations-2026-12.json row ${index}: ${row.value} is not the figure's ${figure.value}`);
  figure.other_documents = [
    ...(figure.other_documents ?? []),
    { source: doc.id, quote: row.quote, figure_text: found.text, ...(link.qualifier && link.qualifier !== figure.qualifier ? { qualifier: link.qualifier } : {}), primary: link.primary },
  ];
  if (link.as_of && !figure.as_of) {
    figure.as_of = link.as_of;
    figure.flags = [...new Set([...figure.flags, "as_of_inferred" as FigureFlag])].sort();
  }
}

// ---- weak sources: link figures from better sources that state exactly the same number -
{
  const all = [...seriesById.values()].flatMap((e) => e.figures.map((f) => ({ f, series: e.series.id })));
  for (const { f, series } of all) {
    if (!f.flags.includes("low_quality_source")) continue;
    const same = all
      .filter(({ f: o, series: s }) => s === series && o.id !== f.id && !o.flags.includes("low_quality_source") && o.value === f.value && o.low === f.low && o.high === f.high)
      .map(({ f: o }) => o.id)
      .sort();
    if (same.length) f.corroborated_by = same;
  }
}

// ---- corrections: every figure that differs from the last release says what changed ----
{
  const release = comparedRelease();
  const docById = new Map([...sourceByUrl.values()].map((d) => [d.id, d]));
  const whyOther = new Map(Object.values(OTHER_DOCUMENT_ROWS).map((o) => [o.figure, o.why]));
  if (release) {
    const before = new Map(release.data.figures.map((f: Figure & { series?: string }) => [f.id, f]));
    for (const { figures: list } of seriesById.values()) {
      for (const f of list) {
        const old = before.get(f.id);
        if (!old) continue;
        const { series: _s, corrections: oldCorrections, ...oldContent } = old;
        const { corrections: _c, ...newContent } = f;
        if (canonicalJson(oldContent) === canonicalJson(newContent)) {
          if (oldCorrections) f.corrections = oldCorrections;
          continue;
        }
        // One correction per figure and release: every change it makes, each with its reason.
        const reasons = correctionReasons(oldContent as Figure, f, { documents: docById, why: whyOther.get(f.id) });
        f.corrections = [...(oldCorrections ?? []), { date: CORRECTION_DATE, reason: reasons.join(" ") }];
      }
    }
  }
}

// ---- write data/ ----------------------------------------------------------------------
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const write = (path: string, body: unknown) => writeFileSync(join(DATA, path), `${JSON.stringify(body, null, 2)}\n`);
mkdirSync(DATA, { recursive: true });
rmSync(join(DATA, "series"), { recursive: true, force: true });
mkdirSync(join(DATA, "series"));
write("organisations.json", { $schema: "../schema/organisations.schema.json", organisations: [...ORGANISATIONS].sort(byId) });
write("sources.json", { $schema: "../schema/sources.schema.json", sources: [...sourceByUrl.values()].sort(byId) });
write("waves.json", { $schema: "../schema/waves.schema.json", waves: WAVES(sourceByUrl, rows2) });
let figures = 0;
for (const { series, figures: list } of [...seriesById.values()]) {
  list.sort((a, b) => (a.as_of ?? "9999").localeCompare(b.as_of ?? "9999") || byId(a, b));
  figures += list.length;
  write(`series/${series.id}.json`, { $schema: "../../schema/series.schema.json", series, figures: list });
}
console.log(
  `convert: ${figures} figures (${rows.length} + ${rows2.length} research rows, ${Object.keys(LEFT_OUT).length} left out, + ${identified.figures.length} identified-detainee rows), ${seriesById.size} series, ${sourceByUrl.size} sources, ${ORGANISATIONS.length} organisations -> ${DATA}`,
);

/**
 * The published release the data is compared with: named explicitly, not the newest file, so
 * that the release being remade from this data (CORRECTION_DATE) is never compared with itself.
 */
function comparedRelease(): { data: { figures: Array<Figure & { series?: string }> } } | null {
  const path = join(DATA, "releases", `${COMPARED_RELEASE}.json`);
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, "utf8"));
}

/** Facts the research notes state about particular documents. */
function SOURCE_PATCHES(): Record<string, Partial<SourceDocument>> {
  return {
    "shafaq-iran-s-judiciary-3k-protest-cases": { published_inferred: true, notes: "Publication date inferred: 'press conference on Tuesday', and caliber.az places the press conference on the day after 16 Feb 2026, i.e. Tue 17 Feb 2026." },
    // No date on the copy read, but the text dates itself from below (the research's notes say how).
    "liga-reuters-nearly-5000-people-killed-in": {
      published_not_before: { date: "2026-01-17", reason: "The article cites HRANA's death toll of Saturday, 17 January 2026." },
    },
    "caliber-at-least-26-protesters-sentenced-to": {
      published_not_before: { date: "2026-02-17", reason: "The statement refers to the judiciary's order of 16 February 2026 and its press conference the next day." },
    },
    "omondo-iran-la-repression-des": {
      published_not_before: { date: "2024-03-08", reason: "The article reports the Fact-Finding Mission's first report, released on 8 March 2024 (UN press release)." },
    },
    "ynetnews-hyrbpevrbl": {
      notes:
        "The article that prompted this dashboard. Its date is not known: its 'Tuesday night' and a Truth Social post place it on 13 or 14 Jan 2026. It reports five figures, each listed below and kept as the claim of its own organisation, as reported by Ynet: the death tolls given by two unnamed Iranian officials (the second citing an internal report), Iran International's and CBS News's estimates of the dead, and HRANA's count of detainees. It also reports Iran Human Rights' report of Erfan Soltani's death sentence, recorded here from another article.",
      research_notes:
        "The copy read shows no headline and no publication date; 'Tuesday night' and a Truth Social post place it on 13 or 14 Jan 2026. The research recorded the second official's words only as 'at least 3,000', and no verbatim quote for the Soltani report.",
    },
  };
}
