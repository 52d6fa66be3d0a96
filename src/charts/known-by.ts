import { isRealDate } from "../format/real-date.ts";
import type { ChartModel } from "./chart-types.ts";

/**
 * A chart "as reported on" a day (issue 15 §3): only the figures known by then, those whose
 * document was published on or before the day (ChartPoint.known; a figure whose publication day
 * is not recorded is known on no day). A figure is drawn at its as-of date, which can be days
 * before its publication, so the as-of date alone would show figures nobody had yet read.
 * Nothing is added, moved or interpolated; the axes stay today's, so the two views compare.
 * The newest figure left on a line keeps a marker, as thinning always spares the latest one.
 */
export function knownBy(model: ChartModel, day: string | null): ChartModel {
  if (day === null) return model;
  const lines = model.lines.map((l) => {
    // Stryker disable next-line ConditionalExpression: "true" for "p.known !== undefined": undefined <= day is false anyway
    const points = l.points.filter((p) => p.known !== undefined && p.known <= day);
    const last = [...points].reverse().find((p) => p.onLine);
    return { ...l, points: points.map((p) => (p === last && p.thin ? { ...p, thin: false } : p)) };
  });
  return { ...model, lines };
}

/** A chart's query ("?…" or "") with the day as "on" (its citation and embed code name both; embeds draw it too). */
export function withDay(query: string, day: string | null): string {
  if (!day) return query;
  const params = new URLSearchParams(query);
  params.set("on", day);
  return `?${params}`;
}

/** The day named by a query's "on" parameter (YYYY-MM-DD, a date that exists), or null. */
export function dayParam(search: string): string | null {
  const on = new URLSearchParams(search).get("on") ?? "";
  return isRealDate(on) ? on : null;
}
