import type { DatasetFigure } from "../datasets/dataset.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import type { Annotation } from "../datasets/schemas/wave.ts";
import { splitLine } from "../domain/line-figures.ts";
import { unitAfter } from "../domain/claim-words.ts";
import { knownDay, latestClaimOf } from "../domain/latest-claims.ts";
import { measureWords } from "../domain/measure-groups.ts";
import { stringsFor } from "../i18n/strings.ts";
import { daysBetween, formatDateCached, formatYear, isoToDate, isoToTime } from "../format/format-date.ts";
import { formatFigure } from "../format/format-figure.ts";
import { routes as latestRoutes, type Routes } from "../site/routes.ts";
import { placeAnnotations, round1 } from "./chart-annotations.ts";
import { dodge, stackRows, textWidth, wrapWords } from "./label-layout.ts";
import { markerRadius } from "./svg-markers.ts";
import { formatCount } from "../format/format-count.ts";
import { publisherName } from "../format/publisher-name.ts";
import { xAxis, yAxis } from "./chart-axes.ts";
import { chartSummaryParts, joinSummary } from "./chart-summary.ts";
import type { ChartEndLabel, ChartLine, ChartModel, ChartPoint } from "./chart-types.ts";
import { seriesStyle } from "./palette.ts";
import { relativePath } from "./svg-path.ts";

export interface ChartSeriesInput {
  series: Series;
  organisation: Organisation;
  figures: DatasetFigure[];
}

export interface ChartInput {
  id: string;
  title: string;
  /** One line per series, never merged or summed. */
  series: ChartSeriesInput[];
  sources: Map<string, SourceDocument>;
  /** Wave timeline annotations (date axis only). */
  annotations?: Annotation[];
  /** "days" = days since each series' wave began (for comparing waves). */
  xKind?: "date" | "days";
  /** seriesId -> ISO start date of its wave, used when xKind = "days". */
  origins?: Record<string, string>;
  width?: number;
  height?: number;
  locale?: string;
  /** URL builders; defaults to the latest release's routes (pass versionRoutes(v) for archives). */
  routes?: Routes;
}

/**
 * Two layouts of every chart, chosen by the page's CSS from the chart's own width: "wide" is
 * shown only where the chart is at least 720 CSS px wide, "narrow" (taller, numbers instead of
 * event labels, wrapped line labels) below that. Text is 12 SVG units in both, so it renders at
 * 12 px or more on desktop and at least 11.5 px on a 360 px phone (see src/styles/site.css).
 */
export const LAYOUTS = {
  wide: { width: 720, height: 360, fontSize: 12, endLabelMax: 132, eventLabels: true },
  narrow: { width: 340, height: 440, fontSize: 12, endLabelMax: 80, eventLabels: false },
} as const;
export type ChartLayout = keyof typeof LAYOUTS;

/**
 * The broken axis: when one line's largest value is more than OUTLIER_RATIO times the largest of
 * every other line, the axis ends at the others' scale and that line's higher values are drawn
 * above a break with their values written out (methodology, "Reading the charts").
 */
export const OUTLIER_RATIO = 3;
/** Fewer points than this are listed, not charted (a two-point line on a months-long axis says less than the two figures). */
export const MIN_CHART_POINTS = 3;
/** Events this close to the plotted dates (share of their span) widen the x range to show them. */
const EVENT_REACH = 0.1;

/**
 * Turns series, figures and annotations into the chart model both renderers draw. Pure: no
 * DOM, no clock. Every dated figure becomes a point (one per day joined into the line, the
 * rest drawn apart); undated figures are never plotted; series are never merged.
 */
