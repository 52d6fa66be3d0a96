import { FIGURE_BASES, FIGURE_FLAGS, HEDGE_KINDS } from "../datasets/schemas/figure.ts";
import { MEASURES } from "../datasets/schemas/measure.ts";
import { QUALIFIERS } from "../datasets/schemas/qualifier.ts";
import { SOURCE_KINDS } from "../datasets/schemas/source-document.ts";
import { LIST_COLUMNS, listSeparator, type FigureColumn } from "../domain/figure-records.ts";

/** What one download column holds: its Table Schema type and constraints, and its description. */
export interface FieldSpec {
  type: "string" | "integer" | "date" | "boolean";
  description: string;
  /** Never empty. */
  required?: boolean;
  enum?: readonly string[];
  /** An http(s) address. */
  url?: boolean;
  /** A list: items allowed (for flags), as JSON arrays in layout 3 and joined in CSV. */
  items?: readonly string[];
}

const ID_PATTERN = "^[a-z0-9]+(?:[-.][a-z0-9]+)*$";
const ids = (what: string) => `${what}, separated by ';' in CSV (an array in figures.json).`;

export const FIELDS: Record<FigureColumn, FieldSpec> = {
  figure_id: { type: "string", required: true, description: "Stable id of the figure; its page is /figures/<figure_id>/ (and /v/<version>/figures/<figure_id>/ for this release)." },
  series_id: { type: "string", required: true, description: "The series (one organisation × measure × wave) the figure belongs to." },
  wave_id: { type: "string", required: true, description: "The protest wave: iran-2025-26 (from 28 Dec 2025) or iran-2022-23 (from 17 Sep 2022)." },
  organisation_id: { type: "string", required: true, description: "Who makes the claim." },
  organisation_name: { type: "string", required: true, description: "Its full name." },
  measure: { type: "string", required: true, enum: MEASURES, description: `What is counted: ${MEASURES.join(", ")}.` },
  as_of: { type: "date", description: "The day the count refers to (ISO date, YYYY-MM-DD); empty when no source says." },
  value: { type: "integer", description: "The number as published (whole, never rounded); empty for ranges. An integer column with empty cells: read it as a nullable integer (see README)." },
  low: { type: "integer", description: "Low end of a range; empty otherwise." },
  high: { type: "integer", description: "High end of a range; empty otherwise." },
  qualifier: { type: "string", required: true, enum: QUALIFIERS, description: `${QUALIFIERS.join(", ")}.` },
  figure_text: { type: "string", required: true, description: "The exact words of the quote that state the number." },
  quote: { type: "string", required: true, description: "Verbatim quote from the source, in its own language." },
  translation: { type: "string", description: "English translation of the quote, where given." },
  locator: { type: "string", description: "Where in the document (e.g. a CSV column)." },
  attribution: { type: "string", description: "How the source attributes the figure, in the research's words." },
  flags: { type: "string", description: "Caution flags, separated by ';' (see /methodology/#flags). Renamed figure_flags in releases after 2026-12-01." },
  figure_flags: { type: "string", items: FIGURE_FLAGS, description: `Caution flags (${FIGURE_FLAGS.join(", ")}; see /methodology/#flags), ${ids("").slice(2)} Empty when none. Named figure_flags, not flags, which is a pandas DataFrame attribute.` },
  notes: { type: "string", description: "Research notes: breakdowns, other copies, inferences." },
  source_id: { type: "string", required: true, description: "Id of the source document; its page is /sources/<source_id>/." },
  source_title: { type: "string", required: true, description: "Title of the document." },
  source_publisher: { type: "string", required: true, description: "Who published the document (often a republisher of the organisation's report)." },
  source_url: { type: "string", required: true, url: true, description: "Address of the document." },
  source_published: { type: "date", description: "Date the document was published (ISO); empty when not shown." },
  source_language: { type: "string", required: true, description: "Language of the document (BCP 47)." },
  source_kind: { type: "string", required: true, enum: SOURCE_KINDS, description: `${SOURCE_KINDS.join(", ")}.` },
  series_label: { type: "string", required: true, description: "The series' label, as in the charts' legends." },
  unit: { type: "string", description: "What the series counts, in the words the site uses in cards, summaries and tables." },
  basis: { type: "string", required: true, enum: FIGURE_BASES, description: "total (the claimant's own total), cases (named cases, not a total) or project_count (counted by this site from parts the text gives)." },
  cases: { type: "string", items: [], description: `For basis 'cases': the names of the cases, ${ids("").slice(2)}` },
  hedge: { type: "string", enum: HEDGE_KINDS, description: "How the source hedges the figure: perhaps, reportedly or possibly_as_many_as; empty when it does not." },
  hedge_text: { type: "string", description: 'The hedging words, verbatim from the quote ("perhaps", "possibly as many as 20,000").' },
  hedge_value: { type: "integer", description: "For possibly_as_many_as: the upper number the source calls possible (never a bound of the figure itself)." },
  attribution_reason: { type: "string", description: "Why the figure is attributed to the organisation although the text read does not name it (flag attribution_inferred)." },
  corroborated_by: { type: "string", items: [], description: ids("Ids of figures from better sources stating the same number (for weak-source figures)") },
  public_note: { type: "string", description: "A note for readers, as shown on the figure's page." },
  other_documents: { type: "string", items: [], description: ids("Ids of other documents that state the same figure (their words and readings are in dataset.json)") },
  archive_lookup: { type: "string", url: true, description: "A Wayback Machine lookup for the source document near its date: a search, not a promise that an archived copy exists." },
  source_accessed: { type: "date", description: "The day the research read the document; empty when it was not recorded." },
  source_read_via: { type: "string", description: "Where the copy was actually read when not at source_url (a reader proxy, a repository path); empty when read at source_url." },
  source_title_from: { type: "string", enum: ["headline", "url", "description"], description: "Where source_title comes from when the copy read shows no headline: url (the address's words) or description; empty for the headline." },
  source_research_notes: { type: "string", description: "How the copy was found and read, in the research's words." },
  source_caution: { type: "string", description: "A reliability warning readers must see (lookalike domain, low-quality host, repost); empty when none." },
  source_published_inferred: { type: "boolean", description: "Whether source_published was inferred (from the address, a relative day) rather than shown by the document (TRUE/FALSE in CSV); empty when source_published is." },
  source_published_not_before: { type: "date", description: "For an undated document the text itself dates from below: the earliest day it can have been published." },
  source_published_not_before_reason: { type: "string", description: "Why it cannot have been published before source_published_not_before." },
  source_dataset_repository: { type: "string", url: true, description: "For a dataset source: the repository holding the file." },
  source_dataset_file: { type: "string", description: "For a dataset source: the file's path in the repository." },
  source_dataset_commit: { type: "string", description: "For a dataset source: the commit of the file read (40 hex digits)." },
  source_archived: { type: "string", items: [], description: ids("Addresses of archived copies of the document") },
  series_definition: { type: "string", required: true, description: "The series' counting unit and what exactly is counted." },
  series_scope: { type: "string", description: "What the series covers (places, groups), where it says." },
  series_cumulative: { type: "boolean", required: true, description: "Whether the series' numbers are running totals (TRUE/FALSE in CSV)." },
  series_estimate: { type: "boolean", required: true, description: "Whether the claimant calls its numbers estimates (TRUE/FALSE in CSV)." },
  series_caveats: { type: "string", items: [], description: "The series' caveats, separated by a line break in CSV (they may contain ';'; an array in figures.json)." },
  dataset_commit: {
    type: "string",
    description:
      "The git commit data/ was at when the release was made (40 hex digits). Empty when the release recorded none: releases before it was recorded (up to 2026-12-01) and releases made without git history or with uncommitted data; it is never filled in afterwards.",
  },
};

