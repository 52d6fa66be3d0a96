/**
 * A publisher's short name for tables and source lines: the research notes its publishers as
 * "Hands Off Cain / Nessuno tocchi Caino (Italian NGO; republishes …)"; the bracketed gloss
 * stays on the source page.
 */
export function publisherName(doc: { publisher: string }): string {
  return doc.publisher.replace(/ \(.*\)$/, "");
}
