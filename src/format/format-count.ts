/** Formats a count of people with the locale's digit grouping: 52941 -> "52,941". Never rounds. */
export function formatCount(n: number, locale = "en-GB"): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: true }).format(n);
}
