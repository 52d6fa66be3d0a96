import type { DatasetFigure } from "../datasets/dataset.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import type { Annotation } from "../datasets/schemas/wave.ts";
import { annotationDocuments } from "../datasets/annotation-documents.ts";
import { buildChartModel, LAYOUTS } from "../charts/chart-model.ts";
import type { ChartModel } from "../charts/chart-types.ts";
import { renderSvg } from "../charts/svg-chart.ts";
import type { SiteContext } from "./site-context.ts";
import { localText } from "./local-text.ts";

/** Everything a chart block on a page shows: the model, its SVG, and what it draws on. */
export interface ChartView {
  /** The wide layout (also the one downloads and share images draw). */
  model: ChartModel;
  svg: string;
  /** The narrow, taller layout for phones; the page's CSS shows one of the two. */
  narrow: ChartModel;
  svgNarrow: string;
  /** The narrow layout at another height: an embed's frame is often shorter than a phone's screen. */
  narrowAt: (height: number) => { model: ChartModel; svg: string };
  /** The wide layout at another size and without timeline events: the chart of a share image (share-images.ts). */
  cardAt: (width: number, height: number) => ChartModel;
  organisations: Organisation[];
  documents: SourceDocument[];
  /** The plotted figures (the table under the chart), in date order. */
  figures: DatasetFigure[];
}

interface Options {
  /** Already in the page's language (localText(ctx).annotations(wave)). */
  annotations?: Annotation[];
  xKind?: "date" | "days";
  height?: number;
}

/** Glue between the data index and the pure chart model: used by every page that charts. */
export function chartView(ctx: SiteContext, id: string, title: string, series: Series[], options: Options = {}): ChartView {
  const { index } = ctx;
  const text = localText(ctx);
  // Stryker disable next-line MethodExpression: buildChartModel leaves series off the charts out too; this spares it their figures
  const charted = series.filter((s) => s.on_charts);
  const input = charted.map((s) => ({
    series: text.series(s),
    organisation: text.organisation(index.organisation.get(s.organisation)!),
    // Stryker disable next-line ArrayDeclaration: a placeholder element has no as-of date, so it is not drawn, and only drawn figures are listed
    figures: index.figuresBySeries.get(s.id) ?? [],
  }));
  const origins = Object.fromEntries(charted.map((s) => [s.id, index.wave.get(s.wave)!.start]));
  const common = {
    id,
    title,
    series: input,
    sources: index.source,
    annotations: options.annotations,
    xKind: options.xKind,
    origins,
    height: options.height,
    routes: ctx.routes,
    locale: ctx.t.intlLocale,
  };
  // Pages and embeds show the summary as text (Chart.astro, EmbedPage.astro: "<id>-summary").
  const describedBy = `${id}-summary`;
  const model = buildChartModel({ ...common, layout: "wide" });
  const narrowAt = (height: number) => {
    const m = buildChartModel({ ...common, layout: "narrow", height });
    return { model: m, svg: renderSvg(m, { idPrefix: `${id}-n`, describedBy }) };
  };
  const { model: narrow, svg: svgNarrow } = narrowAt(LAYOUTS.narrow.height);
  // Stryker disable next-line ArrayDeclaration: the chart model draws no event without a date, so a placeholder element draws none either
  const cardAt = (width: number, height: number) => buildChartModel({ ...common, annotations: [], layout: "wide", width, height });
  const plottedIds = new Set(model.lines.flatMap((l) => l.points.map((p) => p.figureId)));
  const figures = input
    .flatMap((i) => i.figures)
    .filter((f) => plottedIds.has(f.id))
    .sort((a, b) => a.as_of!.localeCompare(b.as_of!) || a.series.localeCompare(b.series) || a.id.localeCompare(b.id));
  const docIds = new Set(figures.map((f) => f.source));
  for (const a of options.annotations ?? []) for (const d of annotationDocuments(a)) docIds.add(d.document);
  const documents = [...docIds].map((d) => index.source.get(d)!).sort((a, b) => a.publisher.localeCompare(b.publisher) || a.id.localeCompare(b.id));
  // Name the organisations whose figures are drawn, not those whose series had nothing to plot.
  const organisations = [...new Set(figures.map((f) => f.organisation))].sort().map((o) => index.organisation.get(o)!);
  return { model, svg: renderSvg(model, { idPrefix: id, describedBy }), narrow, svgNarrow, narrowAt, cardAt, organisations, documents, figures };
}
