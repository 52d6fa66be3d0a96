import { DASHBOARD_NAME } from "./citation.ts";

export interface CffInput {
  version: string;
  /** The release's date (ISO). */
  date: string;
  /** The public origin (SITE_URL), or null when the release was made without one: then no URL is written rather than a placeholder. */
  origin: string | null;
}

/** YAML double-quoted scalar: JSON's string syntax is valid YAML. */
const q = (s: string) => JSON.stringify(s);

/**
 * CITATION.cff for a release (written by `npm run release`), with the same author, title and
 * permanent address as the site's own citations, so GitHub's "Cite this repository" agrees with "Cite this".
 */
export function citationCff({ version, date, origin }: CffInput): string {
  const lines = [
    "# Written by `npm run release` from the release and SITE_URL (src/citations/citation-cff.ts): do not edit.",
    "cff-version: 1.2.0",
    "message: >-",
    "  If you use these figures, cite the release version you used and its permanent address",
    "  (/v/<version>/), and the document and organisation behind each figure (each figure page's",
    "  \"Cite this\" gives both).",
    `title: ${q(DASHBOARD_NAME)}`,
    "type: dataset",
    "authors:",
    `  - name: ${q(DASHBOARD_NAME)}`,
    "abstract: >-",
    "  Detainee counts, deaths, death sentences, executions and judicial figures for Iran's protest",
    "  waves from 17 September 2022 and from 28 December 2025, recorded as claims by the",
    "  organisations that published them, each with its source document and verbatim quote.",
    `version: ${q(version)}`,
    `date-released: ${q(date)}`,
    "license: CC-BY-4.0",
    // Stryker disable next-line StringLiteral: new URL("", origin) is the origin's root too, as SITE_URL is an origin with path "/" (site-url.ts)
    ...(origin ? [`url: ${q(new URL(`/v/${version}/`, origin).href)}`, "identifiers:", "  - type: url", `    value: ${q(new URL("/", origin).href)}`, "    description: The dashboard, latest release"] : []),
    "keywords:",
    ...["Iran", "protests", "detainees", "human rights", "open data"].map((k) => `  - ${k}`),
    "",
  ];
  return lines.join("\n");
}
