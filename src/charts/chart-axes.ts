import { scaleLinear, scaleUtc } from "d3-scale";
import { formatCount } from "../format/format-count.ts";
import type { ChartTick } from "./chart-types.ts";
import { round1 } from "./chart-annotations.ts";
import { textWidth } from "./label-layout.ts";
import { persianDate, persianMonthStarts } from "../format/persian-calendar.ts";
import { isolateRtl } from "../format/bidi.ts";
import { formatYear } from "../format/format-date.ts";

export interface Axis {
  scale: (v: number) => number;
  domain: [number, number];
  ticks: ChartTick[];
}

const DAY_MS = 86_400_000;

/**
 * The x axis: UTC dates (epoch ms) or days since the wave began. A one-day (or one-point)
 * extent is widened by a day on each side so the scale never collapses.
 */
export function xAxis(kind: "date" | "days", extent: [number, number], range: [number, number], locale: string, fontSize = 12): Axis {
  const pad = kind === "date" ? DAY_MS : 1;
  const domain: [number, number] = extent[0] === extent[1] ? [extent[0] - pad, extent[1] + pad] : extent;
  // About one tick per 130 px; d3 rounds to a sensible interval (days, weeks, months, years).
  // Fewer ticks while any two labels would touch (a narrow chart, long Persian month names).
  for (let count = Math.max(2, Math.floor((range[1] - range[0]) / 130)); ; count--) {
    const axis = ticksFor(kind, domain, range, locale, count);
    if (count <= 1 || !crowded(axis.ticks, fontSize)) return axis;
  }
}

function ticksFor(kind: "date" | "days", domain: [number, number], range: [number, number], locale: string, count: number): Axis {
  if (kind === "days") {
    const s = scaleLinear().domain(domain).range(range);
    const ticks = s.ticks(count).filter(Number.isInteger);
    return { scale: s, domain, ticks: ticks.map((v) => ({ value: v, pos: round1(s(v)), label: formatCount(v, locale) })) };
  }
  const s = scaleUtc().domain(domain).range(range);
  if (isPersian(locale)) {
    const months = persianMonthTicks(domain, count);
    if (months) return { scale: (v) => s(v), domain, ticks: months.map((m) => ({ value: m.time, pos: round1(s(m.time)), label: m.label })) };
  }
  const dates = s.ticks(count);
  const labels = dateTickLabels(dates, locale);
  return { scale: (v) => s(v), domain, ticks: dates.map((d, i) => ({ value: d.getTime(), pos: round1(s(d)), label: labels[i] })) };
}

const isPersian = (locale: string) => locale.toLowerCase().startsWith("fa");
const faMonth = new Intl.DateTimeFormat("fa-IR-u-ca-persian", { timeZone: "UTC", month: "long" });
const faDay = new Intl.DateTimeFormat("fa-IR-u-ca-persian", { timeZone: "UTC", day: "numeric", month: "long" });
const faDayYear = new Intl.DateTimeFormat("fa-IR-u-ca-persian", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });

/**
 * Persian month ticks on Persian month starts (every 1, 2, 3 or 6 months, or at Nowruz only),
 * labelled by the month, with the year on the first tick and at each Nowruz. Null when the
 * span holds fewer than two month starts: then day ticks, labelled by their Persian date, serve.
 */
function persianMonthTicks(domain: [number, number], count: number): Array<{ time: number; label: string }> | null {
  const starts = persianMonthStarts(domain[0], domain[1]);
  // Month ticks need at least as many month starts as the axis has room for, up to three.
  if (starts.length < Math.min(3, Math.max(2, count))) return null;
  for (const step of [1, 2, 3, 6, 12]) {
    const picked = starts.filter((m) => (m.month - 1) % step === 0);
    if (picked.length > Math.max(2, count) && step < 12) continue;
    return picked.map((m, i) => {
      const d = new Date(m.time);
      const year = formatYear(d, "fa");
      const label = step === 12 ? year : i === 0 || m.month === 1 ? `${faMonth.format(d)} ${year}` : faMonth.format(d);
      return { time: m.time, label: isolateRtl(label) };
    });
  }
  return null;
}

/** true when two neighbouring tick labels (centred on their ticks) come closer than half an em. */
function crowded(ticks: ChartTick[], fontSize: number): boolean {
  return ticks.some((t, i) => i > 0 && ticks[i - 1].pos + textWidth(ticks[i - 1].label, fontSize) / 2 + fontSize / 2 > t.pos - textWidth(t.label, fontSize) / 2);
}

/** The y axis starts at zero and ends on a round number at or above the largest value. */
export function yAxis(max: number, range: [number, number], locale: string): Axis {
  const s = scaleLinear().domain([0, max > 0 ? max : 1]).range(range).nice();
  const [d0, d1] = s.domain() as [number, number];
  const ticks = s.ticks(5).filter(Number.isInteger);
  return { scale: s, domain: [d0, d1], ticks: ticks.map((v) => ({ value: v, pos: round1(s(v)), label: formatCount(v, locale) })) };
}

const tickFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Short, unambiguous date labels: "4 Jan", "Jan" or "2026" depending on the tick interval,
 * with the year added on the first tick and wherever the year changes ("28 Dec 2025", "4 Jan 2026").
 */
export function dateTickLabels(ticks: Date[], locale: string): string[] {
  if (isPersian(locale)) {
    // Day ticks named by their Persian date ("۷ دی", "۱۲ بهمن"), never a Persian month name on a
    // Gregorian month start; the year on the first tick and where the Persian year changes.
    return ticks.map((d, i) => {
      const withYear = i === 0 || persianDate(d.getTime()).year !== persianDate(ticks[i - 1].getTime()).year;
      return isolateRtl((withYear ? faDayYear : faDay).format(d));
    });
  }
  const yearly = ticks.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const monthly = ticks.every((d) => d.getUTCDate() === 1);
  return ticks.map((d, i) => {
    const withYear = i === 0 || d.getUTCFullYear() !== ticks[i - 1].getUTCFullYear();
    const parts: Intl.DateTimeFormatOptions = yearly
      ? { year: "numeric" }
      : { ...(monthly ? {} : { day: "numeric" }), month: "short", ...(withYear ? { year: "numeric" } : {}) };
    const key = `${locale}|${yearly ? "y" : `${monthly ? "" : "d"}m${withYear ? "y" : ""}`}`;
    let f = tickFormats.get(key);
    if (!f) tickFormats.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...parts })));
    return f.format(d);
  });
}
