/**
 * A publisher's short name for sentences, tables and source lines. The research records
 * publishers with glosses: "Hands Off Cain / Nessuno tocchi Caino (Italian NGO; republishes …)",
 * "UN Geneva newsroom (unognewsroom.org), UNTV", "OIAC (oiac.org) — verbatim repost …"; the
 * name is what comes before the first gloss, and the full text stays on the source page.
 */
export function publisherName(doc: { publisher: string }): string {
  return doc.publisher.split(/ \(| — |, /)[0].trim() || doc.publisher;
}
