import type { CitationInput } from "../citations/citation.ts";
import type { SiteContext } from "./site-context.ts";
import { versionRoutes, type Routes } from "./routes.ts";

/** The site's public origin, for absolute permanent URLs in citations and feeds. */
export const SITE_URL = process.env.SITE_URL ?? "https://detainees.example.org";

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
    url: new URL(path(versionRoutes(version, ctx.locale === "fa" ? "/fa" : "")), SITE_URL).href,
    accessed: new Date().toISOString().slice(0, 10),
  };
}
