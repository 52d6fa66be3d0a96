import { formatDateCached } from "../format/format-date.ts";
import { annotationCentreY, annotationText, badgeRadius, round1 } from "./chart-annotations.ts";
import type { ChartLine, ChartModel, ChartPoint } from "./chart-types.ts";
import { textWidth } from "./label-layout.ts";
import { isolateRtl } from "../format/bidi.ts";
import { escapeXml as esc } from "../format/escape-xml.ts";
import { caretPath, markerRadius, markerSvg, pointKind } from "./svg-markers.ts";
import { relativePath } from "./svg-path.ts";

export interface SvgOptions {
  /** Prefix of the ids inside the SVG (title, desc), unique on the page; defaults to the model id. */
  idPrefix?: string;
  /** A file to download: adds a background, the title, a legend and a source line. */
  standalone?: boolean;
  /** Standalone files only: the source line and key in the reader's language (English by default). */
  footer?: { sourceLine: string; key: string; rtl?: boolean };
  /** Makes site-relative links absolute ("https://…"), for downloaded files. */
  baseUrl?: string;
  /**
   * The id of the page's own text of the summary: the SVG is described by it instead of carrying
   * a copy in <desc> (a page shows two layouts of each chart; the summary is long).
   */
  describedBy?: string;
}

const n = (v: number) => String(round1(v));

/**
 * A line of right-to-left text in a file: isolated right to left, so that its final "." or ":"
 * ends the line on the left, in every renderer (resvg ignores the SVG direction attribute, and
 * a standalone file has no page to inherit a direction from).
 */
const rtlText = (s: string, rtl = false) => (rtl ? isolateRtl(s) : s);

/**
 * Themed colours: the page's CSS custom properties when there are some (light and dark
 * schemes), the presentation attributes when the SVG stands alone or var() is not understood.
 */
type Paint = Partial<Record<"fill" | "stroke", [cssVar: string, fallback: string]>>;
function themed(paint: Paint): string {
  const entries = Object.entries(paint) as Array<[string, [string, string]]>;
  const attrs = entries.map(([prop, [, fallback]]) => `${prop}="${fallback}"`).join(" ");
  return `${attrs} style="${entries.map(([prop, [cssVar, fallback]]) => `${prop}:var(${cssVar},${fallback})`).join(";")}"`;
}
const BG: [string, string] = ["--bg", "#ffffff"];
const MUTED: [string, string] = ["--muted", "#545454"];
/** A halo in the background colour keeps labels readable where a rule crosses them. */
const HALO = `stroke-width="3" stroke-linejoin="round" paint-order="stroke"`;

/**
 * Renders the chart model as a self-contained, accessible SVG string. Works without JavaScript
 * or page CSS; every point is a link to its figure page. Deterministic: same model, same bytes.
 */
