import { describe, expect, it } from "vitest";
import { Count, isHttpUrl, NonEmptyText, sameUrlKey } from "./primitives.ts";

// Only these addresses may become links on the site (components/ExternalLink.astro): a source URL
// that passes here is rendered as <a href>, so anything else must be refused by the validator.
describe("isHttpUrl", () => {
  it("accepts full http and https addresses, in any case", () => {
    expect(isHttpUrl("https://www.hra-news.org/2026/hranews/a-123/")).toBe(true);
    expect(isHttpUrl("http://example.org")).toBe(true);
    expect(isHttpUrl("HTTPS://Example.org/Path?q=1#x")).toBe(true);
  });
  it("refuses other schemes even when they have a host", () => {
    expect(isHttpUrl("javascript://example.org/%0Aalert(1)")).toBe(false);
    expect(isHttpUrl("ftp://example.org/report.pdf")).toBe(false);
    expect(isHttpUrl("file://host/etc/passwd")).toBe(false);
    expect(isHttpUrl("data:text/html,<b>x</b>")).toBe(false);
  });
  it("refuses addresses a browser would repair but a reader copying them would not", () => {
    expect(isHttpUrl("https:example.org")).toBe(false);
    expect(isHttpUrl("http:/example.org")).toBe(false);
    expect(isHttpUrl("https:///example.org")).toBe(false);
    expect(isHttpUrl("//example.org/x")).toBe(false);
    expect(isHttpUrl(" https://example.org/")).toBe(false);
  });
  it("refuses a user name or password in the address", () => {
    expect(isHttpUrl("https://user@example.org/")).toBe(false);
    expect(isHttpUrl("https://user:secret@example.org/")).toBe(false);
    expect(isHttpUrl("https://:secret@example.org/")).toBe(false);
  });
  it("refuses what is not a URL at all", () => {
    expect(isHttpUrl("https://exa mple.org/")).toBe(false);
    expect(isHttpUrl("https://[::1/")).toBe(false);
    expect(isHttpUrl("")).toBe(false);
  });
});

describe("sameUrlKey", () => {
  it("gives one key however scheme, host and default port are written", () => {
    expect(sameUrlKey("HTTPS://Example.ORG:443/a")).toBe(sameUrlKey("https://example.org/a"));
    expect(sameUrlKey("http://example.org:80")).toBe("http://example.org/");
  });
  it("keeps paths apart and leaves what it cannot read as it is", () => {
    expect(sameUrlKey("https://example.org/A")).not.toBe(sameUrlKey("https://example.org/a"));
    expect(sameUrlKey("not a url")).toBe("not a url");
  });
});

describe("Count", () => {
  const message = (v: unknown) => Count.safeParse(v).error?.issues.map((i) => i.message);
  it("accepts whole counts from 0 to the largest a JSON reader keeps exactly", () => {
    for (const v of [0, 1, 2638, Number.MAX_SAFE_INTEGER]) expect(Count.safeParse(v).success, String(v)).toBe(true);
  });
  it("says why a number is not a count, once, with the fix", () => {
    expect(message(1.5)).toEqual(["is not a whole number|counts of people are whole numbers: copy the figure exactly as published"]);
    expect(message(-1)).toEqual(["is negative|counts of people cannot be negative: copy the figure exactly as published"]);
    expect(message(-1e300)).toEqual(["is negative|counts of people cannot be negative: copy the figure exactly as published"]);
    expect(message(Number.MAX_SAFE_INTEGER + 1)).toEqual([
      "is too large|counts of people are whole numbers up to 9007199254740991, the largest a JSON reader keeps exactly: copy the figure exactly as published",
    ]);
  });
});

describe("NonEmptyText", () => {
  const message = (v: string) => NonEmptyText.safeParse(v).error?.issues.map((i) => i.message);
  it("accepts text with tabs and line breaks, and trims it", () => {
    expect(NonEmptyText.parse("  a\tb\nc \r\n")).toBe("a\tb\nc");
  });
  it("refuses empty text and text of spaces only", () => {
    expect(message("")).toEqual(["is empty|write the text, or remove the field if it is optional"]);
    expect(message(" \n ")).toEqual(["is empty|write the text, or remove the field if it is optional"]);
  });
  it("names a control character by code point and place (C0, DEL or C1)", () => {
    const fix = "remove it: control characters are never part of a published text (look for an escape such as \\u001b in the JSON)";
    expect(message("ab\u001b[31m")).toEqual([`contains the control character U+001B at character 3|${fix}`]);
    expect(message("a\u0000")).toEqual([`contains the control character U+0000 at character 2|${fix}`]);
    expect(message("x\u007f")).toEqual([`contains the control character U+007F at character 2|${fix}`]);
    expect(message("x\u0085y")).toEqual([`contains the control character U+0085 at character 2|${fix}`]);
  });
  it("refuses text of invisible characters only, listing each kind once", () => {
    const fix = "write the text: zero-width and other invisible characters alone are not a text";
    expect(message("\u200b\u200b")).toEqual([`has no visible character (only U+200B)|${fix}`]);
    expect(message("\u200b\u200c\u200b")).toEqual([`has no visible character (only U+200B, U+200C)|${fix}`]);
    expect(message("\u3164")).toEqual([`has no visible character (only U+3164)|${fix}`]);
    expect(NonEmptyText.safeParse("\u200bx").success).toBe(true);
  });
});
