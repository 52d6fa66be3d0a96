import { faviconSvg, ICON_BACKGROUND, iconPng, TOUCH_ICON_SIZE } from "../site/icons.ts";

/** /apple-touch-icon.png: 180×180 and opaque (iOS rounds the corners itself). */
export function GET() {
  return new Response(Buffer.from(iconPng(faviconSvg(), TOUCH_ICON_SIZE, ICON_BACKGROUND)), { headers: { "Content-Type": "image/png" } });
}
