/**
 * The site's public origin, for every absolute address a page or file carries: citations,
 * permanent and canonical links, share cards, embed codes, feeds, sitemaps (issue 14).
 *
 * It comes from SITE_URL. `npm run build` (a production build) refuses to run without it
 * (scripts/build.ts), so no placeholder origin can be published. A local preview (`npm start`,
 * the tests, `astro dev`) uses the preview server's own address and marks every page as a
 * preview, so a citation copied from it is not mistaken for the public one.
 */

import { PREVIEW_ORIGIN, siteUrlProblem } from "./site-url.ts";

const configured = process.env.SITE_URL?.trim() || null;
const problem = configured ? siteUrlProblem(configured) : null;
// scripts/build.ts says this first, in its own words; `astro build` run directly stops here.
if (problem) throw new Error(`SITE_URL ${JSON.stringify(configured)} cannot be the public origin: ${problem}`);

/** The origin pages are built for, with a trailing slash. */
export const SITE_URL = configured ? new URL(configured).origin + "/" : PREVIEW_ORIGIN;

/** A preview build: no SITE_URL, or `npm run build -- --preview`. Pages say so. */
export const IS_PREVIEW = !configured || process.env.SITE_PREVIEW === "1";

/** An absolute address on this site. */
export const absoluteUrl = (path: string): string => new URL(path, SITE_URL).href;
