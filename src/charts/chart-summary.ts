import type { Annotation } from "../datasets/schemas/wave.ts";
import { formatCount } from "../format/format-count.ts";
import { formatDate } from "../format/format-date.ts";
import { stringsFor } from "../i18n/strings.ts";
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
  const t = stringsFor(locale).summary;
  if (model.lines.length === 0 || model.asOf === null) return t.none;
  const persian = locale.startsWith("fa");
  const [comma, semi] = persian ? ["، ", "؛ "] : [", ", "; "];
  const days = model.xKind === "days";
  const parts = model.lines.map((l) => {
    const p = latestPoint(l);
    const after = days ? `${comma}${t.daysAfter(formatCount(p.x, locale), p.x === 1)}` : "";
    const when = days || p.asOf !== model.asOf ? ` (${formatDate(p.asOf, "long", locale)}${after})` : "";
    return `${t.counted(l.organisation, p.valueText, l.unitText ?? "")}${when}`;
  });
  const lead = days ? t.latestEach : t.asOf(formatDate(model.asOf, "long", locale));
  const n = model.lines.reduce((sum, l) => sum + l.points.length, 0);
  const plotted = t.plotted(formatCount(n, locale), n === 1);
  const many = model.lines.length > 1 ? t.lines(model.lines.length) : ".";
  const marked = annotations.map((a) => {
    const span = a.end ? t.span(formatDate(a.start, "short", locale), formatDate(a.end, "short", locale)) : formatDate(a.start, "short", locale);
    return `${a.label} (${span})`;
  });
  const timeline = marked.length > 0 ? t.timeline(marked.join(semi)) : "";
  return `${lead}${days ? ":" : comma.trimEnd()} ${parts.join(semi)}. ${plotted}${many}${timeline}`;
}
