import { escapeXml } from "../format/escape-xml.ts";
import type { Locale } from "../i18n/strings.ts";
import type { SiteContext } from "./site-context.ts";

/**
 * Sitemaps (sitemaps.org protocol 0.9) and robots.txt. A sitemap lists the pages search engines
 * should index: the latest pages of one language. Archived releases (/v/…), "not found" and
 * embeds are left out: they carry `noindex` (an archived page's canonical is itself, but the
 * latest page is what a search should find).
 */

/** The sitemap of each language (/sitemap.xml is the index naming both). */
export const sitemapPath = (locale: Locale) => `/sitemap-${locale}.xml`;

/** Every indexable page of one language's latest release, as site paths. */
export function indexablePaths(ctx: SiteContext): string[] {
  const r = ctx.routes;
  const { data } = ctx.index;
  return [
    r.home(), r.compare(), r.sources(), r.search(), r.data(), r.changelog(), r.methodology(), r.accessibility(),
    ...data.waves.map((w) => r.wave(w.id)),
    ...data.series.map((s) => r.series(s.id)),
    ...data.figures.map((f) => r.figure(f.id)),
    ...data.sources.map((s) => r.source(s.id)),
    ...data.organisations.map((o) => r.organisation(o.id)),
  ];
}

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>\n`;

/** A sitemap of absolute page addresses. */
export function sitemapXml(urls: string[]): string {
  return `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `<url><loc>${escapeXml(u)}</loc></url>\n`).join("")}</urlset>\n`;
}

/** A sitemap index of absolute sitemap addresses. */
export function sitemapIndexXml(urls: string[]): string {
  return `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `<sitemap><loc>${escapeXml(u)}</loc></sitemap>\n`).join("")}</sitemapindex>\n`;
}

/** robots.txt: everything may be crawled (noindex pages must be crawled for noindex to be seen); where the sitemaps are. */
export function robotsTxt(sitemaps: string[]): string {
  return `User-agent: *\nAllow: /\n\n${sitemaps.map((s) => `Sitemap: ${s}\n`).join("")}`;
}
