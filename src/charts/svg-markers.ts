import { isApproximate, isLowerBound } from "../format/qualifier-kind.ts";
import { round1 } from "./chart-annotations.ts";
import type { ChartPoint, MarkerShape } from "./chart-types.ts";
import { relativePath } from "./svg-path.ts";

/**
 * Marks shared by both renderers (the SVG, and Chart.js through Path2D): filled for exact
 * values, open with a caret for lower bounds, dashed outline for approximations, a bar for ranges.
 */
export type PointKind = "range" | "lower" | "approx" | "exact";

export function pointKind(p: Pick<ChartPoint, "qualifier" | "pyHigh">): PointKind {
  if (p.qualifier === "range" || p.pyHigh !== undefined) return "range";
  return isLowerBound(p.qualifier) ? "lower" : isApproximate(p.qualifier) ? "approx" : "exact";
}

/** Marker radius in px: points joined into the line, and extra reports drawn apart. */
export const markerRadius = (onLine: boolean) => (onLine ? 4.5 : 3.2);

const n = (v: number) => String(round1(v));

/** Closed polygon path through [x, y] pairs. */
const polygon = (pts: Array<[number, number]>) => relativePath(pts, true);

/** Path data of a marker centred on (x, y); r is the circle's radius, other shapes match its area roughly. */
export function markerPath(shape: Exclude<MarkerShape, "circle">, x: number, y: number, r: number): string {
  switch (shape) {
    case "square": {
      const h = 0.9 * r;
      return polygon([[x - h, y - h], [x + h, y - h], [x + h, y + h], [x - h, y + h]]);
    }
    case "triangle":
      return polygon([[x, y - 1.25 * r], [x + 1.15 * r, y + 0.8 * r], [x - 1.15 * r, y + 0.8 * r]]);
    case "diamond": {
      const d = 1.25 * r;
      return polygon([[x, y - d], [x + d, y], [x, y + d], [x - d, y]]);
    }
    case "cross": {
      const [a, e] = [0.42 * r, 1.2 * r];
      return polygon([
        [x - a, y - e], [x + a, y - e], [x + a, y - a], [x + e, y - a], [x + e, y + a], [x + a, y + a],
        [x + a, y + e], [x - a, y + e], [x - a, y + a], [x - e, y + a], [x - e, y - a], [x - a, y - a],
      ]);
    }
    case "star": {
      const pts: Array<[number, number]> = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? 1.35 * r : 0.58 * r;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push([x + radius * Math.cos(angle), y + radius * Math.sin(angle)]);
      }
      return polygon(pts);
    }
  }
}

/** The marker as an SVG element; `attrs` (already escaped) carries fill, stroke and class. */
export function markerSvg(shape: MarkerShape, x: number, y: number, r: number, attrs: string): string {
  if (shape === "circle") return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" ${attrs}/>`;
  return `<path d="${markerPath(shape, x, y, r)}" ${attrs}/>`;
}

/** A small upward chevron above a marker: "this value or more". */
export function caretPath(x: number, y: number, r: number): string {
  const base = y - r - 2.5;
  return relativePath([[x - 3, base], [x, base - 3.5], [x + 3, base]]);
}
