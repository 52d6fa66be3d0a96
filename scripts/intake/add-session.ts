/**
 * `npm run add`: one document, one quote, one figure, asked step by step. Every answer is
 * checked at the prompt with the validator's own message; the number is picked from the
 * quote (never typed), and the reading, organisation and series are proposals the
 * contributor confirms or corrects. Nothing is written until the whole of data/ validates.
 */
import type { Dataset, DatasetFigure } from "../../src/datasets/dataset.ts";
import { namesClaimant } from "../../src/datasets/names-claimant.ts";
import { Figure, HEDGE_KINDS, type FigureFlag, type Hedge } from "../../src/datasets/schemas/figure.ts";
import { MEASURES } from "../../src/datasets/schemas/measure.ts";
import { sameUrlKey } from "../../src/datasets/schemas/primitives.ts";
import { QUALIFIERS, type Qualifier } from "../../src/datasets/schemas/qualifier.ts";
import { SOURCE_KINDS, SourceDocument } from "../../src/datasets/schemas/source-document.ts";
import { seriesFor } from "../research/series-catalogue.ts";
import { cautionFor, kindFor, sourceIdFor } from "../research/sources.ts";
import { checkDraftField, checkField, draftProblems, refusal } from "./answer-checks.ts";
import { buildFigure, buildSource, figureIdFor, freeSourceId, seriesIdFor } from "./build-records.ts";
import { jsonText, readData, type FileChange } from "./data-changes.ts";
import { findNumbers, type NumberMention } from "./find-numbers.ts";
import { withFigure, withSource } from "./place-records.ts";
import { attributionMissing, proposeOrganisation } from "./propose-organisation.ts";
import { proposeReading, type Reading } from "./propose-reading.ts";
import { proposeMeasures, waveOn } from "./propose-series.ts";
import { finish, loadData, refused, type Outcome, type SessionOptions } from "./session.ts";

const NOT_LISTED = "(not listed)";

