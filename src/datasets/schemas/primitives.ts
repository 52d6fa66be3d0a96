import { z } from "../zod.ts";

/** Lower-case slug used for every record id; ids appear in URLs, so keep them plain. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, {
    message:
      "is not a valid id|use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (e.g. \"hrana-arrested-2025-26\")",
  });

/** True when `s` names a day that exists in the Gregorian calendar (2026-02-30 does not). */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** An ISO calendar date, YYYY-MM-DD, that really exists. */
export const IsoDate = z.string().refine(isRealDate, {
  message: "is not a real calendar date|write an existing date as YYYY-MM-DD, e.g. \"2026-01-11\"",
});

/** Only http(s) URLs may ever become links on the site. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
  } catch {
    return false;
  }
}

export const HttpUrl = z.string().refine(isHttpUrl, {
  message: "is not an http(s) URL|give the full address starting with https:// (other schemes such as javascript: are refused)",
});

const NOT_WHOLE = "is not a whole number|counts of people are whole numbers: copy the figure exactly as published";
const NEGATIVE = "is negative|counts of people cannot be negative: copy the figure exactly as published";
const TOO_LARGE = `is too large|counts of people are whole numbers up to ${Number.MAX_SAFE_INTEGER}, the largest a JSON reader keeps exactly: copy the figure exactly as published`;

/**
 * Counts of people: whole, non-negative and at most Number.MAX_SAFE_INTEGER (zod's int()
 * refuses larger numbers itself; its issue is reworded here so it does not say "not whole").
 */
export const Count = z
  .number()
  .int({ error: (issue) => (issue.code === "too_big" ? TOO_LARGE : issue.code === "too_small" ? NEGATIVE : NOT_WHOLE), abort: true })
  .nonnegative({ message: NEGATIVE });

export const NonEmptyText = z.string().trim().min(1, { message: "is empty|write the text, or remove the field if it is optional" });
