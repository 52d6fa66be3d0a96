/**
 * Prose in data/ (wave summaries, timeline notes, series caveats) never types a count by hand:
 * it cites figures with placeholders that the site fills from the data, so the prose cannot
 * drift from the figures. `{figure:<id>}` is the figure as a reader says it ("at least
 * 52,941"); `{as_of:<id>}` is the day it refers to.
 */
import { latinDigits } from "./latin-digits.ts";

export type FactSegment = { text: string } | { figure: string; part: "figure" | "as_of" };

const PLACEHOLDER = /\{(figure|as_of):([a-z0-9][a-z0-9.-]*)\}/g;

export function parseFactText(text: string): FactSegment[] {
  const out: FactSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ figure: m[2], part: m[1] as "figure" | "as_of" });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** Figure ids a text cites. */
export function citedFigures(text: string): string[] {
  return parseFactText(text).flatMap((s) => ("figure" in s ? [s.figure] : []));
}

const DIGITS = "0-9\u06f0-\u06f9\u0660-\u0669";
const NUMBER = new RegExp(`[${DIGITS}]+(?:[,.\u066c\u066b\u00a0\u202f ][${DIGITS}]{3})*`, "g");
const DURATION = /^\s*(?:hours?|days?|ساعت|روز)/;

/**
 * Hand-typed counts in a text outside its placeholders: any number of 100 or more, except a
 * year (1900–2099, or 1300–1499 in the Solar Hijri calendar). Small numbers ("22-year-old",
 * "day 27", a day of the month) are left to the writer.
 */
export function handTypedCounts(text: string): string[] {
  return parseFactText(text)
    // A duration ("more than 300 hours") is not a count of people.
    .flatMap((s) => ("text" in s ? [...s.text.matchAll(NUMBER)].filter((m) => !DURATION.test(s.text.slice(m.index + m[0].length))).map((m) => m[0]) : []))
    .filter((raw) => {
      const n = Number(latinDigits(raw).replace(/[^0-9]/g, ""));
      const plainYear = /^[0-9\u06f0-\u06f9]{4}$/.test(raw) && ((n >= 1900 && n <= 2099) || (n >= 1300 && n <= 1499));
      return n >= 100 && !plainYear;
    });
}

/** A qualifier written before a figure placeholder, which already says its own ("more than {figure:…}" → "more than more than 1,000"). */
const QUALIFIER_BEFORE = /(?:^|[\s(«"'])(more than|at least|about|around|nearly|almost|some|over|up to|approximately|an estimated|بیش از|حدود|دست‌کم|نزدیک به|تقریباً)\s*\{figure:/giu;

export function qualifiersBeforeFigures(text: string): string[] {
  return [...text.matchAll(QUALIFIER_BEFORE)].map((m) => m[1]);
}
