import { atomFeed } from "../site/atom-feed.ts";
import { SITE_URL } from "../site/site-origin.ts";
import { loadSite } from "../site/load-site.ts";

export function GET() {
  return new Response(atomFeed(loadSite().releases, SITE_URL), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
