import { describe, expect, it } from "vitest";
import { inOfflineCopy, inZim, offlineFileOf, withoutScripts } from "./offline-files.ts";

describe("what a release's offline copy holds", () => {
  it("the latest pages of both languages, their assets and this release's downloads", () => {
    for (const p of ["index.html", "fa/index.html", "waves/w/index.html", "_astro/a.css", "charts/c.json", "images/c.svg", "downloads/v2/figures.csv", "search/documents.json", "favicon.ico"])
      expect(inOfflineCopy(p, "v2"), p).toBe(true);
  });
  it("not other releases' pages and downloads, the latest alias, share cards nor the copies themselves", () => {
    for (const p of ["v/v1/index.html", "fa/v/v2/index.html", "downloads/v1/figures.csv", "downloads/latest/figures.csv", "images/c.png", "downloads/v2/site.zip", "downloads/v2/site.zim.sha256"])
      expect(inOfflineCopy(p, "v2"), p).toBe(false);
  });
  it("finds pages as a static server does, and the latest downloads under the release's own folder", () => {
    const fileOf = offlineFileOf(new Set(["index.html", "waves/w/index.html", "downloads/v2/figures.csv"]), "v2");
    expect(fileOf("/")).toBe("index.html");
    expect(fileOf("/waves/w/")).toBe("waves/w/index.html");
    expect(fileOf("/waves/w")).toBe("waves/w/index.html");
    expect(fileOf("/downloads/latest/figures.csv")).toBe("downloads/v2/figures.csv");
    expect(fileOf("/v/v1/")).toBeNull();
  });
});

describe("the ZIM's part of the copy", () => {
  it("keeps pages and what they show, leaves out what only scripts and programs read", () => {
    for (const p of ["index.html", "fa/figures/f/index.html", "_astro/a.css", "images/c.svg", "favicon.svg", "changelog.xml"]) expect(inZim(p), p).toBe(true);
    for (const p of ["charts/c.json", "fa/charts/c.json", "api/v1/index.json", "embed/c/index.html", "fa/embed/c/index.html", "downloads/v2/figures.csv", "search/documents.json", "fa/search/documents.json", "waves/w/as-reported.json", "_astro/chart-render.x1.js", "sitemap-en.xml", "robots.txt"])
      expect(inZim(p), p).toBe(false);
  });
  it("pages run no script", () => {
    const html = '<head><script type="module" src="../_astro/x.js"></script></head><body><p>text</p><script>\nalert(1)\n</script></body>';
    expect(withoutScripts(html)).toBe("<head></head><body><p>text</p></body>");
  });
});
