import type { Annotation } from "../datasets/schemas/wave.ts";
import { formatCount } from "../format/format-count.ts";
import { formatDate } from "../format/format-date.ts";
import type { ChartLine, ChartModel, ChartPoint } from "./chart-types.ts";

/** The line's latest figure; on a day with several reports, the one joined into the line. */
export function latestPoint(line: ChartLine): ChartPoint {
  return line.points.reduce((best, p) => (p.asOf > best.asOf || (p.asOf === best.asOf && p.onLine && !best.onLine) ? p : best));
}

/**
 * The chart in words, for screen readers and the page text: each line's latest figure, naming
 * its organisation and date. Figures of different lines are never added up or averaged.
 */
export function chartSummary(model: ChartModel, annotations: Annotation[], locale: string): string {
  if (model.lines.length === 0 || model.asOf === null) return "There is no dated figure to chart.";
  const days = model.xKind === "days";
  const parts = model.lines.map((l) => {
    const p = latestPoint(l);
    const after = days ? `, ${formatCount(p.x, locale)} ${p.x === 1 ? "day" : "days"} after the wave began` : "";
    const when = days || p.asOf !== model.asOf ? ` (${formatDate(p.asOf, "long", locale)}${after})` : "";
    return `${l.organisation} counted ${p.valueText}${l.unitText ? ` ${l.unitText}` : ""}${when}`;
  });
  const lead = days ? "Latest figure of each line" : `As of ${formatDate(model.asOf, "long", locale)}`;
  const n = model.lines.reduce((sum, l) => sum + l.points.length, 0);
  const plotted = `The chart plots ${formatCount(n, locale)} dated ${n === 1 ? "figure" : "figures"}`;
  const many = model.lines.length > 1 ? ` in ${model.lines.length} lines; each line is one organisation's own count, and the lines are not added together.` : ".";
  const marked = annotations.map((a) => {
    const span = a.end ? `${formatDate(a.start, "short", locale)} to ${formatDate(a.end, "short", locale)}` : formatDate(a.start, "short", locale);
    return `${a.label} (${span})`;
  });
  const timeline = marked.length > 0 ? ` Marked on the timeline: ${marked.join("; ")}.` : "";
  return `${lead}${days ? ":" : ","} ${parts.join("; ")}. ${plotted}${many}${timeline}`;
}
