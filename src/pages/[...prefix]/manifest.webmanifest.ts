import type { APIContext } from "astro";
import { contextPaths } from "../../site/page-contexts.ts";
import type { SiteContext } from "../../site/site-context.ts";
import { webManifest } from "../../site/web-manifest.ts";

/** /manifest.webmanifest and /fa/manifest.webmanifest. */
export const getStaticPaths = () => contextPaths(false);

export function GET({ props }: APIContext<{ ctx: SiteContext }>) {
  return new Response(webManifest(props.ctx), { headers: { "Content-Type": "application/manifest+json; charset=utf-8" } });
}
