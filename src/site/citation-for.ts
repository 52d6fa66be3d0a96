import type { CitationInput, DocumentCitation } from "../citations/citation.ts";
import { namesClaimant } from "../datasets/names-claimant.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import { publisherName } from "../format/publisher-name.ts";
import type { SiteContext } from "./site-context.ts";
import { versionRoutes, type Routes } from "./routes.ts";
import { absoluteUrl } from "./site-origin.ts";

/**
 * The document behind a figure, for its citation. The claimant is named when the document is
 * not its own (by the rule the claim sentences use: the publisher's name names it, or the
 * document names it as its compiler), so "Claim by X, as reported by Y" is never said of X's own report.
 */
export function documentCitation(doc: SourceDocument, claimant?: Organisation): DocumentCitation {
  const own = !claimant || namesClaimant(publisherName(doc), claimant) || doc.names_claimant?.organisation === claimant.id;
  return {
    title: doc.title,
    publisher: publisherName(doc),
    claimant: own ? null : claimant.name,
    published: doc.published,
    url: doc.url,
    accessed: doc.accessed,
    kind: doc.kind,
    language: doc.language,
  };
}

/**
 * Citation of one page in the release the context shows: always the permanent /v/<version>/
 * URL, even on the latest pages at the root, and, for a figure or a source, the document too.
 * Null before the first release.
 */
export function citationFor(ctx: SiteContext, title: string, path: (r: Routes) => string, document?: DocumentCitation): CitationInput | null {
  if (!ctx.release) return null;
  const { version, date } = ctx.release;
  return {
    title,
    version,
    released: date,
    url: absoluteUrl(path(versionRoutes(version, ctx.locale === "fa" ? "/fa" : ""))),
    accessed: new Date().toISOString().slice(0, 10),
    ...(document ? { document } : {}),
  };
}
