/**
 * One research row (the shape of ../shared/research/observations*.json) to its source and
 * figure records. The one code path for rows: `npm run convert` runs every row of the research
 * through it, and `npm run add -- --batch <file>` runs a contributor's rows (JSON or CSV of
 * the same columns) through it, so both turn the same words into the same records.
 */
import type { Figure, FigureFlag } from "../../src/datasets/schemas/figure.ts";
import type { Measure } from "../../src/datasets/schemas/measure.ts";
import type { Organisation } from "../../src/datasets/schemas/organisation.ts";
import type { Qualifier } from "../../src/datasets/schemas/qualifier.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";
import { namesClaimant } from "../../src/datasets/names-claimant.ts";
import { buildFigure, buildSource, figureIdFor } from "../intake/build-records.ts";
import { attributionMissing } from "../intake/propose-organisation.ts";
import { attributionReason, reasonName } from "./attribution.ts";
import { findNumber, findRange } from "./figure-text.ts";
import { matchOrganisation } from "./organisations.ts";
import type { Override } from "./overrides.ts";
import type { Override2 } from "./overrides-2026-12.ts";
import { cautionFor, kindFor, languageOf, sourceTitle } from "./sources.ts";

export interface Row {
  series: string;
  measure: string;
  as_of: string | null;
  published: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  organisation: string;
  document_title: string;
  url: string;
  publisher: string;
  quote: string;
  read_in: string;
  notes: string;
  kind?: "new_figure" | "event_source" | "primary_copy_of_existing";
}

/** The research's measure words. */
export const MEASURES: Record<string, Measure> = {
  detained: "arrested",
  killed: "killed",
  sentenced_to_death: "sentenced_to_death",
  executed: "executed",
  released_pardoned: "released_or_pardoned",
  released: "released_or_pardoned",
  facing_capital_charges: "facing_capital_charges",
  indicted: "indicted",
  non_prosecution: "not_prosecuted",
  on_trial: "on_trial",
  convicted: "convicted",
};

/** The research's qualifier words. */
export const QUALIFIERS: Record<string, Qualifier> = {
  "": "exact",
  exact: "exact",
  "up to": "up_to",
  "at least": "at_least",
  "more than": "more_than",
  over: "more_than",
  "more than (perhaps)": "more_than",
  around: "about",
  about: "about",
  nearly: "nearly",
  estimated: "estimated",
  between: "range",
  "at least / possibly": "range",
};

/** The organisations' own websites: a figure read there is that organisation's publication. */
export const OWN_SITES: Array<[string, string]> = [
  ["hrana", "en-hrana.org"],
  ["ihr", "iranhr.net"],
  ["amnesty", "amnesty.org"],
];

/** "a stored public copy of URL": the address read, when it is the recorded one, is no read_via. */
const readIn = (r: Row) => r.read_in.replace(/^a stored public copy of /, "");

/**
 * The source record of a document, from every row that cites its URL: title, publisher and
 * read_via from the first row, the first publication date given, the language from the
 * quotes and notes, kind and caution from the address. `title` replaces the row's title.
 */
export function sourceFromRows(id: string, url: string, same: Row[], title?: string): SourceDocument {
  const first = same[0];
  const read = first.kind ? readIn(first) : first.read_in;
  const readVia = read !== url ? read : undefined;
  return buildSource({
    id,
    ...(title ? { title } : sourceTitle(first.document_title, url)),
    publisher: first.publisher,
    url,
    published: same.find((r) => r.published)?.published ?? null,
    accessed: null,
    language: languageOf(
      same.map((r) => r.notes),
      same.map((r) => r.quote),
    ),
    kind: kindFor(url, first.publisher),
    ...(readVia ? { read_via: readVia } : {}),
    caution: cautionFor(url),
  });
}

export interface RowContext {
  /** "row 12": names the row in error messages. */
  label: string;
  source: SourceDocument;
  organisations: Map<string, Organisation>;
  /** Every figure id already given out (the new id is added). */
  figureIds: Set<string>;
  /** The series id for wave × organisation × measure (creating the series when needed). */
  seriesId: (wave: string, organisation: string, measure: Measure) => string;
  /** Other rows of the same research, for a quote of the same document that names the organisation. */
  otherRows: Row[];
  override?: Override2 & Override;
  /** Words and place fixed by the caller (a compiled table's cell), instead of searching the quote. */
  figureText?: { text: string; locator?: string };
}

export type RowResult = { figure: Figure; series: string } | { missing: string };

/**
 * The figure a row states. Throws on what cannot be converted faithfully (an unknown measure,
 * qualifier or organisation); returns `missing` when the number is not in its quote.
 */
export function figureFromRow(row: Row, ctx: RowContext): RowResult {
  const override = ctx.override ?? {};
  const measure = override.measure ?? MEASURES[row.measure] ?? fail(`${ctx.label}: unknown measure ${row.measure}`);
  const qualifier = QUALIFIERS[row.qualifier] ?? fail(`${ctx.label}: unknown qualifier "${row.qualifier}"`);
  const matched = matchOrganisation(row.organisation);
  const organisation = override.organisation ?? matched.organisation;
  const org = ctx.organisations.get(organisation) ?? fail(`unknown organisation ${organisation}`);
  const attributionInferred = matched.attributionInferred || (override.organisation !== undefined && override.organisation !== matched.organisation);
  const source = ctx.source;
  const series = ctx.seriesId(row.series, organisation, measure);
  const flags = new Set<FigureFlag>(override.flags ?? []);
  let reason: string | undefined;
  if (attributionInferred || attributionMissing(row.quote, source, org)) {
    flags.add("attribution_inferred");
    reason =
      override.attribution_reason ??
      attributionReason({
        quote: row.quote,
        organisationShort: reasonName(organisation),
        researchOrganisation: row.organisation,
        notes: row.notes,
        wave: row.series,
        ownPublication: OWN_SITES.find(([o, host]) => o === organisation && source.url.includes(host))?.[1],
        measure,
        url: row.url,
        namedElsewhere:
          org.kind !== "ngo"
            ? undefined
            : ctx.otherRows.find((o) => o.url === row.url && o !== row && o.quote !== row.quote && matchOrganisation(o.organisation).organisation === organisation && namesClaimant(o.quote, org))?.quote,
      });
  }
  if (/Back-filled/.test(row.notes)) flags.add("backfilled");
  if (/ANOMALY|probable transcription error/.test(row.notes)) flags.add("possible_transcription_error");

  let figureText = ctx.figureText?.text ?? override.figure_text;
  if (!figureText) {
    const found = row.value !== null ? findNumber(row.quote, row.value) : findRange(row.quote, row.low ?? -1, row.high ?? -1);
    if (!found) return { missing: `${ctx.label}: cannot find ${row.value ?? `${row.low}-${row.high}`} in its quote: ${row.quote}` };
    figureText = found.text;
  }
  const value = override.value ?? row.value;
  const figure = buildFigure(figureIdFor(series, row.as_of, source.id, ctx.figureIds), {
    organisation,
    measure,
    as_of: row.as_of,
    value,
    ...(value === null ? { low: row.low!, high: row.high! } : {}),
    qualifier: override.qualifier ?? qualifier,
    source,
    quote: row.quote,
    figure_text: figureText,
    locator: ctx.figureText?.locator,
    attribution: row.organisation,
    translation: override.translation,
    basis: override.basis,
    cases: override.cases,
    hedge: override.hedge,
    attribution_reason: reason,
    public_note: override.public_note,
    notes: row.notes || undefined,
    flags,
  });
  return { figure, series };
}

function fail(message: string): never {
  throw new Error(message);
}