export async function runAdd(o: SessionOptions): Promise<Outcome> {
  const { prompts: p, log, today } = o;
  const data = loadData(o);
  if (!data) return refused("data/ has errors already (above): fix them first (npm run validate).", log);

  // ---- the document ----------------------------------------------------------------------
  const url = await p.input({ message: "Document URL:", validate: (v) => checkField(SourceDocument.shape.url, v.trim()) });
  let source = data.sources.find((s) => sameUrlKey(s.url) === sameUrlKey(url.trim()));
  let newSource = false;
  if (source) {
    log(`Known document: source "${source.id}", "${source.title}" (${source.publisher}, ${source.published ?? "undated"}). Its record is reused.`);
  } else {
    const title = await p.input({ message: "Title (the headline as shown):", validate: (v) => checkField(SourceDocument.shape.title, v) });
    const titleFrom = await p.select<"headline" | "url" | "description">({
      message: "Where is that title from?",
      choices: [
        { name: "the document's headline", value: "headline" },
        { name: "the words of its address (the copy shows no headline)", value: "url" },
        { name: "my plain description (no headline, no words in the address)", value: "description" },
      ],
      default: "headline",
    });
    const publisher = await p.input({ message: "Publisher (the outlet, not the organisation it quotes):", validate: (v) => checkField(SourceDocument.shape.publisher, v) });
    const language = await p.input({ message: "Language of the document (en, fa, ar, it, tr, fr …):", default: "en", validate: (v) => checkField(SourceDocument.shape.language, v.trim()) });
    const draft = (published: string | null, accessed: string | null) =>
      buildSource({
        id: freeSourceId(sourceIdFor(url.trim()), new Set(data.sources.map((s) => s.id))),
        title: title.trim(),
        ...(titleFrom === "headline" ? {} : { title_from: titleFrom }),
        publisher: publisher.trim(), url: url.trim(), published, accessed, language: language.trim(), kind: "news" });
    const dateCheck = (field: "published" | "accessed", published: string | null) => (v: string) => {
      const value = v.trim() === "" && field === "published" ? null : v.trim();
      const schema = checkField(SourceDocument.shape[field], value);
      if (schema !== true) return schema;
      return checkDraftField(data, { source: field === "published" ? draft(value, null) : draft(published, value) }, field, today);
    };
    const publishedAnswer = (await p.input({ message: "Publication date on the document (YYYY-MM-DD; empty if it shows none):", validate: dateCheck("published", null) })).trim();
    const published = publishedAnswer === "" ? null : publishedAnswer;
    const accessed = (await p.input({ message: "Day you read it (YYYY-MM-DD):", default: today, validate: dateCheck("accessed", published) })).trim();
    const kind = await p.select({
      message: "Kind of document:",
      choices: SOURCE_KINDS.map((k) => ({ name: k, value: k })),
      default: kindFor(url.trim(), publisher),
    });
    const caution = cautionFor(url.trim());
    if (caution) log(`This host has a caution on record: "${caution}" Its figures get the flag low_quality_source.`);
    source = buildSource({ ...draft(published, accessed), kind, caution });
    newSource = true;
  }
  const doc = source;

  // ---- the quote and its number ------------------------------------------------------------
  const quote = await p.input({ message: "Quote (the sentence that states the number, verbatim, in the document's language):", validate: (v) => checkField(Figure.shape.quote, v) });
  const mentions = findNumbers(quote);
  if (mentions.length === 0)
    return refused("No number in this quote. A statement without a number is not a figure (CONTRIBUTING.md, \"Statements without a number\").", log);
  const chosen = await p.select({
    message: "Which number is the figure?",
    choices: mentions.map((m, i) => ({ name: `«${m.text}» = ${m.value}`, value: i, description: context(quote, m) })),
  });
  let reading = proposeReading(quote, mentions, chosen);
  log(`Proposed: ${describe(reading)}`);
  if (!(await p.confirm({ message: "Is this how the quote states it?", default: true }))) reading = await correctReading(o, data, doc.id, quote, mentions, chosen, reading);

  const same = data.figures.find((f) => f.source === doc.id && f.quote === quote && f.figure_text === reading.figure_text);
  if (same) return refused(`This number of this quote is already recorded: figure "${same.id}". To change it, run npm run correct ${same.id}.`, log);

  // ---- the date of the count -------------------------------------------------------------
  const asOfAnswer = (
    await p.input({
      message: "Day the count refers to (YYYY-MM-DD; empty if no source says):",
      default: doc.published ?? undefined,
      validate: (v) => {
        if (v.trim() === "") return true;
        const schema = checkField(Figure.shape.as_of, v.trim());
        return schema === true ? checkDraftField(data, { source: doc, figure: probe(doc.id, quote, { as_of: v.trim() }) }, "as_of", today) : schema;
      },
    })
  ).trim();
  const asOf = asOfAnswer === "" ? null : asOfAnswer;
  const flags = new Set<FigureFlag>();
  if (asOf && !(await p.confirm({ message: "Does the document state this day (not worked out from \"Tuesday\", a day number, the URL)?", default: true }))) flags.add("as_of_inferred");

  // ---- who claims it ---------------------------------------------------------------------
  const proposal = proposeOrganisation(quote, doc, data.organisations);
  const short = (id: string) => data.organisations.find((g) => g.id === id)?.short_name ?? id;
  if (proposal.inQuote.length) log(`The quote names: ${proposal.inQuote.map(short).join(", ")}.`);
  else if (proposal.inDocument.length) log(`The quote names no organisation; the document's title or publisher names: ${proposal.inDocument.map(short).join(", ")}.`);
  else log("Neither the quote nor the document's title or publisher names an organisation of data/organisations.json. Never attribute by guess: \"rights groups said\" is unnamed-rights-groups.");
  const organisation = await p.select({
    message: "Whose figure is it?",
    choices: [
      ...data.organisations.map((g) => ({ name: `${g.short_name} (${g.id})`, value: g.id })),
      { name: "another organisation, not in data/organisations.json", value: NOT_LISTED },
    ],
    default: proposal.proposed ?? undefined,
  });
  if (organisation === NOT_LISTED)
    return refused("The organisation is not in data/organisations.json. Add it first (CONTRIBUTING.md, \"A new series or organisation\": id, names and aliases), then run npm run add again.", log);
  const org = data.organisations.find((g) => g.id === organisation)!;
  let attributionReason: string | undefined;
  if (attributionMissing(quote, doc, org)) {
    flags.add("attribution_inferred");
    log(`Neither the quote nor the document's title or publisher names ${org.short_name}: the figure gets the flag attribution_inferred, with your reason.`);
    attributionReason = (
      await p.input({ message: `Why is it ${org.short_name}'s figure (shown on the figure page)?`, validate: (v) => checkField(Figure.shape.attribution_reason, v) })
    ).trim();
  }
  const attribution = (
    await p.input({ message: "How the document attributes it (optional, e.g. \"HRANA (reported by Ynet)\"):", default: namesClaimant(quote, org) ? org.short_name : undefined, validate: optional(Figure.shape.attribution) })
  ).trim();

  // ---- the series: organisation × measure × wave -------------------------------------------
  const measures = proposeMeasures(quote);
  const measure = await p.select({ message: "What does it count?", choices: MEASURES.map((m) => ({ name: m, value: m })), default: measures[0] });
  const proposedWave = waveOn(asOf ?? doc.published ?? today, data.waves);
  const wave = await p.select({ message: "Which protest wave?", choices: data.waves.map((w) => ({ name: `${w.title} (${w.id})`, value: w.id })), default: proposedWave ?? undefined });
  const seriesId = seriesIdFor(organisation, measure, wave);
  let series = data.series.find((s) => s.id === seriesId);
  let newSeries = false;
  if (series) log(`Series: ${series.id}, "${series.label}". Its definition: ${series.definition}`);
  else {
    const drafted = seriesFor(wave, organisation, org.short_name, measure);
    log(`There is no series ${seriesId} yet. A new one would read: "${drafted.label}"; ${drafted.definition}`);
    if (!(await p.confirm({ message: `Create data/series/${seriesId}.json (review its definition and caveats afterwards)?`, default: false })))
      return refused(`No series for this figure. Create data/series/${seriesId}.json first (CONTRIBUTING.md, "A new series or organisation").`, log);
    series = drafted;
    newSeries = true;
  }

  const locator = (await p.input({ message: "Where in the document (optional: paragraph, table, caption):", validate: optional(Figure.shape.locator) })).trim();
  const translation =
    doc.language === "en" ? "" : (await p.input({ message: "English translation of the quote (optional):", validate: optional(Figure.shape.translation) })).trim();
  const notes = (await p.input({ message: "Notes for reviewers (optional: how you dated and attributed it):", validate: optional(Figure.shape.notes) })).trim();

  // ---- the records ----------------------------------------------------------------------
  const figure = buildFigure(figureIdFor(seriesId, asOf, doc.id, new Set(data.figures.map((f) => f.id))), {
    organisation,
    measure,
    as_of: asOf,
    value: reading.value ?? null,
    ...(reading.value === undefined ? { low: reading.low, high: reading.high } : {}),
    qualifier: reading.qualifier,
    source: doc,
    quote,
    figure_text: reading.figure_text,
    locator: locator || undefined,
    attribution: attribution || undefined,
    translation: translation || undefined,
    hedge: reading.hedge,
    attribution_reason: attributionReason,
    notes: notes || undefined,
    flags,
  });
  const problems = draftProblems(data, { source: doc, series, figure: { ...figure, series: seriesId } }, today);
  if (problems.length) {
    for (const p of problems) log(`${p.field}: ${refusal(p)}`);
    return refused("The validator refuses this figure.", log);
  }
  log(`\nFigure ${figure.id}`);

  const changes: FileChange[] = [];
  if (newSource) changes.push({ path: "sources.json", text: jsonText(withSource(JSON.parse(readData(o.dataDir, "sources.json")), doc)) });
  const seriesPath = `series/${seriesId}.json`;
  const seriesFile = newSeries ? { $schema: "../../schema/series.schema.json", series, figures: [] } : JSON.parse(readData(o.dataDir, seriesPath));
  changes.push({ path: seriesPath, text: jsonText(withFigure(seriesFile, figure)) });
  return finish(o, changes, newSource ? [doc.id, figure.id] : [figure.id]);
}

