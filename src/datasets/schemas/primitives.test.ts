import { describe, expect, it } from "vitest";
import { isHttpUrl, sameUrlKey } from "./primitives.ts";

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
