import type { Organisation } from "./schemas/organisation.ts";
import type { SourceDocument } from "./schemas/source-document.ts";

/** Every name a source may use for an organisation: its name, short name and aliases. */
export function namesOf(org: Pick<Organisation, "name" | "short_name" | "aliases">): string[] {
  return [org.name, org.short_name, ...(org.aliases ?? [])];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * True when `text` names the organisation: one of its names occurs as whole words, ignoring
 * case ("IHR" in "the IHR said", not in "IHRNGO"; "هرانا" in a Persian sentence).
 */
export function namesClaimant(text: string, org: Pick<Organisation, "name" | "short_name" | "aliases">): boolean {
  return namesOf(org).some((name) => wholeWords(name).test(text));
}

// One compiled pattern per name: every claim on every page asks again about the same few names.
const patterns = new Map<string, RegExp>();
function wholeWords(name: string): RegExp {
  let re = patterns.get(name);
  if (!re) patterns.set(name, (re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, "iu")));
  return re;
}

/**
 * The attribution rule: a claim quoted from `doc` is the organisation's when the quote, the
 * document's title or its publisher (the organisation's own page) names it, or when the
 * document says in its own words whose figures it holds (`names_claimant`, a compiled dataset).
 */
export function documentNamesClaimant(
  quote: string,
  doc: Pick<SourceDocument, "title" | "publisher" | "names_claimant">,
  org: Pick<Organisation, "id" | "name" | "short_name" | "aliases">,
): boolean {
  return namesClaimant(quote, org) || namesClaimant(doc.title, org) || namesClaimant(doc.publisher, org) || doc.names_claimant?.organisation === org.id;
}
