import type { Annotation } from "../datasets/schemas/wave.ts";
import { annotationDocuments } from "../datasets/annotation-documents.ts";
import type { Routes } from "../site/routes.ts";
import type { ChartAnnotation } from "./chart-types.ts";

/** Label metrics shared by both renderers (11px system font; the width is a safe estimate). */
export const ANNOTATION_FONT_PX = 11;
export const ANNOTATION_ROW_PX = 14;
const CHAR_PX = 6.2;
const GAP_PX = 3;
const MIN_SPACE_PX = 8;

export function labelWidth(label: string): number {
  return label.length * CHAR_PX;
}

/**
 * Positions the wave's annotations on the x axis (clipped to the plot) and stacks their labels
 * in rows above the plot so that no two overlap (annotations come sorted by start date). Row 0 is nearest the plot. A label runs right
 * of its line unless it would leave the chart, then left of it.
 */
export function placeAnnotations(
  annotations: Annotation[],
  x: (t: number) => number,
  toTime: (iso: string) => number,
  plot: { left: number; right: number; width: number },
  routes: Routes,
): ChartAnnotation[] {
  const clip = (v: number) => round1(Math.min(plot.right, Math.max(plot.left, v)));
  const rowEnds: number[] = [];
  return annotations.map((a) => {
    const x1 = clip(x(toTime(a.start)));
    const docs = annotationDocuments(a);
    const label = docs.length > 0 ? a.label : `${a.label} †`;
    const w = labelWidth(label);
    const anchor = x1 + GAP_PX + w > plot.width ? "end" : "start";
    const [from, to] = anchor === "start" ? [x1 + GAP_PX, x1 + GAP_PX + w] : [x1 - GAP_PX - w, x1 - GAP_PX];
    let row = rowEnds.findIndex((end) => end + MIN_SPACE_PX <= from);
    if (row === -1) row = rowEnds.push(to) - 1;
    else rowEnds[row] = to;
    return {
      id: a.id,
      label: a.label,
      ...(a.description !== undefined && { description: a.description }),
      x1,
      ...(a.end !== undefined && { x2: clip(x(toTime(a.end))) }),
      row,
      anchor,
      ...(docs.length > 0 && { href: routes.source(docs[0].document) }),
      citationIncomplete: docs.length === 0,
    };
  });
}

export function round1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r; // never "-0"
}