export function renderSvg(model: ChartModel, opts: SvgOptions = {}): string {
  const id = esc(opts.idPrefix ?? model.id);
  const link = (href: string) => esc(opts.baseUrl && href.startsWith("/") ? opts.baseUrl.replace(/\/$/, "") + href : href);
  const head = opts.standalone ? 32 : 0;
  const footLines = (opts.footer?.sourceLine ?? "").split("\n").length;
  const foot = opts.standalone ? 12 + model.lines.length * 18 + 36 + (footLines - 1) * 16 : 0;
  const height = model.height + head + foot;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-graphic" viewBox="0 0 ${model.width} ${height}" width="100%"` +
      ` aria-labelledby="${id}-title" aria-describedby="${opts.describedBy ? esc(opts.describedBy) : `${id}-desc`}" font-family="system-ui, sans-serif" font-size="${model.fontSize}" fill="currentColor">`,
    `<title id="${id}-title">${esc(model.title)}</title>`,
    ...(opts.describedBy ? [] : [`<desc id="${id}-desc">${esc(model.summary)}</desc>`]),
  ];
  if (opts.standalone) {
    out.push(`<rect class="chart-background" width="${model.width}" height="${height}" fill="#ffffff"/>`);
    // Right-to-left text (Persian) starts at the right edge; the plot itself still runs left to right.
    const at = opts.footer?.rtl ? `x="${model.width - 8}" text-anchor="end"` : `x="${model.margin.left}"`;
    // A long title (an older wave's full name) gets a smaller size rather than running off the image.
    const room = model.width - model.margin.left - 8;
    const size = Math.max(10, Math.min(15, Math.floor(room / (model.title.length * 0.58))));
    out.push(`<text class="chart-title" ${at} y="20" font-size="${size}" font-weight="600">${esc(rtlText(model.title, opts.footer?.rtl))}</text>`);
    out.push(`<g transform="translate(0,${head})">`);
  }
  out.push(...grid(model), ...spans(model), ...axes(model), ...rules(model), ...brokenAxis(model));
  model.lines.forEach((l) => out.push(...series(model, l, link)));
  out.push(...endLabels(model), ...annotationLabels(model, link));
  if (opts.standalone) out.push("</g>", ...legend(model, head + model.height + 12, opts.footer));
  out.push("</svg>");
  return out.join("");
}

function grid(m: ChartModel): string[] {
  const [x1, x2] = [m.margin.left, m.width - m.margin.right];
  return [
    `<g class="chart-grid" ${themed({ stroke: ["--grid", "#e3e3e3"] })} stroke-width="1">`,
    ...m.yTicks.map((t) => `<line x1="${x1}" x2="${x2}" y1="${n(t.pos)}" y2="${n(t.pos)}"/>`),
    "</g>",
  ];
}

function spans(m: ChartModel): string[] {
  const [top, bottom] = [m.margin.top, m.height - m.margin.bottom];
  return m.annotations
    .filter((a) => a.x2 !== undefined)
    .map((a) => `<rect class="chart-span" x="${n(a.x1)}" y="${top}" width="${n(Math.max(1, a.x2! - a.x1))}" height="${bottom - top}" fill="currentColor" fill-opacity="0.08"/>`);
}

function axes(m: ChartModel): string[] {
  const bottom = m.height - m.margin.bottom;
  const out = [`<text class="chart-unit" x="4" y="${m.fontSize + 2}" ${themed({ fill: MUTED })}>${esc(m.yUnit)}</text>`];
  out.push(`<g class="chart-axis chart-axis-y" text-anchor="end" ${themed({ fill: MUTED })}>`);
  for (const t of m.yTicks) out.push(`<text x="${m.margin.left - 6}" y="${n(t.pos + 3.5)}">${esc(t.label)}</text>`);
  out.push("</g>", `<g class="chart-axis chart-axis-x" ${themed({ fill: MUTED })}>`);
  out.push(`<line class="chart-baseline" x1="${m.margin.left}" x2="${m.width - m.margin.right}" y1="${bottom}" y2="${bottom}" stroke="currentColor"/>`);
  for (const t of m.xTicks) {
    const half = textWidth(t.label, m.fontSize) / 2;
    const anchor = t.pos - half < 0 ? "start" : t.pos + half > m.width ? "end" : "middle";
    out.push(`<line x1="${n(t.pos)}" x2="${n(t.pos)}" y1="${bottom}" y2="${bottom + 4}" stroke="currentColor"/>`);
    out.push(`<text x="${n(t.pos)}" y="${bottom + m.fontSize + 5}" text-anchor="${anchor}">${esc(t.label)}</text>`);
  }
  if (m.xKind === "days") {
    out.push(`<text class="chart-axis-title" x="${n((m.margin.left + m.width - m.margin.right) / 2)}" y="${m.height - 6}" text-anchor="middle">${esc(m.labels?.daysAxis ?? "Days since the wave began")}</text>`);
  }
  out.push("</g>");
  return out;
}

