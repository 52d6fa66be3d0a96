/** Formats a count of people with the locale's digit grouping: 52941 -> "52,941". Never rounds. */
export function formatCount(n: number, locale = "en-GB"): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: true }).format(n);
}

/** A signed difference of counts: 1200 -> "+1,200", -200 -> "−200" (a true minus sign), 0 -> "0". Never rounds. */
export function formatChange(n: number, locale = "en-GB"): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: true, signDisplay: "exceptZero" }).format(n).replace("-", "\u2212");
}
