import { MANIFEST_ICON_SIZES, TOUCH_ICON_SIZE } from "./icons.ts";
import type { SiteContext } from "./site-context.ts";

/**
 * The web manifest of one language (/manifest.webmanifest, /fa/manifest.webmanifest): the name
 * and direction a browser shows for the installed site, its icons (all from public/favicon.svg),
 * and the page background of src/styles/site.css (light scheme: --bg #ffffff).
 */
export function webManifest(ctx: SiteContext): string {
  const { t } = ctx;
  const start = ctx.routes.home();
  return JSON.stringify(
    {
      id: start,
      name: t.siteName,
      short_name: t.shortName,
      description: t.siteDescription,
      lang: t.locale,
      dir: t.dir,
      start_url: start,
      scope: "/",
      display: "minimal-ui",
      background_color: "#ffffff",
      theme_color: "#ffffff",
      icons: [
        { src: "/favicon.svg", sizes: "any", type: "image/svg+xml" },
        ...MANIFEST_ICON_SIZES.map((s) => ({ src: `/icon-${s}.png`, sizes: `${s}x${s}`, type: "image/png" })),
        { src: "/apple-touch-icon.png", sizes: `${TOUCH_ICON_SIZE}x${TOUCH_ICON_SIZE}`, type: "image/png" },
      ],
    },
    null,
    2,
  );
}