/** Event rules run from their numbered disc to the baseline; spans get a short leader to the band. */
function rules(m: ChartModel): string[] {
  const r = badgeRadius(m.fontSize);
  return m.annotations.map((a) => {
    const y1 = annotationCentreY(m, a.row) + r;
    const y2 = a.x2 === undefined ? m.height - m.margin.bottom : m.margin.top;
    const dash = a.x2 === undefined ? ` stroke-dasharray="4 3"` : "";
    return `<line class="chart-rule" x1="${n(a.x1)}" x2="${n(a.x1)}" y1="${n(y1)}" y2="${y2}" stroke="currentColor" stroke-opacity="0.6"${dash}/>`;
  });
}

/** Each event: its number in a disc, and its label beside it when the layout has room for labels. */
function annotationLabels(m: ChartModel, link: (h: string) => string): string[] {
  const r = badgeRadius(m.fontSize);
  return m.annotations.map((a) => {
    const cy = annotationCentreY(m, a.row);
    const colour = a.href ? themed({ fill: ["--link", "#0b57a4"] }) : themed({ fill: MUTED });
    const disc = `<circle cx="${n(a.x1)}" cy="${n(cy)}" r="${r}" ${themed({ fill: BG })} stroke="currentColor" stroke-width="1"/>` +
      `<text class="chart-event-n" x="${n(a.x1)}" y="${n(cy + m.fontSize * 0.36)}" text-anchor="middle" ${colour}>${a.nText}</text>`;
    const tx = a.anchor === "end" ? a.x1 - r - 4 : a.x1 + r + 4;
    const label = m.annotationLabels
      ? `<text class="chart-event-label" x="${n(tx)}" y="${n(cy + m.fontSize * 0.36)}" text-anchor="${a.anchor}"${a.href ? ` text-decoration="underline"` : ""} ${colour}>${esc(annotationText(a))}</text>`
      : "";
    const about = `${a.nText}. ${a.dateText}: ${annotationText(a)}. ${a.description ? `${a.description} ` : ""}`;
    if (a.href) return `<a class="chart-annotation" href="${link(a.href)}"><title>${esc(`${about}${m.labels?.sourceSee ?? "Source: see the source page."}`)}</title>${disc}${label}</a>`;
    const title = `${about}${m.labels?.citationIncomplete ?? "Citation incomplete: no source document is recorded for this annotation yet."}`;
    return `<g class="chart-annotation chart-citation-incomplete"><title>${esc(title)}</title>${disc}${label}</g>`;
  });
}

/** A broken axis: a dashed rule with a zigzag on the axis where the scale stops. */
function brokenAxis(m: ChartModel): string[] {
  if (!m.overflow) return [];
  const y = m.margin.top - 5;
  const x = m.margin.left;
  return [
    `<g class="chart-break" ${themed({ stroke: MUTED })} fill="none" stroke-width="1">` +
      `<line x1="${x}" x2="${m.width - m.margin.right}" y1="${y}" y2="${y}" stroke-dasharray="2 3"/>` +
      `<path d="M${x - 6},${y + 3} L${x - 2},${y - 3} L${x + 2},${y + 3} L${x + 6},${y - 3}"/></g>`,
  ];
}

/** Line-end labels in the right margin, each tied to its line's last value by a short leader. */
function endLabels(m: ChartModel): string[] {
  const x = m.width - m.margin.right;
  const out = [`<g class="chart-end-labels">`];
  for (const e of m.endLabels) {
    const mid = e.top + (e.lines.length * (m.fontSize + 2)) / 2 - 1;
    out.push(`<path d="M${x + 2},${n(e.valueY)} L${x + 10},${n(mid)}" fill="none" stroke="${esc(e.colour)}" stroke-width="2"/>`);
    const tspans = e.lines.map((line, i) => `<tspan x="${x + 14}" y="${n(e.top + (i + 1) * (m.fontSize + 2) - 3)}">${esc(line)}</tspan>`).join("");
    out.push(`<text class="chart-end-label" data-series="${esc(e.seriesId)}">${tspans}</text>`);
  }
  out.push("</g>");
  return out;
}

