import { faviconSvg, icoFile, iconPng, ICO_SIZES } from "../site/icons.ts";

/** /favicon.ico, drawn from public/favicon.svg at 16, 32 and 48 pixels. */
export function GET() {
  const svg = faviconSvg();
  return new Response(Buffer.from(icoFile(ICO_SIZES.map((size) => ({ size, png: iconPng(svg, size) })))), { headers: { "Content-Type": "image/x-icon" } });
}
