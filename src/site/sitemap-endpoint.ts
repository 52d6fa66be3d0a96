import { LOCALES, type Locale } from "../i18n/strings.ts";
import { loadSite } from "./load-site.ts";
import { absoluteUrl } from "./site-origin.ts";
import { indexablePaths, robotsTxt, sitemapIndexXml, sitemapPath, sitemapXml } from "./sitemap.ts";

const XML = { "Content-Type": "application/xml; charset=utf-8" };

/** /sitemap-<locale>.xml: the language's indexable pages. */
export const sitemapEndpoint = (locale: Locale) => () =>
  new Response(sitemapXml(indexablePaths(loadSite().byLocale[locale].current).map(absoluteUrl)), { headers: XML });

/** /sitemap.xml: the index of the language sitemaps. */
export const sitemapIndexEndpoint = () => new Response(sitemapIndexXml(LOCALES.map((l) => absoluteUrl(sitemapPath(l)))), { headers: XML });

/**
 * /robots.txt, generated for the origin the site is built for (SITE_URL). It names the language
 * sitemaps (each page in one); the index (/sitemap.xml) is for tools that take a single address.
 */
export const robotsEndpoint = () => new Response(robotsTxt(LOCALES.map((l) => absoluteUrl(sitemapPath(l)))), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
