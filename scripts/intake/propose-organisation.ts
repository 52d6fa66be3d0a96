/**
 * Which organisation a quote's figure belongs to, by the validator's own attribution rule
 * (src/datasets/names-claimant.ts: a name, short name or alias as whole words in the quote,
 * the document's title or its publisher). Never a guess: when nothing names one, there is no
 * proposal, and the figure the contributor attributes anyway is flagged attribution_inferred.
 */
import { documentNamesClaimant, namesClaimant } from "../../src/datasets/names-claimant.ts";
import type { Organisation } from "../../src/datasets/schemas/organisation.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";

export interface OrganisationProposal {
  /** Organisations the quote itself names, in the order of organisations.json. */
  inQuote: string[];
  /** Organisations the document's title or publisher names (when the quote names none). */
  inDocument: string[];
  /** The proposal: the only organisation named, or null when none or several are. */
  proposed: string | null;
}

export function proposeOrganisation(quote: string, doc: Pick<SourceDocument, "title" | "publisher" | "names_claimant">, organisations: Organisation[]): OrganisationProposal {
  const inQuote = organisations.filter((o) => namesClaimant(quote, o)).map((o) => o.id);
  const inDocument = organisations.filter((o) => !inQuote.includes(o.id) && documentNamesClaimant("", doc, o)).map((o) => o.id);
  const candidates = inQuote.length ? inQuote : inDocument;
  return { inQuote, inDocument, proposed: candidates.length === 1 ? candidates[0] : null };
}

/** True when the figure must carry attribution_inferred: neither quote, title nor publisher names the organisation. */
export function attributionMissing(quote: string, doc: Pick<SourceDocument, "title" | "publisher" | "names_claimant">, org: Organisation): boolean {
  return !documentNamesClaimant(quote, doc, org);
}