/**
 * A line and its points. The group carries the paint of a filled (exact) marker, the most
 * common by far, so each of those is only its shape; every other mark sets its own fill and
 * stroke (a wave page draws hundreds of markers, in two layouts).
 */
function series(m: ChartModel, l: ChartLine, link: (h: string) => string): string[] {
  const out = [`<g class="chart-series" data-series="${esc(l.seriesId)}" fill="${esc(l.colour)}" ${themed({ stroke: BG })} stroke-width="1">`];
  if (l.path) {
    const dash = l.dash ? ` stroke-dasharray="${esc(l.dash)}"` : "";
    out.push(`<path class="chart-line" d="${esc(l.path)}" fill="none" stroke="${esc(l.colour)}" stroke-width="2" stroke-linejoin="round"${dash}/>`);
  }
  for (const p of l.points) if (!p.thin) out.push(point(m, l, p, link));
  out.push("</g>");
  return out;
}

/** One point: its marker inside a link to the figure page, titled with what it says. */
function point(m: ChartModel, l: ChartLine, p: ChartPoint, link: (h: string) => string): string {
  const labels = m.labels;
  const kind = pointKind(p);
  const r = markerRadius(p.onLine);
  const colour = esc(l.colour);
  const unitText = p.unitText ?? l.unitText;
  const unit = unitText ? ` ${unitText}` : "";
  const cautions = p.cautions?.length ? ` [${p.cautions.join(labels?.comma ?? ", ")}]` : "";
  const extra = `${cautions}${p.onLine ? "" : ` (${labels?.otherReport ?? "another report for this day, not joined into the line"})`}`;
  const comma = labels?.comma ?? ", ";
  const title = `${p.organisation}: ${p.valueText}${unit}${comma}${p.dateText}${extra} — ${labels?.source ?? "Source:"} ${p.sourceName}`;
  let mark: string;
  if (p.over) mark = overMark(m, p, colour);
  else if (kind === "range") {
    const w = p.onLine ? 7 : 5;
    mark = `<rect class="chart-mark" x="${n(p.px - w / 2)}" y="${n(p.pyHigh!)}" width="${w}" height="${n(Math.max(1, p.py - p.pyHigh!))}" fill="${colour}" fill-opacity="0.3" stroke="${colour}" stroke-width="1.5"/>`;
  } else if (kind === "exact") {
    mark = markerSvg(l.marker, p.px, p.py, r, `class="chart-mark"`); // painted by its series' group
  } else {
    const dash = kind === "approx" ? ` stroke-dasharray="2 1.5"` : "";
    mark = markerSvg(l.marker, p.px, p.py, r, `class="chart-mark" ${themed({ fill: BG })} stroke="${colour}" stroke-width="1.6"${dash}`);
    if (kind === "lower") mark += `<path class="chart-caret" d="${caretPath(p.px, p.py, r)}" fill="none" stroke="${colour}" stroke-width="1.4"/>`;
  }
  // A weak source is marked on the chart itself, not only in the tooltip.
  // Above-right of the marker, or below-right where that would reach into the rows above the plot.
  const weakY = p.py - r - m.fontSize < m.margin.top ? p.py + r + m.fontSize * 0.8 : p.py - r;
  if (p.weak && !p.over) mark += `<text class="chart-weak" x="${n(p.px + r + 1)}" y="${n(weakY)}" font-weight="700" fill="${colour}" stroke="none">?</text>`;
  const cls = `chart-point chart-point-${kind}${p.onLine ? "" : " chart-point-extra"}${p.weak ? " chart-point-weak" : ""}${p.over ? " chart-point-over" : ""}`;
  const fade = p.onLine ? "" : ` opacity="0.75"`;
  return `<a class="${cls}" href="${link(p.href)}"${fade}><title>${esc(title)}</title>${mark}</a>`;
}

