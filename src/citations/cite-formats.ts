import { formatDate } from "../format/format-date.ts";
import { citationKey, DASHBOARD_NAME, type CitationInput } from "./citation.ts";

/** Plain text, for pasting into a report: names the dashboard, version, permanent URL and access date. */
export function citePlain(c: CitationInput): string {
  return `${DASHBOARD_NAME} (${c.released.slice(0, 4)}). “${c.title}” [dataset], version ${c.version}. ${c.url} (accessed ${formatDate(c.accessed)}).`;
}

/** BibTeX escapes for text fields; URLs go in verbatim fields. */
function bib(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (ch) => ({ "\\": "\\textbackslash{}", "^": "\\^{}", "~": "\\~{}" })[ch] ?? `\\${ch}`);
}

export function citeBibtex(c: CitationInput): string {
  const [y, m] = c.released.split("-");
  return [
    `@misc{${citationKey(c)},`,
    `  title = {{${bib(c.title)}}},`,
    `  author = {{${bib(DASHBOARD_NAME)}}},`,
    `  year = {${y}},`,
    `  month = {${Number(m)}},`,
    `  version = {${c.version}},`,
    `  url = {${c.url}},`,
    `  urldate = {${c.accessed}},`,
    `  note = {Dataset version ${c.version}; accessed ${c.accessed}},`,
    "}",
  ].join("\n");
}

/** RIS, tag by tag; every line "XX  - value", ending with ER. */
export function citeRis(c: CitationInput): string {
  const clean = (s: string) => s.replace(/[\r\n]+/g, " ");
  return [
    "TY  - DATA",
    `TI  - ${clean(c.title)}`,
    `AU  - ${DASHBOARD_NAME}`,
    `PY  - ${c.released.slice(0, 4)}`,
    `DA  - ${c.released.replace(/-/g, "/")}`,
    `ET  - ${c.version}`,
    `UR  - ${c.url}`,
    `Y2  - ${c.accessed.replace(/-/g, "/")}`,
    `N1  - Dataset version ${c.version}`,
    "ER  - ",
    "",
  ].join("\r\n");
}

/** CSL-JSON (an array of one item), as citation managers import it. */
export function citeCslJson(c: CitationInput): string {
  const parts = (iso: string) => [iso.split("-").map(Number)];
  const item = {
    id: citationKey(c),
    type: "dataset",
    title: c.title,
    author: [{ literal: DASHBOARD_NAME }],
    issued: { "date-parts": parts(c.released) },
    accessed: { "date-parts": parts(c.accessed) },
    version: c.version,
    URL: c.url,
  };
  return JSON.stringify([item], null, 2);
}

export function allCitations(c: CitationInput): Array<{ format: string; label: string; text: string; mime: string }> {
  return [
    { format: "plain", label: "Text", text: citePlain(c), mime: "text/plain" },
    { format: "bibtex", label: "BibTeX", text: citeBibtex(c), mime: "application/x-bibtex" },
    { format: "ris", label: "RIS", text: citeRis(c), mime: "application/x-research-info-systems" },
    { format: "csl-json", label: "CSL-JSON", text: citeCslJson(c), mime: "application/vnd.citationstyles.csl+json" },
  ];
}
