import { Resvg } from "@resvg/resvg-js";
import { renderSvg } from "../charts/svg-chart.ts";
import { CARD, cardChartSize, cardLayout, renderShareCard } from "../charts/share-card.ts";
import { chartPage, imageCharts } from "./page-charts.ts";
import { formatDateCached } from "../format/format-date.ts";
import type { ChartView } from "./chart-view.ts";
import { absoluteUrl, SITE_URL } from "./site-origin.ts";
import type { SiteContext } from "./site-context.ts";
import { existsSync } from "node:fs";

// Which font files resvg reads (see svgToPng): the text is drawn the same from the system's fonts, only slower.
// Stryker disable next-line all: font lookup only
const FONT_DIR = "/usr/share/fonts/truetype/dejavu";
// Stryker disable next-line all: font lookup only
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => `${FONT_DIR}/${f}`).filter((f) => existsSync(f));

/** A chart file's source line: the organisations drawn, the day of the latest figure, and the page with every figure. */
function sourceLine(ctx: SiteContext, view: ChartView, pageUrl: string): string {
  const { model } = view;
  const orgs = [...new Set(model.lines.map((l) => l.organisation))].join(ctx.t.comma);
  const asOf = model.asOf ? formatDateCached(model.asOf, "long", ctx.t.intlLocale) : "—";
  return ctx.t.images.sourceLine(orgs, asOf, pageUrl);
}

/**
 * A chart as a file to download: the standalone SVG with its title, legend, key, as-of date and
 * source line drawn in, every point a link. (The PNG beside it is the share card, below.)
 */
export function standaloneSvg(ctx: SiteContext, view: ChartView, pageUrl: string): string {
  const { model } = view;
  const svg = renderSvg(model, {
    standalone: true,
    idPrefix: `${model.id}-file`,
    baseUrl: SITE_URL,
    footer: { sourceLine: sourceLine(ctx, view, pageUrl), key: ctx.t.images.key, rtl: ctx.t.dir === "rtl" },
  });
  return plainColours(svg);
}

/** Strips CSS-variable styles: a file has no page stylesheet, and resvg does not resolve var(). */
const plainColours = (svg: string) => svg.replace(/ style="[^"]*var\(--[^"]*"/g, "");

/**
 * The share image of a chart (the page's Open Graph and Twitter card, and the PNG download):
 * 1200×630 with the title, the chart drawn for that frame, and the source line (organisations,
 * date of the latest figure, the page with every figure). With too few figures for a chart,
 * as on its page, the claims are written out instead.
 */
export function shareCardSvg(ctx: SiteContext, view: ChartView, pageUrl: string): string {
  const { model } = view;
  const text = { title: model.title, source: sourceLine(ctx, view, pageUrl), rtl: ctx.t.dir === "rtl" };
  const layout = cardLayout(text);
  // Stryker disable next-line ConditionalExpression: a chart with no lines has no points, so it is sparse too (chart-model.ts)
  if (model.sparse || model.lines.length === 0) return renderShareCard(layout, text, { words: model.summaryParts?.claims || model.summary });
  const { width, height } = cardChartSize(layout);
  const chart = view.cardAt(width, height);
  return renderShareCard(layout, text, { chartSvg: plainColours(renderSvg(chart, { idPrefix: `${model.id}-card` })) });
}

/** PNG bytes of an SVG, at `width` pixels wide. */
export function svgToPng(svg: string, width: number = CARD.width): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    background: "#ffffff",
    // Two known font files instead of scanning every system font for each image (10x faster);
    // DejaVu Sans covers Latin and Arabic script, so Persian labels render too.
    // Stryker disable next-line ObjectLiteral,BooleanLiteral,StringLiteral: font lookup only: without these the system's fonts draw the same text, 10x slower
    font: FONT_FILES.length ? { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" } : { loadSystemFonts: true },
  });
  return resvg.render().asPng();
}

/** Where a chart's files live: /images/<id>.svg|png, /fa/images/… for Persian, /v/<version>/images/… for a release. */
export function imagePath(ctx: SiteContext, chartId: string, ext: "svg" | "png"): string {
  return `${ctx.routes.home()}images/${chartId}.${ext}`;
}

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  /** What the image shows, in words: its title and the claims it draws. */
  alt: string;
  /** The same within Twitter's 420 characters: whole sentences only (the claims left out if need be). */
  shortAlt: string;
}

/** Twitter's limit for an image description. */
const TWITTER_ALT_MAX = 420;

/**
 * A page's share image: the card of `chartId` when it has one (home, wave and comparison charts),
 * else the home chart's.
 */
export function shareImage(ctx: SiteContext, chartId: string | undefined): ShareImage {
  const charts = imageCharts(ctx);
  const view = charts.find((v) => v.model.id === chartId) ?? charts[0];
  const { model } = view;
  const parts = model.summaryParts;
  // The lead and claims only: the card draws no timeline events, so the summary's list of them is left out.
  const words = parts ? [parts.lead, parts.claims].filter(Boolean).join(" ") : model.summary;
  // Stryker disable next-line ConditionalExpression: a chart with no lines has no points, so it is sparse too (chart-model.ts)
  const drawn = !(model.sparse || model.lines.length === 0);
  const describe = (w: string) => (drawn ? ctx.t.images.cardAlt(model.title, w) : ctx.t.images.cardWordsAlt(model.title, w)).trim();
  const alt = describe(words);
  return { url: absoluteUrl(imagePath(ctx, model.id, "png")), ...CARD, alt, shortAlt: alt.length <= TWITTER_ALT_MAX ? alt : describe(parts?.lead ?? "") };
}

/** The page a chart's image sends its reader to, absolute (it is printed in the image). */
export const chartPageUrl = (ctx: SiteContext, chartId: string) => absoluteUrl(chartPage(ctx, chartId));
