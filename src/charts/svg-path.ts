import { round1 } from "./chart-annotations.ts";

/**
 * SVG path data through points, in relative steps ("M61,329l3-2 4-4"): the same geometry as
 * absolute coordinates (each step is the difference of the rounded points, so no error builds
 * up), in fewer bytes and with far more repetition for gzip, since a chart's steps are small and
 * alike. A wave page carries thousands of these (its lines and markers, in two layouts).
 */
export function relativePath(points: ReadonlyArray<readonly [number, number]>, closed = false): string {
  if (points.length === 0) return "";
  const pts = points.map(([x, y]) => [round1(x), round1(y)] as const);
  let d = `M${pts[0][0]},${pts[0][1]}`;
  for (let i = 1; i < pts.length; i++) {
    const dx = round1(pts[i][0] - pts[i - 1][0]);
    const dy = round1(pts[i][1] - pts[i - 1][1]);
    // One "l" starts the run; a minus sign separates numbers by itself.
    d += `${i === 1 ? "l" : dx < 0 ? "" : " "}${dx}${dy < 0 ? "" : ","}${dy}`;
  }
  return closed ? `${d}z` : d;
}
