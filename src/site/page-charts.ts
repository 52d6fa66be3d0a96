import { MEASURE_GROUPS } from "../domain/measure-groups.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { Wave } from "../datasets/schemas/wave.ts";
import { chartView, type ChartView } from "./chart-view.ts";
import type { SiteContext } from "./site-context.ts";

/**
 * Every chart of the site, defined once: pages render them, and /charts/<id>.json serves the
 * same models to the browser. A chart's id is unique within one release's pages.
 */
const CHARTED_GROUPS = new Set(["detainees", "deaths", "death-penalty"]);

export function latestWave(ctx: SiteContext): Wave {
  return [...ctx.index.data.waves].sort((a, b) => b.start.localeCompare(a.start))[0];
}

export function homeChart(ctx: SiteContext): ChartView {
  const wave = latestWave(ctx);
  const series = (ctx.index.seriesByWave.get(wave.id) ?? []).filter((s) => s.measure === "arrested" || s.measure === "identified_detainees");
  return chartView(ctx, "home-detainees", `People arrested: ${wave.title}`, series, { annotations: wave.annotations });
}

export interface WaveGroup {
  id: string;
  title: string;
  intro: string;
  measures: Series["measure"][];
  series: Series[];
  view?: ChartView;
}

export function waveGroups(ctx: SiteContext, wave: Wave): WaveGroup[] {
  const all = ctx.index.seriesByWave.get(wave.id) ?? [];
  return MEASURE_GROUPS.map((g) => {
    const series = all.filter((s) => g.measures.includes(s.measure));
    const charted = CHARTED_GROUPS.has(g.id) && series.some((s) => s.on_charts);
    const view = charted ? chartView(ctx, `${wave.id}-${g.id}`, `${g.title}: ${wave.title}`, series, { annotations: wave.annotations }) : undefined;
    return { ...g, series, view };
  }).filter((g) => g.series.length > 0);
}

export function seriesChart(ctx: SiteContext, series: Series): ChartView | undefined {
  if (!series.on_charts) return undefined;
  const wave = ctx.index.wave.get(series.wave)!;
  return chartView(ctx, `series-${series.id}`, series.label, [series], { annotations: wave.annotations });
}

export function compareChart(ctx: SiteContext): ChartView {
  // Only series of the same claimant and measure are comparable across waves; HRANA is the one
  // organisation that published running arrest totals in both.
  const series = ctx.index.data.series.filter((s) => s.organisation === "hrana" && s.measure === "arrested");
  return chartView(ctx, "compare-arrests", "HRANA's estimated arrests, by days since each wave began", series, { xKind: "days" });
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
