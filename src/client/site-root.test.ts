import { describe, expect, it } from "vitest";
import { siteHref } from "./site-root.ts";

/** Just what siteHref reads of a document. */
const doc = (href: string, root?: string) => ({ location: new URL(href), documentElement: { dataset: root === undefined ? {} : { siteRoot: root } } }) as unknown as Document;

describe("addresses from JSON, resolved from the page's site root", () => {
  it("stay root addresses on the official site", () => {
    expect(siteHref("/figures/f/", doc("https://x.example/waves/w/", "/"))).toBe("/figures/f/");
  });
  it("get a mirror's prefix", () => {
    expect(siteHref("/figures/f/?a=1", doc("https://m.example/mirror/waves/w/", "/mirror/"))).toBe("/mirror/figures/f/?a=1");
  });
  it("name the file in an offline copy opened by file name", () => {
    expect(siteHref("/figures/f/", doc("file:///home/r/site/fa/waves/w/index.html", "../../../"))).toBe("file:///home/r/site/figures/f/index.html");
  });
  it("leave other addresses alone", () => {
    expect(siteHref("https://y.example/a", doc("https://x.example/", "/"))).toBe("https://y.example/a");
  });
});
