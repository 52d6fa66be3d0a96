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
}

export const DASHBOARD_NAME = "Iran protest detainee counts";

/** A stable citation key: letters, digits and underscores only. */
export function citationKey(input: CitationInput): string {
  const slug = new URL(input.url).pathname.replace(/^\/v\/[^/]+\//, "").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "");
  return `iran_detainee_counts_${input.version.replace(/[^0-9]/g, "_")}${slug ? `_${slug}` : ""}`;
}
