/** Calendar dates are plain ISO days; format them in UTC so no time zone shifts a day. */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: "long" | "short", calendar?: string): Intl.DateTimeFormat {
  // Stryker disable next-line StringLiteral: only a cache key, distinct for every calendar either way
  const key = `${locale}|${style}|${calendar ?? ""}`;
  let f = cache.get(key);
  // Stryker disable next-line ConditionalExpression: a cache: building or formatting again gives the same text
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: "UTC",
      day: "numeric",
      month: style === "long" ? "long" : "short",
      year: "numeric",
      ...(calendar ? { calendar } : {}),
    });
    // Stryker disable next-line CallExpression: a cache: building or formatting again gives the same text
    cache.set(key, f);
  }
  return f;
}

const isPersian = (locale: string) => locale.toLowerCase().startsWith("fa");

/**
 * A Persian date held together: no line breaks inside it (a reader saw «(۱۱ فوریه / ۲۰۲۶)»),
 * and Gregorian month names in one form, without the ezafe hamza that ICU's long form adds
 * («ژانویهٔ ۲۰۲۶» in long, «ژانویه ۲۰۲۶» in short): dates are not followed by an ezafe here.
 */
const faDate = (text: string) => text.replace(/\u0654/g, "").replace(/ /g, "\u00a0");

/**
 * "2026-02-11" -> "11 February 2026" (long) or "11 Feb 2026" (short). In Persian, the Solar
 * Hijri date with the Gregorian date beside it: "۲۲ بهمن ۱۴۰۴ (۱۱ فوریه ۲۰۲۶)".
 */
export function formatDate(iso: string, style: "long" | "short" = "long", locale = "en-GB"): string {
  const d = isoToDate(iso);
  if (!isPersian(locale)) return formatter(locale, style).format(d);
  return `${faDate(formatter("fa-IR", style, "persian").format(d))} (${faDate(formatter("fa-IR", style, "gregory").format(d))})`;
}

/**
 * The build formats the same few thousand days hundreds of thousands of times (each chart point,
 * table row and page title), and ICU's formatting is the cost: the build keeps each answer.
 */
const done = new Map<string, string>();
function remembered(key: string, make: () => string): string {
  let s = done.get(key);
  // Stryker disable next-line ConditionalExpression: a cache: building or formatting again gives the same text
  if (s === undefined) done.set(key, (s = make()));
  return s;
}

/**
 * formatDate with each answer kept, for the build's pages. formatDate itself stays as it is: the
 * browser's citation script bundles it, and needs no cache.
 */
export function formatDateCached(iso: string, style: "long" | "short" = "long", locale = "en-GB"): string {
  return remembered(`d|${style}|${locale}|${iso}`, () => formatDate(iso, style, locale));
}

/** A date for text already in brackets: in Persian the two calendars joined by a comma, not nested brackets. */
export function formatDateInBrackets(iso: string, style: "long" | "short" = "long", locale = "en-GB"): string {
  return remembered(`b|${style}|${locale}|${iso}`, () => {
    if (!isPersian(locale)) return formatter(locale, style).format(isoToDate(iso));
    const d = isoToDate(iso);
    return `${faDate(formatter("fa-IR", style, "persian").format(d))}، ${faDate(formatter("fa-IR", style, "gregory").format(d))}`;
  });
}

const years = new Map<string, Intl.DateTimeFormat>();

/** The year of a day in the page's calendar and digits: "2025", or the Solar Hijri "۱۴۰۴" (without an era suffix). */
export function formatYear(date: Date, locale = "en-GB"): string {
  const tag = isPersian(locale) ? "fa-IR-u-ca-persian" : locale;
  let f = years.get(tag);
  // Stryker disable next-line ConditionalExpression: a cache: building or formatting again gives the same text
  if (!f) years.set(tag, (f = new Intl.DateTimeFormat(tag, { timeZone: "UTC", year: "numeric" })));
  return f.format(date).replace(/\s*ه\.ش\.?/, "");
}

/** Only the Solar Hijri date in Persian (chart ticks, where space is short); the locale's own date otherwise. */
export function formatDateCompact(iso: string, locale = "en-GB"): string {
  return remembered(`c|${locale}|${iso}`, () => (isPersian(locale) ? faDate(formatter("fa-IR", "short", "persian").format(isoToDate(iso))) : formatter(locale, "short").format(isoToDate(iso))));
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
