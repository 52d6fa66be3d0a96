import type { CitationInput } from "../citations/citation.ts";
import type { SiteContext } from "./site-context.ts";
import { versionRoutes, type Routes } from "./routes.ts";
import { absoluteUrl } from "./site-origin.ts";

/**
 * Citation of one page in the release the context shows: always the permanent /v/<version>/
 * URL, even on the latest pages at the root. Null before the first release.
 */
export function citationFor(ctx: SiteContext, title: string, path: (r: Routes) => string): CitationInput | null {
  if (!ctx.release) return null;
  const { version, date } = ctx.release;
  return {
    title,
    version,
    released: date,
    url: absoluteUrl(path(versionRoutes(version, ctx.locale === "fa" ? "/fa" : ""))),
    accessed: new Date().toISOString().slice(0, 10),
  };
}
