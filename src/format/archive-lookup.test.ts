import { describe, expect, it } from "vitest";
import { archiveLookupUrl } from "./archive-lookup.ts";

describe("archiveLookupUrl", () => {
  it("asks for the copy nearest the document's day, keeping the address whole", () =>
    expect(archiveLookupUrl("https://www.ynetnews.com/article/hyrbpevrbl?x=1", "2026-01-13")).toBe("https://web.archive.org/web/20260113/https://www.ynetnews.com/article/hyrbpevrbl?x=1"));
  it("lists every copy when the day is unknown", () => expect(archiveLookupUrl("https://example.org/a", null)).toBe("https://web.archive.org/web/*/https://example.org/a"));
});
