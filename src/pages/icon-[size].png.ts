import type { APIContext } from "astro";
import { faviconSvg, iconPng, MANIFEST_ICON_SIZES } from "../site/icons.ts";

/** /icon-192.png and /icon-512.png: the web manifest's icons. */
export function getStaticPaths() {
  return MANIFEST_ICON_SIZES.map((size) => ({ params: { size: String(size) } }));
}

export function GET({ params }: APIContext) {
  return new Response(Buffer.from(iconPng(faviconSvg(), Number(params.size))), { headers: { "Content-Type": "image/png" } });
}