/** The check of an optional text: empty leaves the field out, anything else must pass its schema. */
const optional = (schema: Parameters<typeof checkField>[0]) => (v: string) => (v.trim() === "" ? true : checkField(schema, v));

/** A figure with only what the date rules read, to check an as_of answer before the rest is known. */
function probe(source: string, quote: string, patch: Partial<DatasetFigure>): DatasetFigure {
  return { id: "intake.probe", series: "intake-probe", organisation: "", measure: "arrested", as_of: null, value: 0, qualifier: "exact", source, quote, figure_text: quote, flags: [], ...patch };
}

/** The words around a number, so the contributor sees which one it is. */
function context(quote: string, m: NumberMention): string {
  const start = Math.max(0, m.index - 40);
  const end = Math.min(quote.length, m.index + m.text.length + 40);
  return `${start > 0 ? "…" : ""}${quote.slice(start, m.index)}[${m.text}]${quote.slice(m.index + m.text.length, end)}${end < quote.length ? "…" : ""}`;
}

export function describe(r: Reading): string {
  const number = r.value !== undefined ? `value ${r.value}` : `range ${r.low} to ${r.high}`;
  const words = r.qualifier_words ? ` (from "${r.qualifier_words}")` : "";
  const hedge = r.hedge ? `; hedge ${r.hedge.kind}: "${r.hedge.text}"${r.hedge.value !== undefined ? ` (${r.hedge.value})` : ""}` : "";
  return `${number}, qualifier ${r.qualifier}${words}, figure_text "${r.figure_text}"${hedge}`;
}

