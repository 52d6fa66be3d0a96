/**
 * The site's public origin, for every absolute address a page or file carries: citations,
 * permanent and canonical links, share cards, embed codes, feeds, sitemaps (issue 14).
 *
 * It comes from SITE_URL. `npm run build` (a production build) refuses to run without it
 * (scripts/build.ts), so no placeholder origin can be published. A local preview (`npm start`,
 * the tests, `astro dev`) uses the preview server's own address and marks every page as a
 * preview, so a citation copied from it is not mistaken for the public one.
 */

/** Where `npm start` serves the site; the origin of a preview build. */
export const PREVIEW_ORIGIN = "http://localhost:4321/";

/** Why a SITE_URL value cannot be the public origin, or null when it can. */
export function siteUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not an absolute URL; write it as https://example.org/`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `it must start with https:// (it starts with ${url.protocol}//)`;
  if (url.username || url.password) return "it must not hold a user name or password";
  if (url.search || url.hash || value.includes("?") || value.includes("#")) return "it must not have a query (?…) or fragment (#…)";
  if (url.pathname !== "/") return `the site is served from the root of its origin, so SITE_URL is an origin only (${url.origin}/), not ${url.pathname}`;
  return null;
}

const configured = process.env.SITE_URL?.trim() || null;

/** The origin pages are built for, with a trailing slash. */
export const SITE_URL = configured ? new URL(configured).origin + "/" : PREVIEW_ORIGIN;

/** A preview build: no SITE_URL, or `npm run build -- --preview`. Pages say so. */
export const IS_PREVIEW = !configured || process.env.SITE_PREVIEW === "1";

/** An absolute address on this site. */
export const absoluteUrl = (path: string): string => new URL(path, SITE_URL).href;
