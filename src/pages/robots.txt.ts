import { robotsEndpoint } from "../site/sitemap-endpoint.ts";

export const GET = robotsEndpoint;
