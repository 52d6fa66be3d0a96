import type { Annotation } from "../datasets/schemas/wave.ts";
import { annotationDocuments } from "../datasets/annotation-documents.ts";
import { formatDateCompact } from "../format/format-date.ts";
import { formatCount } from "../format/format-count.ts";
import type { Routes } from "../site/routes.ts";
import type { ChartAnnotation, ChartModel } from "./chart-types.ts";
import { stackRows, textWidth } from "./label-layout.ts";

/** Wide charts write at most this many rows of event labels; more, and they show numbers only. */
const MAX_LABEL_ROWS = 3;
const GAP = 4;

/** Radius of the numbered disc that marks an event on the chart. */
export const badgeRadius = (fontSize: number) => round1(fontSize * 0.75);

/**
 * Places the wave's events on the x axis (clipped to the plot) as numbered discs in rows above
 * the plot, so that no two overlap; row 0 is nearest the plot. With `withLabels`, each disc has
 * its label beside it (right of it, or left where it would leave the chart); if any label would
 * still be cut off, or the labels need more than three rows, every event shows its number only
 * and the key under the chart names them. Events come sorted by start date.
 */
export function placeAnnotations(
  annotations: Annotation[],
  x: (t: number) => number,
  toTime: (iso: string) => number,
  plot: { left: number; right: number; width: number },
  routes: Routes,
  opts: { fontSize: number; withLabels: boolean; locale: string },
): { annotations: ChartAnnotation[]; labels: boolean; rows: number } {
  const clip = (v: number) => round1(Math.min(plot.right, Math.max(plot.left, v)));
  const r = badgeRadius(opts.fontSize);
  const placed = annotations.map((a, i) => {
    const docs = annotationDocuments(a);
    const x1 = clip(x(toTime(a.start)));
    const dateText = a.end ? `${formatDateCompact(a.start, opts.locale)} – ${formatDateCompact(a.end, opts.locale)}` : formatDateCompact(a.start, opts.locale);
    const out: ChartAnnotation = {
      id: a.id,
      n: i + 1,
      nText: formatCount(i + 1, opts.locale),
      label: a.label,
      dateText,
      ...(a.description !== undefined && { description: a.description }),
      x1,
      ...(a.end !== undefined && { x2: clip(x(toTime(a.end))) }),
      row: 0,
      anchor: "start",
      ...(docs.length > 0 && { href: routes.source(docs[0].document) }),
      citationIncomplete: docs.length === 0,
    };
    return out;
  });

  let labels = opts.withLabels;
  let spans: Array<[number, number]> = [];
  if (labels) {
    for (const a of placed) {
      const w = textWidth(annotationText(a), opts.fontSize);
      if (a.x1 + r + GAP + w <= plot.width - 2) spans.push([a.x1 - r, a.x1 + r + GAP + w]);
      else if (a.x1 - r - GAP - w >= 2) {
        a.anchor = "end";
        spans.push([a.x1 - r - GAP - w, a.x1 + r]);
      } else labels = false;
    }
  }
  let rows = labels ? stackRows(spans, 2 * GAP) : [];
  if (labels && Math.max(0, ...rows) >= MAX_LABEL_ROWS) labels = false;
  if (!labels) {
    for (const a of placed) a.anchor = "start";
    spans = placed.map((a) => [a.x1 - r, a.x1 + r]);
    rows = stackRows(spans, 2);
  }
  placed.forEach((a, i) => (a.row = rows[i]));
  return { annotations: placed, labels, rows: placed.length === 0 ? 0 : Math.max(...rows) + 1 };
}

/** The label written beside an event's number: a dagger marks an event with no source yet. */
export function annotationText(a: ChartAnnotation): string {
  return a.citationIncomplete ? `${a.label} †` : a.label;
}

/** Centre (SVG y) of an event's disc, from the model's rows. */
export function annotationCentreY(m: ChartModel, row: number): number {
  return round1(m.rows.unit + (m.rows.annotationRows - 1 - row) * m.rows.annotation + m.rows.annotation / 2);
}

export function round1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r; // never "-0"
}
