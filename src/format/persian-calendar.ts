/**
 * The Solar Hijri (Persian) calendar, from the platform's own calendar data (ICU via Intl):
 * which Gregorian days begin a Persian month, so that Persian chart axes put their month ticks
 * on month starts (1 Aban is 23 October, not 1 November) and their years at Nowruz.
 */
const DAY_MS = 86_400_000;
const parts = new Intl.DateTimeFormat("en-US-u-ca-persian", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });

export interface PersianDate {
  year: number;
  /** 1 = Farvardin (Nowruz) … 12 = Esfand. */
  month: number;
  day: number;
}

// Every Persian chart steps through the same days (axes of one wave share a domain): ask ICU once per day.
const known = new Map<number, Readonly<PersianDate>>();

/** The Persian date of a UTC day (epoch ms). */
export function persianDate(time: number): Readonly<PersianDate> {
  let d = known.get(time);
  // Stryker disable next-line ConditionalExpression: a cache: building or formatting again gives the same text
  if (!d) {
    const out: Record<string, number> = {};
    for (const p of parts.formatToParts(new Date(time))) if (p.type === "year" || p.type === "month" || p.type === "day") out[p.type] = Number(p.value);
    known.set(time, (d = Object.freeze({ year: out.year, month: out.month, day: out.day })));
  }
  return d;
}

export interface PersianMonthStart extends PersianDate {
  /** Epoch ms of the Gregorian day (UTC midnight) on which the Persian month begins. */
  time: number;
}

/** Every first day of a Persian month from `from` to `to` (epoch ms, inclusive), in order. */
export function persianMonthStarts(from: number, to: number): PersianMonthStart[] {
  const out: PersianMonthStart[] = [];
  // Months are 29–31 days long: step a day at a time to the first start, then by 29 days and on.
  let t = Math.ceil(from / DAY_MS) * DAY_MS;
  while (t <= to) {
    const d = persianDate(t);
    if (d.day === 1) {
      out.push({ ...d, time: t });
      t += 29 * DAY_MS;
    } else t += DAY_MS;
  }
  return out;
}
