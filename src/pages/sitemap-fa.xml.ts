import { sitemapEndpoint } from "../site/sitemap-endpoint.ts";

export const GET = sitemapEndpoint("fa");
