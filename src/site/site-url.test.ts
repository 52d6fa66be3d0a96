import { describe, expect, it } from "vitest";
import { siteUrlProblem } from "./site-url.ts";

describe("which SITE_URL values can be the public origin", () => {
  it("accepts an origin over https, or http (a test server), with or without its final slash", () => {
    expect(siteUrlProblem("https://example.org/")).toBeNull();
    expect(siteUrlProblem("https://example.org")).toBeNull();
    expect(siteUrlProblem("http://localhost:4321/")).toBeNull();
  });

  it("says how to write a value that is not an absolute URL", () => {
    expect(siteUrlProblem("example.org")).toBe('"example.org" is not an absolute URL; write it as https://example.org/');
  });

  it("names the scheme of an address that is not a web page", () => {
    expect(siteUrlProblem("ftp://example.org/")).toBe("it must start with https:// (it starts with ftp://)");
    expect(siteUrlProblem("file:///srv/site/")).toMatch(/starts with file:\/\//);
  });

  it("refuses a user name or a password in the origin", () => {
    expect(siteUrlProblem("https://ann@example.org/")).toBe("it must not hold a user name or password");
    expect(siteUrlProblem("https://:secret@example.org/")).toBe("it must not hold a user name or password");
  });

  it("refuses a query or a fragment, even an empty one", () => {
    const message = "it must not have a query (?…) or fragment (#…)";
    for (const value of ["https://example.org/?a=1", "https://example.org/#top", "https://example.org/?", "https://example.org/#"]) expect(siteUrlProblem(value), value).toBe(message);
  });

  it("refuses a path, and names the origin to use instead", () => {
    expect(siteUrlProblem("https://example.org/dashboard/")).toBe("the site is served from the root of its origin, so SITE_URL is an origin only (https://example.org/), not /dashboard/");
  });
});
