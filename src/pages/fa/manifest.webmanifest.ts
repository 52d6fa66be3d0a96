import { loadSite } from "../../site/load-site.ts";
import { webManifest } from "../../site/web-manifest.ts";

export function GET() {
  return new Response(webManifest(loadSite().byLocale.fa.current), { headers: { "Content-Type": "application/manifest+json; charset=utf-8" } });
}