/** A CSV column's Table Schema field (Frictionless Table Schema v1). */
export function tableField(name: FigureColumn): Record<string, unknown> {
  const f = FIELDS[name];
  const constraints: Record<string, unknown> = {};
  if (f.required) constraints.required = true;
  if (name === "figure_id") constraints.unique = true;
  if (f.enum) constraints.enum = [...f.enum];
  if (f.type === "integer") constraints.minimum = 0;
  if (f.url) constraints.pattern = "https?://\\S+";
  else if (f.items && f.items.length) constraints.pattern = `(?:${f.items.join("|")})(?:;(?:${f.items.join("|")}))*`;
  else if (name.endsWith("_id") || name === "corroborated_by" || name === "other_documents") {
    const one = ID_PATTERN.slice(1, -1);
    constraints.pattern = LIST_COLUMNS.has(name) ? `${one}(?:;${one})*` : one;
  } else if (name === "source_dataset_commit" || name === "dataset_commit") constraints.pattern = "[0-9a-f]{40}";
  return {
    name,
    type: f.type,
    ...(f.type === "date" && { format: "default" }),
    ...(f.type === "boolean" && { trueValues: ["TRUE"], falseValues: ["FALSE"] }),
    description: f.description,
    ...(Object.keys(constraints).length > 0 && { constraints }),
  };
}

/** The JSON Schema of one column's value in a figures.json record of `layout` (3: lists as arrays). */
export function jsonField(name: FigureColumn, layout: number): Record<string, unknown> {
  const f = FIELDS[name];
  const nullable = (schema: Record<string, unknown>) => (f.required ? schema : { anyOf: [schema, { type: "null" }] });
  const description = f.description;
  if (f.items && layout === 3) {
    const item: Record<string, unknown> = f.items.length ? { enum: [...f.items] } : { type: "string", minLength: 1 };
    return { type: "array", items: item, description };
  }
  if (f.type === "integer") return { ...nullable({ type: "integer", minimum: 0 }), description };
  if (f.type === "boolean") return { ...nullable({ type: "boolean" }), description };
  if (f.type === "date") return { ...nullable({ type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }), description };
  const s: Record<string, unknown> = { type: "string" };
  if (f.enum) s.enum = [...f.enum];
  if (f.required) s.minLength = 1;
  if (f.url) s.pattern = "^https?://\\S+$";
  // flags in layouts 1 and 2: the ;-joined string, "" when none (never null).
  if (name === "flags") return { type: "string", description };
  return { ...nullable(s), description };
}

export { listSeparator };