export function buildChartModel(input: ChartInput & { layout?: ChartLayout }): ChartModel {
  const { id, title } = input;
  const layout = input.layout ?? "wide";
  const L = LAYOUTS[layout];
  const width = input.width ?? L.width;
  const height = input.height ?? L.height;
  const font = L.fontSize;
  const locale = input.locale ?? "en-GB";
  const t = stringsFor(locale);
  const xKind = input.xKind ?? "date";
  const routes = input.routes ?? latestRoutes;
  const bottom = xKind === "days" ? 2 * font + 22 : font + 18;
  const rowH = font + 6;
  const unitRow = font + 8;

  const lines = input.series
    .filter((s) => s.series.on_charts !== false)
    .map((s, i) => draftLine(s, i, input, xKind, locale, routes))
    .filter((l) => l.points.length > 0);
  const points = lines.flatMap((l) => l.points);
  const units = [...new Set(lines.map((l) => l.unitText ?? ""))];
  const base = {
    id, title, layout, width, height, fontSize: font, xKind,
    yUnit: units.length === 1 && units[0] ? units[0] : t.chart.yUnitMixed,
    annotationLabels: false, sparse: points.length < MIN_CHART_POINTS, endLabels: [],
  };
  if (points.length === 0) {
    return {
      ...base,
      rows: { unit: unitRow, annotation: rowH, annotationRows: 0, band: 0 },
      margin: { top: 12, right: 16, bottom, left: 56 },
      xDomain: [0, 1], yDomain: [0, 1], xTicks: [], yTicks: [], lines: [], annotations: [], asOf: null,
      summary: t.chart.noData,
    };
  }

  // The x range fits the plotted dates; an event is shown when it falls within them or close by.
  const xs = points.map((p) => p.x);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const reach = (x1 - x0) * EVENT_REACH;
  const wanted =
    xKind === "date"
      ? [...(input.annotations ?? [])]
          .filter((a) => isoToTime(a.start) <= x1 + reach && isoToTime(a.end ?? a.start) >= x0 - reach)
          .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
      : [];
  const extent = [x0, x1, ...wanted.map((a) => isoToTime(a.start)).filter((v) => v >= x0 - reach), ...(xKind === "days" ? [0] : [])];

  // The y axis, broken above an outlying line (see OUTLIER_RATIO).
  const top = (p: ChartPoint) => Math.max(p.y, p.high ?? 0);
  const maxes = lines.map((l) => Math.max(...l.points.map(top))).sort((a, b) => b - a);
  const outlying = maxes.length > 1 && maxes[1] > 0 && maxes[0] > OUTLIER_RATIO * maxes[1];
  const probe = yAxis(outlying ? maxes[1] : maxes[0], [1, 0], locale);
  const cap = probe.domain[1];
  const over = (p: ChartPoint) => outlying && top(p) > cap;

  // Margins: the y labels on the left, the line-end labels on the right.
  const left = Math.max(28, Math.ceil(Math.max(...probe.ticks.map((tk) => textWidth(tk.label, font))) + 10));
  const endText = endLabelTexts(lines, input, xKind, locale);
  const wrapped = lines.map((l) => wrapWords(endText.get(l.seriesId)!, L.endLabelMax, font));
  const right = Math.ceil(Math.max(...wrapped.flat().map((w) => textWidth(w, font)))) + 18; // leader (14) + room
  const plotX: [number, number] = [left, width - right];
  const x = xAxis(xKind, [Math.min(...extent), Math.max(...extent)], plotX, locale, font);
  const placed = placeAnnotations(wanted, x.scale, isoToTime, { left: plotX[0], right: plotX[1], width }, routes, {
    fontSize: font,
    withLabels: L.eventLabels,
    locale,
  });

  // Values above the break: their labels stacked in rows of the band above the plot.
  // Points sit on whole units: at the sizes charts are drawn, half a pixel is invisible, and the
  // SVG of a daily series is a tenth smaller without the decimals.
  for (const p of points) p.px = Math.round(x.scale(p.x));
  const overs = points.filter(over).sort((a, b) => a.px - b.px);
  const overSpans = overs.map((p): [number, number] => {
    const w = textWidth(p.valueText, font);
    const fits = p.px + 8 + w <= width - 2;
    p.overLabel = { x: fits ? round1(p.px + 8) : round1(p.px - 8), y: 0, anchor: fits ? "start" : "end" };
    return fits ? [p.px - 6, p.px + 8 + w] : [p.px - 8 - w, p.px + 6];
  });
  const overRows = stackRows(overSpans, 6);
  const bandRows = overs.length > 0 ? Math.max(...overRows) + 1 : 0;
  const band = bandRows * rowH;
  const annotationTop = unitRow + placed.rows * rowH;
  const plotTop = annotationTop + band + (band > 0 ? 10 : 6);
  const y = yAxis(outlying ? maxes[1] : maxes[0], [height - bottom, plotTop], locale);

  for (const p of points) {
    if (over(p)) {
      const row = overRows[overs.indexOf(p)];
      // The line joins the point where it leaves the plot; its marker and value sit in the band.
      // Its value is written in the band; a line to it rises through the break to the band's
      // arrow (a value above the cap), or it stays on the scale (a range whose low end is below it).
      p.over = true;
      p.overLabel!.y = round1(annotationTop + (bandRows - 1 - row) * rowH + rowH / 2 + font / 2 - 1);
      p.py = Math.round(p.y > cap ? p.overLabel!.y - font * 0.36 : y.scale(p.y));
      if (p.high !== undefined) p.pyHigh = plotTop;
    } else {
      p.py = Math.round(y.scale(p.y));
      if (p.high !== undefined) p.pyHigh = Math.round(y.scale(p.high));
    }
  }
  for (const l of lines) {
    const joined = l.points.filter((p) => p.onLine);
    l.path = joined.length < 2 ? "" : relativePath(joined.map((p) => [p.px, p.py]));
    thinCrowded(l.points);
  }
  // Line-end labels at each line's last value, moved apart where they would overlap.
  const lastY = lines.map((l) => [...l.points].reverse().find((p) => p.onLine)?.py ?? l.points.at(-1)!.py);
  const boxes = wrapped.map((w, i) => ({ y: lastY[i] - font / 2 - 1, height: w.length * (font + 2) }));
  const tops = dodge(boxes, plotTop - font / 2, height - bottom - 2, 3);
  const endLabels: ChartEndLabel[] = lines.map((l, i) => ({ seriesId: l.seriesId, lines: wrapped[i], colour: l.colour, top: round1(tops[i]), valueY: lastY[i] }));

  const asOf = points.map((p) => p.asOf).reduce((a, b) => (b > a ? b : a));
  const overOrgs = [...new Set(overs.map((p) => p.organisation))];
  const model: ChartModel = {
    ...base,
    rows: { unit: unitRow, annotation: rowH, annotationRows: placed.rows, band },
    annotationLabels: placed.labels,
    margin: { top: plotTop, right, bottom, left },
    xDomain: x.domain, yDomain: y.domain, xTicks: x.ticks, yTicks: y.ticks,
    // Stryker disable next-line StringLiteral: the summary is written just below
    lines, annotations: placed.annotations, asOf, summary: "", endLabels,
    ...(overs.length > 0 && { overflow: { cap: y.domain[1], note: t.chart.overflowNote(overOrgs, overs.length, formatCount(y.domain[1], locale)) } }),
  };
  // Each drawn line's latest claim, by the same rule as the cards; on the days axis only dated
  // figures count, since an undated one has no day since the wave began.
  const drawn = new Set(lines.map((l) => l.seriesId));
  const claims = input.series
    .filter((s) => drawn.has(s.series.id))
    .flatMap((s) => latestClaimOf(s.series, s.organisation, xKind === "days" ? s.figures.filter((f) => f.as_of) : s.figures, input.sources) ?? []);
  const ctx = { locale, sources: input.sources, orgName: (o: Organisation) => o.short_name, unitOf: (s: Series) => s.unit };
  model.summaryParts = chartSummaryParts(model, claims, wanted, ctx, input.origins);
  model.summary = joinSummary(model.summaryParts);
  model.summaryFigures = claims.flatMap((c) => c.figures.map((f) => f.id));
  model.labels = t.chartJs;
  const { seriesPage: _, ...controls } = t.explore;
  model.controls = { locale: t.intlLocale, ...controls };
  return model;
}

