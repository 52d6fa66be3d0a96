import type { Release } from "../datasets/schemas/release.ts";
import { escapeXml } from "../format/escape-xml.ts";
import { routes } from "./routes.ts";

/** An Atom feed of releases and their corrections, newest first. Deterministic: dates come from the releases. */
export function atomFeed(releases: Release[], siteUrl: string): string {
  const abs = (path: string) => new URL(path, siteUrl).href;
  const newest = [...releases].reverse();
  const updated = newest[0] ? `${newest[0].date}T00:00:00Z` : "1970-01-01T00:00:00Z";
  const entries = newest.map((r) => {
    const c = r.changes;
    const lines = [
      r.summary,
      `${c.figures_added.length} figures added, ${c.figures_changed.length} corrected, ${c.figures_removed.length} withdrawn; ${c.sources_added.length} sources added.`,
      ...c.figures_changed.map((x) => `Corrected ${x.id}: ${x.reason}`),
      ...c.figures_removed.map((x) => `Withdrawn ${x.id}: ${x.reason}`),
      ...(c.records_changed ?? []).map((x) => `Corrected ${x.kind} ${x.id} (${x.fields.join(", ")}): ${x.reason}`),
      `SHA-256 ${r.sha256}`,
    ];
    return `  <entry>
    <title>Release ${escapeXml(r.version)}</title>
    <id>${escapeXml(abs(routes.release(r.version)))}</id>
    <link href="${escapeXml(abs(routes.release(r.version)))}"/>
    <updated>${r.date}T00:00:00Z</updated>
    <summary type="text">${escapeXml(lines.join("\n"))}</summary>
  </entry>`;
  });
  // Stryker disable next-line StringLiteral: whitespace between elements: the same feed to a reader
  const entryXml = entries.join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Iran protest detainee counts: releases and corrections</title>
  <id>${escapeXml(abs(routes.changelog()))}</id>
  <link rel="self" href="${escapeXml(abs(routes.feed()))}"/>
  <link href="${escapeXml(abs(routes.changelog()))}"/>
  <updated>${updated}</updated>
  <author><name>Iran protest detainee counts</name></author>
${entryXml}
</feed>
`;
}
