/** Calendar dates are plain ISO days; format them in UTC so no time zone shifts a day. */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: "long" | "short"): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: style === "long" ? "long" : "short", year: "numeric" });
    cache.set(key, f);
  }
  return f;
}

/** "2026-02-11" -> "11 February 2026" (long) or "11 Feb 2026" (short). */
export function formatDate(iso: string, style: "long" | "short" = "long", locale = "en-GB"): string {
  return formatter(locale, style).format(isoToDate(iso));
}

export function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Epoch milliseconds of the day's start in UTC: the x value charts use. */
export function isoToTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Whole days from `from` to `to` (both ISO days). */
export function daysBetween(from: string, to: string): number {
  return Math.round((isoToTime(to) - isoToTime(from)) / 86_400_000);
}