/**
 * What each line is called at its end: the claimant's short name; where two lines share one,
 * the year the wave began, in the page's calendar (waves compared), or the series' own label.
 */
function endLabelTexts(lines: ChartLine[], input: ChartInput, xKind: "date" | "days", locale: string): Map<string, string> {
  const count = new Map<string, number>();
  for (const l of lines) count.set(l.organisation, (count.get(l.organisation) ?? 0) + 1);
  return new Map(
    lines.map((l) => {
      if (count.get(l.organisation) === 1) return [l.seriesId, l.organisation];
      const origin = input.origins?.[l.seriesId];
      return [l.seriesId, xKind === "days" && origin ? `${l.organisation} ${formatYear(isoToDate(origin), locale)}` : l.label];
    }),
  );
}

/**
 * Where a line's points crowd (a daily count over months), markers would merge into one blob:
 * a marker is drawn only where it stands apart from the last one drawn (walking back from the
 * newest, so the latest figure always has its marker), and the others are vertices of the line
 * only (ChartPoint.thin). Every figure keeps its row and link in the table under the chart, and
 * its tooltip in the interactive chart. Values above a broken axis, and other reports of a day
 * (drawn apart from the line), always keep their marker.
 */
function thinCrowded(points: ChartPoint[]): void {
  const apart = 2 * markerRadius(true) + 1;
  let last: ChartPoint | undefined;
  // Only points joined into the line thin out: another report of the same day is a different
  // claim drawn apart on purpose, so it keeps its marker.
  for (const p of points.filter((q) => q.onLine).sort((a, b) => b.px - a.px)) {
    if (p.over || !last || Math.hypot(last.px - p.px, last.py - p.py) >= apart) last = p;
    else p.thin = true;
  }
}


