import type { DatasetFigure } from "../datasets/dataset.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import type { Annotation } from "../datasets/schemas/wave.ts";
import { splitLine } from "../domain/line-figures.ts";
import { unitAfter } from "../domain/claim-words.ts";
import { latestClaimOf } from "../domain/latest-claims.ts";
import { measureWords } from "../domain/measure-groups.ts";
import { stringsFor } from "../i18n/strings.ts";
import { daysBetween, formatDate, isoToTime } from "../format/format-date.ts";
import { formatFigure } from "../format/format-figure.ts";
import { routes as latestRoutes, type Routes } from "../site/routes.ts";
import { ANNOTATION_ROW_PX, placeAnnotations, round1 } from "./chart-annotations.ts";
import { xAxis, yAxis } from "./chart-axes.ts";
import { chartSummaryParts, joinSummary } from "./chart-summary.ts";
import type { ChartAnnotation, ChartLine, ChartModel, ChartPoint } from "./chart-types.ts";
import { seriesStyle } from "./palette.ts";

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

const MARGIN = { right: 16, left: 56 };

/**
 * Turns series, figures and annotations into the chart model both renderers draw. Pure: no
 * DOM, no clock. Every dated figure becomes a point (one per day joined into the line, the
 * rest drawn apart); undated figures are never plotted; series are never merged.
 */
export function buildChartModel(input: ChartInput): ChartModel {
  const { id, title } = input;
  const width = input.width ?? 720;
  const height = input.height ?? 360;
  const locale = input.locale ?? "en-GB";
  const xKind = input.xKind ?? "date";
  const routes = input.routes ?? latestRoutes;
  const bottom = xKind === "days" ? 44 : 28;

  const lines = input.series
    .filter((s) => s.series.on_charts !== false)
    .map((s, i) => draftLine(s, i, input, xKind, locale, routes))
    .filter((l) => l.points.length > 0);
  const points = lines.flatMap((l) => l.points);
  if (points.length === 0) {
    return {
      id, title, width, height, xKind,
      margin: { top: 12, right: MARGIN.right, bottom, left: MARGIN.left },
      xDomain: [0, 1], yDomain: [0, 1], xTicks: [], yTicks: [], lines: [], annotations: [], asOf: null,
      summary: "There is no dated figure to chart.",
    };
  }

  const wanted = xKind === "date" ? [...(input.annotations ?? [])].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)) : [];
  const xs = [...points.map((p) => p.x), ...wanted.map((a) => isoToTime(a.start)), ...(xKind === "days" ? [0] : [])];
  const plotX: [number, number] = [MARGIN.left, width - MARGIN.right];
  const x = xAxis(xKind, [Math.min(...xs), Math.max(...xs)], plotX, locale);
  const annotations: ChartAnnotation[] = placeAnnotations(wanted, x.scale, isoToTime, { left: plotX[0], right: plotX[1], width }, routes);
  const rows = Math.max(0, ...annotations.map((a) => (a.row ?? 0) + 1));
  const top = rows > 0 ? 8 + rows * ANNOTATION_ROW_PX : 12;
  const yMax = Math.max(...points.map((p) => Math.max(p.y, p.high ?? 0)));
  const y = yAxis(yMax, [height - bottom, top], locale);

  for (const p of points) {
    p.px = round1(x.scale(p.x));
    p.py = round1(y.scale(p.y));
    if (p.high !== undefined) p.pyHigh = round1(y.scale(p.high));
  }
  for (const l of lines) {
    const joined = l.points.filter((p) => p.onLine);
    l.path = joined.length < 2 ? "" : joined.map((p, i) => `${i === 0 ? "M" : "L"}${p.px},${p.py}`).join(" ");
  }
  const asOf = points.map((p) => p.asOf).reduce((a, b) => (b > a ? b : a));
  const model: ChartModel = {
    id, title, width, height, xKind,
    margin: { top, right: MARGIN.right, bottom, left: MARGIN.left },
    xDomain: x.domain, yDomain: y.domain, xTicks: x.ticks, yTicks: y.ticks,
    lines, annotations, asOf, summary: "",
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
  model.labels = stringsFor(locale).chartJs;
  return model;
}

function draftLine(s: ChartSeriesInput, index: number, input: ChartInput, xKind: "date" | "days", locale: string, routes: Routes): ChartLine {
  const { series, organisation } = s;
  const origin = input.origins?.[series.id];
  if (xKind === "days" && !origin) throw new Error(`buildChartModel: xKind "days" needs origins["${series.id}"], the start of the series' wave`);
  const xOf = (asOf: string) => (xKind === "days" ? daysBetween(origin!, asOf) : isoToTime(asOf));
  const { line, others } = splitLine(s.figures, input.sources);
  const point = (f: DatasetFigure, onLine: boolean, cautions = cautionsOf(f, locale)): ChartPoint => ({
    figureId: f.id,
    seriesId: series.id,
    x: xOf(f.as_of!),
    y: f.qualifier === "range" ? (f.low ?? 0) : (f.value ?? f.low ?? 0),
    px: 0,
    py: 0,
    ...(f.value !== undefined && { value: f.value }),
    ...(f.low !== undefined && { low: f.low }),
    ...(f.high !== undefined && { high: f.high }),
    qualifier: f.qualifier,
    asOf: f.as_of!,
    valueText: formatFigure(f, locale),
    dateText: formatDate(f.as_of!, "short", locale),
    organisation: organisation.short_name,
    sourceTitle: input.sources.get(f.source)?.title ?? f.source,
    href: routes.figure(f.id),
    sourceHref: routes.source(f.source),
    unitText: unitAfter(f, series.unit, series.measure, locale),
    ...(cautions.length > 0 && { cautions }),
    ...(f.flags.includes("low_quality_source") && { weak: true }),
    ...(f.cases && { cases: f.cases }),
    onLine,
  });
  const points = [...line.map((f) => point(f, true)), ...others.map((f) => point(f, false))].sort(
    (a, b) => a.x - b.x || Number(b.onLine) - Number(a.onLine) || (a.figureId < b.figureId ? -1 : 1),
  );
  return {
    seriesId: series.id,
    // Aligned waves of one organisation would otherwise share a label.
    label: xKind === "days" ? stringsFor(locale).summary.waveFrom(series.label, formatDate(origin!, "short", locale)) : series.label,
    organisation: organisation.short_name,
    seriesHref: routes.series(series.id),
    ...seriesStyle(index),
    unitText: series.unit?.other ?? measureWords(series.measure, locale),
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
