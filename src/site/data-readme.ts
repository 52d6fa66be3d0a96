import { FIGURE_COLUMNS, type FigureColumn } from "../domain/figure-records.ts";

const COLUMN_NOTES: Record<FigureColumn, string> = {
  figure_id: "Stable id of the figure; its page is /figures/<figure_id>/ (and /v/<version>/figures/<figure_id>/ for this release).",
  series_id: "The series (one organisation × measure × wave) the figure belongs to.",
  wave_id: "The protest wave: iran-2025-26 (from 28 Dec 2025) or iran-2022-23 (from 17 Sep 2022).",
  organisation_id: "Who makes the claim.",
  organisation_name: "Its full name.",
  measure: "What is counted: arrested, identified_detainees, killed, sentenced_to_death, executed, facing_capital_charges, released_or_pardoned, indicted, on_trial, convicted, not_prosecuted.",
  as_of: "The day the count refers to (ISO date); empty when no source says.",
  value: "The number as published (whole, never rounded); empty for ranges.",
  low: "Low end of a range; empty otherwise.",
  high: "High end of a range; empty otherwise.",
  qualifier: "exact, at_least, more_than, about, nearly, up_to, estimated or range.",
  figure_text: "The exact words of the quote that state the number.",
  quote: "Verbatim quote from the source, in its own language.",
  translation: "English translation of the quote, where given.",
  locator: "Where in the document (e.g. a CSV column).",
  attribution: "How the source attributes the figure, in the research's words.",
  flags: "Caution flags, separated by ';' (see /methodology/#flags).",
  notes: "Research notes: breakdowns, other copies, inferences.",
  source_id: "Id of the source document; its page is /sources/<source_id>/.",
  source_title: "Title of the document.",
  source_publisher: "Who published the document (often a republisher of the organisation's report).",
  source_url: "Address of the document.",
  source_published: "Date the document was published (ISO); empty when not shown.",
  source_language: "Language of the document (BCP 47).",
  source_kind: "report, news, statement, dataset, blog or aggregator.",
  series_label: "The series' label, as in the charts' legends.",
  unit: "What the series counts, in the words the site uses in cards, summaries and tables.",
  basis: "total (the claimant's own total), cases (named cases, not a total) or project_count (counted by this site from parts the text gives).",
  cases: "For basis 'cases': the names of the cases, separated by ';'.",
  hedge: "How the source hedges the figure: perhaps, reportedly or possibly_as_many_as; empty when it does not.",
  hedge_text: "The hedging words, verbatim from the quote (\"perhaps\", \"possibly as many as 20,000\").",
  hedge_value: "For possibly_as_many_as: the upper number the source calls possible (never a bound of the figure itself).",
  attribution_reason: "Why the figure is attributed to the organisation although the text read does not name it (flag attribution_inferred).",
  corroborated_by: "Ids of figures from better sources stating the same number (for weak-source figures), separated by ';'.",
  public_note: "A note for readers, as shown on the figure's page.",
  other_documents: "Ids of other documents that state the same figure, separated by ';' (their words and readings are in dataset.json).",
  archive_lookup: "A Wayback Machine lookup for the source document near its date: a search, not a promise that an archived copy exists.",
};

/** The README shipped with every release's downloads. */
export function dataReadme(version: string, sha256: string | null, columns: readonly FigureColumn[] = FIGURE_COLUMNS): string {
  return `# Iran protest detainee counts: data, version ${version}

${sha256 ? `Release content SHA-256: ${sha256}\n\n` : ""}Every row is one **claim**: a number one organisation published about one thing it counts,
as of one day, with the document and the verbatim words that state it. Claims by different
organisations count different things and must never be summed or averaged.

## Files

- \`figures.csv\`: every figure, one row each, with its source's columns (UTF-8, RFC 4180, CRLF line ends).
- \`figures.json\`: the same rows as JSON.
- \`dataset.json\`: the whole release (organisations, sources, waves, series, figures, changes, hash) as frozen.
- \`series/<series_id>.csv\`: one CSV per series, same columns.
- \`schema/*.schema.json\`: JSON Schemas of the working data files.

## Columns

${columns.map((c) => `- \`${c}\`: ${COLUMN_NOTES[c]}`).join("\n")}

## Licence and citation

The compilation (structure, selection, notes) is available under the Creative Commons
Attribution 4.0 International licence (CC BY 4.0). Quotes remain the words of their publishers
and are reproduced briefly for verification. Cite the dashboard with its version, e.g.
"Iran protest detainee counts, version ${version}", and the permanent URL /v/${version}/.
Figures attributed to HRANA's 2022 daily table also cite its compiler (GitHub
justin-2028/Daily-Statistics-of-the-2022-Iran-Protests).
`;
}