function draftLine(s: ChartSeriesInput, index: number, input: ChartInput, xKind: "date" | "days", locale: string, routes: Routes): ChartLine {
  const { series, organisation } = s;
  const origin = input.origins?.[series.id];
  if (xKind === "days" && !origin) throw new Error(`buildChartModel: xKind "days" needs origins["${series.id}"], the start of the series' wave`);
  const xOf = (asOf: string) => (xKind === "days" ? daysBetween(origin!, asOf) : isoToTime(asOf));
  const { line, others } = splitLine(s.figures, input.sources);
  const { name } = stringsFor(locale);
  const point = (f: DatasetFigure, onLine: boolean, cautions = cautionsOf(f, locale), known = knownDay(f, input.sources)): ChartPoint => ({
    figureId: f.id,
    seriesId: series.id,
    x: xOf(f.as_of!),
    // Stryker disable next-line ConditionalExpression,StringLiteral: "false" and "": a range has no value, so value ?? low is its low too
    y: f.qualifier === "range" ? (f.low ?? 0) : (f.value ?? f.low ?? 0),
    px: 0,
    py: 0,
    ...(f.value !== undefined && { value: f.value }),
    ...(f.low !== undefined && { low: f.low }),
    ...(f.high !== undefined && { high: f.high }),
    qualifier: f.qualifier,
    asOf: f.as_of!,
    ...(known && { known }),
    valueText: formatFigure(f, locale),
    // Stryker disable next-line StringLiteral: any style but "long" is the short date
    dateText: formatDateCached(f.as_of!, "short", locale),
    organisation: name(organisation.short_name),
    sourceTitle: name(input.sources.get(f.source)?.title ?? f.source),
    sourceName: name(input.sources.has(f.source) ? publisherName(input.sources.get(f.source)!) : f.source),
    href: routes.figure(f.id),
    sourceHref: routes.source(f.source),
    unitText: unitAfter(f, series.unit, series.measure, locale),
    ...(cautions.length > 0 && { cautions }),
    ...(f.flags.includes("low_quality_source") && { weak: true }),
    ...(f.cases && { cases: f.cases.map(name) }),
    onLine,
  });
  const points = [...line.map((f) => point(f, true)), ...others.map((f) => point(f, false))].sort(
    (a, b) => a.x - b.x || Number(b.onLine) - Number(a.onLine) || (a.figureId < b.figureId ? -1 : 1),
  );
  return {
    seriesId: series.id,
    // Aligned waves of one organisation would otherwise share a label.
    label: xKind === "days" ? stringsFor(locale).summary.waveFrom(name(series.label), formatDateCached(origin!, "short", locale)) : name(series.label),
    organisation: name(organisation.short_name),
    seriesHref: routes.series(series.id),
    ...seriesStyle(index),
    unitText: series.unit?.other ?? measureWords(series.measure, locale),
    // Stryker disable next-line StringLiteral: every line's path is written in buildChartModel
    path: "",
    points,
  };
}

/** What a reader must know with a point, in its language. */
function cautionsOf(f: DatasetFigure, locale: string): string[] {
  const t = stringsFor(locale);
  const out: string[] = [];
  if (f.flags.includes("low_quality_source")) out.push(t.flags.low_quality_source.short);
  if (f.flags.includes("attribution_inferred")) out.push(t.flags.attribution_inferred.short);
  if (f.basis === "cases" && f.cases) out.push(t.claims.cases(f.cases));
  if (f.basis === "project_count") out.push(t.chartJs.projectCount);
  return out;
}
