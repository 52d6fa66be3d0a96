import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { latinLeaks } from "./latin-leaks.ts";

/**
 * The Persian edition reads as Persian (issue 12): on every /fa/ page, current and archived,
 * Latin-script text is only names, quotes, code and URLs, each isolated so that it cannot
 * reorder the sentence around it, and no date is written the English way.
 */
const DIST = join(import.meta.dirname, "../../dist");
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : []));
}
const pages = htmlFiles(join(DIST, "fa")).map((f) => ({ path: relative(DIST, f), leaks: latinLeaks(readFileSync(f, "utf8")) }));

/** The offending texts, most frequent first, each with one page it is on. */
function worst(kind: "unisolated" | "englishDates") {
  const seen = new Map<string, { n: number; page: string }>();
  for (const p of pages) for (const text of p.leaks[kind]) seen.set(text, { n: (seen.get(text)?.n ?? 0) + 1, page: seen.get(text)?.page ?? p.path });
  return [...seen].sort((a, b) => b[1].n - a[1].n).slice(0, 25).map(([text, { n, page }]) => `${n}× ${JSON.stringify(text)} (${page})`);
}

describe("Persian pages", () => {
  it("cover the whole Persian edition", () => expect(pages.length).toBeGreaterThan(1000));
  it("leave no Latin text unisolated", () => expect(worst("unisolated")).toEqual([]));
  it("write no date the English way", () => expect(worst("englishDates")).toEqual([]));
});
