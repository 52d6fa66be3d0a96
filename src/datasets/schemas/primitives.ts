import { codePoint } from "../unusual-characters.ts";
import { isRealDate } from "../../format/real-date.ts";
import { z } from "../zod.ts";

export { isRealDate };

/** Lower-case slug used for every record id; ids appear in URLs, so keep them plain. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, {
    message:
      "is not a valid id|use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (e.g. \"hrana-arrested-2025-26\")",
  });

/** An ISO calendar date, YYYY-MM-DD, that really exists. */
export const IsoDate = z.string().refine(isRealDate, {
  message: "is not a real calendar date|write an existing date as YYYY-MM-DD, e.g. \"2026-01-11\"",
});

/**
 * Only http(s) URLs may ever become links on the site, written in full ("https://host/…": a
 * browser would repair "http:/x" or "https:x", a reader copying the address would not), and
 * without a user name or password in them.
 */
export function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\/[^/?#\s]/i.test(s)) return false;
  try {
    const u = new URL(s);
    // Stryker disable next-line all: defence in depth: the test above already requires http:// or https:// and a host (an http(s) URL with an empty host does not parse)
    const httpWithHost = (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
    return httpWithHost && u.username === "" && u.password === "";
  } catch {
    return false;
  }
}

export const HttpUrl = z.string().refine(isHttpUrl, {
  message: "is not a full http(s) URL without credentials|give the whole address as https://host/path (other schemes such as javascript:, a missing //, or a user:password@ part are refused)",
});

/** The same address however it is written: scheme and host in lower case, no default port (for "one source per URL"). */
export function sameUrlKey(s: string): string {
  try {
    return new URL(s).href;
  } catch {
    return s;
  }
}

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

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const VISIBLE = /[^\s\p{Cf}\p{Zs}\u034f\u115f\u1160\u3164]/u;

/**
 * Text a reader sees: not empty, not made only of invisible characters (zero-width spaces),
 * and without control characters (an escape sequence would reach terminals and the Atom feed;
 * one broke the share-image renderer). Tabs and line breaks are allowed.
 */
export const NonEmptyText = z
  .string()
  .trim()
  // abort: an empty text is "empty", not also "without a visible character (only )"
  .min(1, { message: "is empty|write the text, or remove the field if it is optional", abort: true })
  .superRefine((s, ctx) => {
    const bad = CONTROL.exec(s);
    if (bad)
      ctx.addIssue({
        // Stryker disable next-line StringLiteral: problemsFromZod reads the message of any issue zod does not name itself, whatever its code
        code: "custom",
        message: `contains the control character ${codePoint(bad[0])} at character ${bad.index + 1}|remove it: control characters are never part of a published text (look for an escape such as \\u001b in the JSON)`,
      });
    else if (!VISIBLE.test(s)) {
      const points = [...new Set([...s].map(codePoint))].join(", ");
      ctx.addIssue({
        // Stryker disable next-line StringLiteral: as above, the code is not read
        code: "custom",
        message: `has no visible character (only ${points})|write the text: zero-width and other invisible characters alone are not a text`,
      });
    }
  });
