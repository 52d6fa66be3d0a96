// Building an Intl.NumberFormat costs far more than formatting with it, and the build formats the
// same few thousand numbers hundreds of thousands of times: one formatter and one answer each.
const formatted = new Map<string, { format: Intl.NumberFormat; done: Map<number, string> }>();

/** Formats a count of people with the locale's digit grouping: 52941 -> "52,941". Never rounds. */
export function formatCount(n: number, locale = "en-GB"): string {
  let f = formatted.get(locale);
  // Stryker disable next-line ConditionalExpression,ObjectLiteral: a cache: building or formatting again gives the same text; counts are whole numbers (Count), which Intl's default options write the same
  if (!f) formatted.set(locale, (f = { format: new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: true }), done: new Map() }));
  let s = f.done.get(n);
  // Stryker disable next-line ConditionalExpression: a cache: building or formatting again gives the same text
  if (s === undefined) f.done.set(n, (s = f.format.format(n)));
  return s;
}

/** A signed difference of counts: 1200 -> "+1,200", -200 -> "−200" (a true minus sign), 0 -> "0". Never rounds. */
export function formatChange(n: number, locale = "en-GB"): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: true, signDisplay: "exceptZero" }).format(n).replace("-", "\u2212");
}