/**
 * A value above the broken axis: the part of a range below the break as a bar, a dashed leader up
 * to an arrow in the band, and the value written beside the arrow (a "?" after it for a weak source).
 */
function overMark(m: ChartModel, p: ChartPoint, colour: string): string {
  const o = p.overLabel!;
  const cy = o.y - m.fontSize * 0.36;
  const top = m.margin.top;
  const out: string[] = [];
  if (p.high !== undefined && p.y <= m.overflow!.cap) {
    out.push(`<rect class="chart-mark" x="${n(p.px - 3.5)}" y="${top}" width="7" height="${n(Math.max(1, p.py - top))}" fill="${colour}" fill-opacity="0.3" stroke="${colour}" stroke-width="1.5"/>`);
  }
  // A range whose low end is on the scale: a dashed leader from the top of its bar up to the arrow.
  if (p.y <= m.overflow!.cap) out.push(`<line x1="${n(p.px)}" x2="${n(p.px)}" y1="${top}" y2="${n(cy + 4)}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="2 2"/>`);
  out.push(`<path class="chart-mark chart-arrow" d="${relativePath([[p.px - 5, cy + 4], [p.px, cy - 5], [p.px + 5, cy + 4]], true)}" fill="${colour}" stroke="none"/>`);
  out.push(`<text class="chart-over-value" x="${n(o.x)}" y="${n(o.y)}" text-anchor="${o.anchor}" font-weight="600" fill="currentColor" ${themed({ stroke: BG })} ${HALO}>${esc(p.valueText)}${p.weak ? " ?" : ""}</text>`);
  return out.join("");
}

/** Standalone files only: one legend row per line, then the source line. */
function legend(m: ChartModel, y0: number, footer?: SvgOptions["footer"]): string[] {
  const out = [`<g class="chart-legend">`];
  const rtl = footer?.rtl === true;
  const edge = rtl ? m.width - 8 : m.margin.left;
  const textAt = (x: number) => (rtl ? `x="${x}" text-anchor="end"` : `x="${x}"`);
  m.lines.forEach((l, i) => {
    const y = y0 + i * 18 + 6;
    const x = rtl ? edge - 28 : edge;
    const dash = l.dash ? ` stroke-dasharray="${esc(l.dash)}"` : "";
    out.push(`<line x1="${x}" x2="${x + 28}" y1="${y}" y2="${y}" stroke="${esc(l.colour)}" stroke-width="2"${dash}/>`);
    out.push(markerSvg(l.marker, x + 14, y, 4, `fill="${esc(l.colour)}"`));
    out.push(`<text ${textAt(rtl ? x - 8 : x + 36)} y="${y + 4}">${esc(rtlText(l.label, rtl))}</text>`);
  });
  const orgs = [...new Set(m.lines.map((l) => l.organisation))].join(", ");
  const y = y0 + m.lines.length * 18 + 12;
  const asOf = m.asOf ? ` Latest figure as of ${formatDateCached(m.asOf)}.` : "";
  const sourceLine = footer?.sourceLine ?? `Sources: ${orgs}.${asOf} Each point links to its figure and source.`;
  const key = footer?.key ?? 'Open markers with a caret: lower bounds ("at least", "more than"); dashed outlines: approximate; bars: ranges.';
  const rows = sourceLine.split("\n");
  rows.forEach((row, i) => out.push(`<text class="chart-source-line" ${textAt(edge)} y="${y + i * 16}" fill="#545454">${esc(rtlText(row, rtl))}</text>`));
  out.push(`<text class="chart-key" ${textAt(edge)} y="${y + rows.length * 16}" fill="#545454">${esc(rtlText(key, rtl))}</text>`);
  out.push("</g>");
  return out;
}
