import { MEASURE_GROUPS } from "../domain/measure-groups.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { Wave } from "../datasets/schemas/wave.ts";
import { annotationsFor } from "../domain/annotations-for.ts";
import { chartView, type ChartView } from "./chart-view.ts";
import type { SiteContext } from "./site-context.ts";
import { localText } from "./local-text.ts";

/**
 * Every chart of the site, defined once: pages render them, and /charts/<id>.json serves the
 * same models to the browser. A chart's id is unique within one release's pages.
 */

/**
 * Charts are used by pages, the JSON endpoint, embeds and images alike: compute each once per
 * context (language x release) and share it.
 */
const memo = new WeakMap<SiteContext, Map<string, unknown>>();
function once<T>(ctx: SiteContext, key: string, make: () => T): T {
  let m = memo.get(ctx);
  if (!m) memo.set(ctx, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
}

/**
 * A chart draws at most this many lines; the rest are listed with links to their own pages,
 * so a wave page stays light however many claimants a wave gathers (see docs/BENCHMARKS.md).
 */
export const MAX_LINES = 8;

/** The series a chart draws: charted ones with the most figures first (ties by id), at most MAX_LINES. */
export function pickLines(ctx: SiteContext, series: Series[]): { drawn: Series[]; omitted: Series[] } {
  const count = (s: Series) => ctx.index.figuresBySeries.get(s.id)?.length ?? 0;
  const charted = series.filter((s) => s.on_charts).sort((a, b) => count(b) - count(a) || a.id.localeCompare(b.id));
  const drawn = new Set(charted.slice(0, MAX_LINES));
  return { drawn: series.filter((s) => drawn.has(s)), omitted: charted.filter((s) => !drawn.has(s)) };
}

export function latestWave(ctx: SiteContext): Wave {
  return [...ctx.index.data.waves].sort((a, b) => b.start.localeCompare(a.start))[0];
}

export function homeChart(ctx: SiteContext): ChartView {
  // Stryker disable next-line StringLiteral: a cache key, distinct from the others either way
  return once(ctx, "home", () => makeHomeChart(ctx));
}

function makeHomeChart(ctx: SiteContext): ChartView {
  const wave = latestWave(ctx);
  // Stryker disable next-line ArrayDeclaration: a placeholder element is no series on the charts, so pickLines draws none, as of an empty list
  const series = (ctx.index.seriesByWave.get(wave.id) ?? []).filter((s) => s.measure === "arrested" || s.measure === "identified_detainees");
  const text = localText(ctx);
  return chartView(ctx, "home-detainees", ctx.t.home.mainChart(text.waveTitle(wave)), pickLines(ctx, series).drawn, { annotations: annotationsFor(text.annotations(wave), ["arrested", "identified_detainees"]) });
}

export interface WaveGroup {
  id: string;
  measures: Series["measure"][];
  series: Series[];
  view?: ChartView;
  /** Charted series left off the chart by MAX_LINES. */
  omitted: Series[];
}

export function waveGroups(ctx: SiteContext, wave: Wave): WaveGroup[] {
  return once(ctx, `wave:${wave.id}`, () => makeWaveGroups(ctx, wave));
}

function makeWaveGroups(ctx: SiteContext, wave: Wave): WaveGroup[] {
  const all = ctx.index.seriesByWave.get(wave.id);
  const text = localText(ctx);
  // The groups with charts; judicial counts are of cases and decisions, shown as tables only.
  const chartedGroups = ["detainees", "deaths", "death-penalty"];
  return MEASURE_GROUPS.map((g) => {
    const series = all?.filter((s) => g.measures.includes(s.measure)) ?? [];
    // A group is charted only when it has a dated figure to draw; otherwise its table says it all.
    const dated = (s: Series) => ctx.index.figuresBySeries.get(s.id)?.some((f) => f.as_of) ?? false;
    const charted = chartedGroups.includes(g.id) && series.some((s) => s.on_charts && dated(s));
    const lines = charted ? pickLines(ctx, series) : undefined;
    const view = lines ? chartView(ctx, `${wave.id}-${g.id}`, `${ctx.t.groups[g.id].title}: ${text.waveTitle(wave)}`, lines.drawn, { annotations: annotationsFor(text.annotations(wave), g.measures) }) : undefined;
    return { ...g, series, view, omitted: lines?.omitted ?? [] };
  }).filter((g) => g.series.length > 0);
}

export function seriesChart(ctx: SiteContext, series: Series): ChartView | undefined {
  if (!series.on_charts) return undefined;
  return once(ctx, `series:${series.id}`, () => makeSeriesChart(ctx, series));
}

function makeSeriesChart(ctx: SiteContext, series: Series): ChartView {
  const wave = ctx.index.wave.get(series.wave)!;
  const text = localText(ctx);
  return chartView(ctx, `series-${series.id}`, text.seriesLabel(series), [series], { annotations: annotationsFor(text.annotations(wave), [series.measure]) });
}

export function compareChart(ctx: SiteContext): ChartView {
  // Stryker disable next-line StringLiteral: a cache key, distinct from the others either way
  return once(ctx, "compare", () => makeCompareChart(ctx));
}

function makeCompareChart(ctx: SiteContext): ChartView {
  // Only series of the same claimant and measure are comparable across waves; HRANA is the one
  // organisation that published running arrest totals in both.
  const series = ctx.index.data.series.filter((s) => s.organisation === "hrana" && s.measure === "arrested");
  return chartView(ctx, "compare-arrests", ctx.t.compare.chartTitle, series, { xKind: "days" });
}

/**
 * The charts that get share images (SVG and PNG files): the home, wave and comparison charts.
 * Series pages share their wave's chart, so the build renders a few dozen images, not one per
 * series (thousands at 100x the data).
 */
export function imageCharts(ctx: SiteContext): ChartView[] {
  return [homeChart(ctx), ...ctx.index.data.waves.flatMap((w) => waveGroups(ctx, w).flatMap((g) => (g.view ? [g.view] : []))), compareChart(ctx)];
}

/**
 * The share image of a series' pages (and its figures'): the wave chart that draws the series;
 * else the first chart of its wave (a series left off its chart by MAX_LINES, or not charted);
 * undefined when the wave has none (the page then shares the home chart).
 */
export function seriesImageChart(ctx: SiteContext, series: Series): string | undefined {
  const wave = ctx.index.wave.get(series.wave);
  if (!wave) return undefined;
  const views = waveGroups(ctx, wave).flatMap((g) => (g.view ? [g.view] : []));
  return (views.find((v) => v.model.lines.some((l) => l.seriesId === series.id)) ?? views[0])?.model.id;
}

/** Every chart a release's pages show, for the JSON endpoint. */
export function allCharts(ctx: SiteContext): ChartView[] {
  return [
    homeChart(ctx),
    ...ctx.index.data.waves.flatMap((w) => waveGroups(ctx, w).flatMap((g) => (g.view ? [g.view] : []))),
    ...ctx.index.data.series.flatMap((s) => seriesChart(ctx, s) ?? []),
    compareChart(ctx),
  ];
}

/** The page a chart belongs to (its full page with data and sources), for links from embeds and images. */
export function chartPage(ctx: SiteContext, chartId: string): string {
  const r = ctx.routes;
  if (chartId === "home-detainees") return `${r.home()}#${chartId}`;
  if (chartId === "compare-arrests") return r.compare();
  if (chartId.startsWith("series-")) return r.series(chartId.slice("series-".length));
  const wave = ctx.index.data.waves.find((w) => chartId.startsWith(`${w.id}-`));
  return wave ? `${r.wave(wave.id)}#${chartId}` : r.home();
}

/**
 * The chart's block on its full page, where its source line lists every document: the target of
 * an embed's short source line in a small frame.
 */
export function chartSources(ctx: SiteContext, chartId: string): string {
  return `${chartPage(ctx, chartId).split("#")[0]}#${chartId}`;
}
