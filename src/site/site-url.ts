/** What a public origin (SITE_URL) may be; no side effects, so scripts can check a value before building. */

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
  // The raw value, not url.search or url.hash: those are empty for a bare "?" or "#".
  if (value.includes("?") || value.includes("#")) return "it must not have a query (?…) or fragment (#…)";
  if (url.pathname !== "/") return `the site is served from the root of its origin, so SITE_URL is an origin only (${url.origin}/), not ${url.pathname}`;
  return null;
}
