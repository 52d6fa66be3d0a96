import type { SourceDocument } from "../datasets/schemas/source-document.ts";

/**
 * The document a figure comes from, cited beside the dataset (issue 14): a number is the
 * claimant's, published in a document by a publisher, and the dashboard only records it.
 */
export interface DocumentCitation {
  title: string;
  /** Who published the document (its author in a reference list). */
  publisher: string;
  /** The organisation whose claim it is, when another publisher passed it on ("as reported by"); else null. */
  claimant: string | null;
  /** ISO date; null when the copy read shows none. */
  published: string | null;
  url: string;
  /** ISO date the document was read; null when the research did not record it. */
  accessed: string | null;
  kind: SourceDocument["kind"];
  /** BCP 47 language of the document. */
  language: string;
}

/** What a citation names: the dashboard, the version, the permanent URL and the access date. */
export interface CitationInput {
  /** What is cited, e.g. "HRANA: people arrested (estimate), Iran protests from 28 December 2025". */
  title: string;
  /** Release version, e.g. "2026-11-29". */
  version: string;
  /** The release's date (ISO). */
  released: string;
  /** Absolute permanent URL of the cited page in that version. */
  url: string;
  /** The day the reader accessed it (ISO). */
  accessed: string;
  /** For one figure or one source: the document behind it, cited too. */
  document?: DocumentCitation;
}

/** The dashboard as an author: in every citation format and in CITATION.cff. */
export const DASHBOARD_NAME = "Iran protest detainee counts";

/** A stable citation key: letters, digits and underscores only. */
export function citationKey(input: CitationInput): string {
  const slug = new URL(input.url).pathname.replace(/^\/v\/[^/]+\//, "").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "");
  return `iran_detainee_counts_${input.version.replace(/[^0-9]/g, "_")}${slug ? `_${slug}` : ""}`;
}

/** The document's key: the dataset's key with "_source". */
export const documentKey = (input: CitationInput): string => `${citationKey(input)}_source`;

/** "Claim by X, as reported by Y." when another publisher passed the claim on; else "". */
export function claimNote(d: DocumentCitation): string {
  return d.claimant ? `Claim by ${d.claimant}, as reported by ${d.publisher}.` : "";
}
