import { formatDate } from "../format/format-date.ts";

/**
 * The "as reported on" day in the page's words, for the chart's rule: loaded only with a day
 * (chart-render.ts), so a chart without one costs nothing, and the format-date chunk the wave
 * page loads keeps only what it uses.
 */
export const dayText = (day: string, locale: string) => formatDate(day, "short", locale);
