import { Resvg } from "@resvg/resvg-js";
import { renderSvg } from "../charts/svg-chart.ts";
import { formatDate } from "../format/format-date.ts";
import type { ChartView } from "./chart-view.ts";
import { SITE_URL } from "./site-origin.ts";
import type { SiteContext } from "./site-context.ts";
import { existsSync } from "node:fs";

const FONT_DIR = "/usr/share/fonts/truetype/dejavu";
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => `${FONT_DIR}/${f}`).filter((f) => existsSync(f));

/**
 * A chart as a file to download or share: the standalone SVG with its title, legend, as-of date
 * and source line drawn in, and the same rasterised to PNG at build time (no browser needed).
 * The PNG is the page's Open Graph and Twitter card image.
 */
export function standaloneSvg(ctx: SiteContext, view: ChartView, pageUrl: string): string {
  const { model } = view;
  const orgs = [...new Set(model.lines.map((l) => l.organisation))].join(ctx.locale === "fa" ? "، " : ", ");
  const asOf = model.asOf ? formatDate(model.asOf, "long", ctx.t.intlLocale) : "—";
  const svg = renderSvg(model, {
    standalone: true,
    idPrefix: `${model.id}-file`,
    baseUrl: SITE_URL,
    footer: { sourceLine: ctx.t.images.sourceLine(orgs, asOf, pageUrl), key: ctx.t.images.key, rtl: ctx.t.dir === "rtl" },
  });
  // A file has no page stylesheet: keep the plain colour attributes, drop the CSS-variable styles
  // (renderers such as resvg and some editors do not resolve var()).
  return svg.replace(/ style="[^"]*var\(--[^"]*"/g, "");
}

/** PNG bytes of a standalone SVG, at twice the chart's width for sharp previews. */
export function svgToPng(svg: string, width = 1440): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    background: "#ffffff",
    // Two known font files instead of scanning every system font for each image (10x faster);
    // DejaVu Sans covers Latin and Arabic script, so Persian labels render too.
    font: FONT_FILES.length ? { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" } : { loadSystemFonts: true },
  });
  return resvg.render().asPng();
}

/** Where a chart's files live: /images/<id>.svg|png, or /fa/images/… for Persian. */
export function imagePath(ctx: SiteContext, chartId: string, ext: "svg" | "png"): string {
  return `${ctx.locale === "fa" ? "/fa" : ""}/images/${chartId}.${ext}`;
}
