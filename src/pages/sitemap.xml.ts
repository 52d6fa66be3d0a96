import { sitemapIndexEndpoint } from "../site/sitemap-endpoint.ts";

export const GET = sitemapIndexEndpoint;