/** The contributor's own reading, asked part by part; the numbers still come from the quote. */
async function correctReading(o: SessionOptions, data: Dataset, source: string, quote: string, mentions: NumberMention[], chosen: number, proposed: Reading): Promise<Reading> {
  const { prompts: p } = o;
  const qualifier = await p.select<Qualifier>({ message: "Qualifier:", choices: QUALIFIERS.map((q) => ({ name: q, value: q })), default: proposed.qualifier });
  let reading: Reading;
  const m = mentions[chosen];
  if (qualifier === "range") {
    const other = await p.select({
      message: "The other end of the range:",
      choices: mentions.map((x, i) => ({ name: `«${x.text}» = ${x.value}`, value: i })).filter((c) => c.value !== chosen),
    });
    const [a, b] = [m, mentions[other]].sort((x, y) => x.index - y.index);
    reading = { low: Math.min(a.value, b.value), high: Math.max(a.value, b.value), qualifier, figure_text: quote.slice(a.index, b.index + b.text.length) };
  } else reading = { value: m.value, qualifier, figure_text: m.text };
  const text = await p.input({
    message: "figure_text (the exact words that state it):",
    default: reading.figure_text,
    validate: (v) => {
      const schema = checkField(Figure.shape.figure_text, v);
      return schema === true ? checkDraftField(data, { figure: probe(source, quote, { figure_text: v }) }, "figure_text", o.today) : schema;
    },
  });
  reading.figure_text = text;
  const kind = await p.select<Hedge["kind"] | "none">({
    message: "Hedging words (perhaps, reportedly, possibly as many as)?",
    choices: [{ name: "none", value: "none" }, ...HEDGE_KINDS.map((k) => ({ name: k, value: k }))],
    default: proposed.hedge?.kind ?? "none",
  });
  if (kind !== "none") {
    const hedgeText = await p.input({
      message: "The hedging words, exactly as in the quote:",
      default: proposed.hedge?.text,
      validate: (v) => {
        const schema = checkField(Figure.shape.hedge.unwrap().shape.text, v);
        return schema === true ? checkDraftField(data, { figure: probe(source, quote, { hedge: { kind: "perhaps", text: v } }) }, "hedge.text", o.today) : schema;
      },
    });
    let value: number | undefined;
    if (kind === "possibly_as_many_as") value = mentions[await p.select({ message: "The number it gives as possible:", choices: mentions.map((x, i) => ({ name: `«${x.text}» = ${x.value}`, value: i })) })].value;
    reading.hedge = { kind, text: hedgeText, ...(value !== undefined ? { value } : {}) };
  }
  return reading;
}
