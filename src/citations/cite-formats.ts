import { formatDate } from "../format/format-date.ts";
import { citationKey, claimNote, DASHBOARD_NAME, documentKey, type CitationInput, type DocumentCitation } from "./citation.ts";

// How each kind of source document is typed in each format. Statements and aggregator pages are
// web pages; a report, a news article, a blog post and a dataset have types of their own.
const CSL_TYPE: Record<DocumentCitation["kind"], string> = { report: "report", news: "article-newspaper", statement: "webpage", dataset: "dataset", blog: "post-weblog", aggregator: "webpage" };
const RIS_TYPE: Record<DocumentCitation["kind"], string> = { report: "RPRT", news: "NEWS", statement: "ELEC", dataset: "DATA", blog: "BLOG", aggregator: "ELEC" };
// The bracketed description APA gives some kinds ("[Data set]").
const GENRE: Partial<Record<DocumentCitation["kind"], string>> = { report: "Report", statement: "Statement", dataset: "Data set" };
const DATASET_GENRE = "Data set";

/** Plain text of the document: publisher, date, title, URL, and who claimed it when passed on. */
function documentPlain(d: DocumentCitation): string {
  const genre = GENRE[d.kind] ? ` [${GENRE[d.kind]}]` : "";
  const read = d.accessed ? ` (accessed ${formatDate(d.accessed)})` : "";
  const note = claimNote(d);
  return `${d.publisher} (${d.published ? formatDate(d.published) : "n.d."}). “${d.title}”${genre}. ${d.url}${read}.${note ? ` ${note}` : ""}`;
}

/**
 * Plain text, for pasting into a report: the document behind the figure (when there is one),
 * then the dashboard, version, permanent URL and access date.
 */
export function citePlain(c: CitationInput): string {
  const dataset = `${DASHBOARD_NAME} (${c.released.slice(0, 4)}). “${c.title}” [${DATASET_GENRE}], version ${c.version}. ${c.url} (accessed ${formatDate(c.accessed)}).`;
  return c.document ? `${documentPlain(c.document)} Recorded in: ${dataset}` : dataset;
}

/** BibTeX escapes for text fields; URLs go in verbatim fields. */
function bib(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (ch) => ({ "\\": "\\textbackslash{}", "^": "\\^{}", "~": "\\~{}" })[ch] ?? `\\${ch}`);
}

/** year, month and the full date (biblatex's `date`, which keeps the day). */
const bibDate = (iso: string) => [`  date = {${iso}},`, `  year = {${iso.slice(0, 4)}},`, `  month = {${Number(iso.slice(5, 7))}},`];

function documentBibtex(c: CitationInput, d: DocumentCitation): string {
  const note = [claimNote(d), `Figure recorded in ${DASHBOARD_NAME}, version ${c.version}.`].filter(Boolean).join(" ");
  return [
    `@misc{${documentKey(c)},`,
    `  title = {{${bib(d.title)}}},`,
    `  author = {{${bib(d.publisher)}}},`,
    ...(d.published ? bibDate(d.published) : []),
    ...(GENRE[d.kind] ? [`  howpublished = {${GENRE[d.kind]}},`] : []),
    `  url = {${d.url}},`,
    ...(d.accessed ? [`  urldate = {${d.accessed}},`] : []),
    `  language = {${d.language}},`,
    `  note = {${bib(note)}},`,
    "}",
  ].join("\n");
}

export function citeBibtex(c: CitationInput): string {
  const dataset = [
    `@misc{${citationKey(c)},`,
    `  title = {{${bib(c.title)}}},`,
    `  author = {{${bib(DASHBOARD_NAME)}}},`,
    ...bibDate(c.released),
    `  howpublished = {${DATASET_GENRE}},`,
    `  version = {${c.version}},`,
    `  url = {${c.url}},`,
    `  urldate = {${c.accessed}},`,
    `  note = {Dataset version ${c.version}; accessed ${c.accessed}},`,
    "}",
  ].join("\n");
  return c.document ? `${documentBibtex(c, c.document)}\n\n${dataset}` : dataset;
}

const risClean = (s: string) => s.replace(/[\r\n]+/g, " ");
const risDate = (iso: string) => iso.replace(/-/g, "/");

function documentRis(d: DocumentCitation): string[] {
  const note = claimNote(d);
  return [
    `TY  - ${RIS_TYPE[d.kind]}`,
    `TI  - ${risClean(d.title)}`,
    `AU  - ${risClean(d.publisher)}`,
    // A news article's publisher is its newspaper too (some readers ignore a news item's AU).
    ...(d.kind === "news" ? [`T2  - ${risClean(d.publisher)}`] : []),
    ...(d.published ? [`PY  - ${d.published.slice(0, 4)}`, `DA  - ${risDate(d.published)}`] : []),
    `UR  - ${d.url}`,
    ...(d.accessed ? [`Y2  - ${risDate(d.accessed)}`] : []),
    `LA  - ${d.language}`,
    ...(note ? [`N1  - ${note}`] : []),
    "ER  - ",
  ];
}

/** RIS, tag by tag; every line "XX  - value", each record ending with ER. */
export function citeRis(c: CitationInput): string {
  return [
    ...(c.document ? documentRis(c.document) : []),
    "TY  - DATA",
    `TI  - ${risClean(c.title)}`,
    `AU  - ${DASHBOARD_NAME}`,
    `PY  - ${c.released.slice(0, 4)}`,
    `DA  - ${risDate(c.released)}`,
    `ET  - ${c.version}`,
    `M3  - ${DATASET_GENRE}`,
    `UR  - ${c.url}`,
    `Y2  - ${risDate(c.accessed)}`,
    `N1  - Dataset version ${c.version}`,
    "ER  - ",
    "",
  ].join("\r\n");
}

const dateParts = (iso: string) => ({ "date-parts": [iso.split("-").map(Number)] });

/** CSL-JSON, as citation managers import it: the document (when there is one), then the dataset. */
export function citeCslJson(c: CitationInput): string {
  const items: object[] = [];
  const d = c.document;
  if (d) {
    const note = claimNote(d);
    items.push({
      id: documentKey(c),
      type: CSL_TYPE[d.kind],
      ...(GENRE[d.kind] ? { genre: GENRE[d.kind] } : {}),
      title: d.title,
      // A news article is by a reporter the research did not record, in the publisher's outlet;
      // any other document is the publisher's own (a corporate author).
      ...(d.kind === "news" ? { "container-title": d.publisher } : { author: [{ literal: d.publisher }] }),
      ...(d.published ? { issued: dateParts(d.published) } : {}),
      ...(d.accessed ? { accessed: dateParts(d.accessed) } : {}),
      URL: d.url,
      language: d.language,
      ...(note ? { note } : {}),
    });
  }
  items.push({
    id: citationKey(c),
    type: "dataset",
    genre: DATASET_GENRE,
    title: c.title,
    author: [{ literal: DASHBOARD_NAME }],
    issued: dateParts(c.released),
    accessed: dateParts(c.accessed),
    version: c.version,
    URL: c.url,
  });
  return JSON.stringify(items, null, 2);
}

export function allCitations(c: CitationInput): Array<{ format: string; label: string; text: string }> {
  return [
    { format: "plain", label: "Text", text: citePlain(c) },
    { format: "bibtex", label: "BibTeX", text: citeBibtex(c) },
    { format: "ris", label: "RIS", text: citeRis(c) },
    { format: "csl-json", label: "CSL-JSON", text: citeCslJson(c) },
  ];
}
