import { describe, expect, it } from "vitest";
import { makeRoutes, otherLanguagePath, routes, versionRoutes } from "./routes.ts";

describe("the site's addresses", () => {
  it("put the latest English pages at the root, each ending in a slash", () => {
    const r = makeRoutes();
    expect([r.home(), r.wave("w1"), r.series("s1"), r.source("d1"), r.sources(), r.organisation("o1"), r.figure("f1"), r.compare()]).toEqual([
      "/", "/waves/w1/", "/series/s1/", "/sources/d1/", "/sources/", "/organisations/o1/", "/figures/f1/", "/compare/",
    ]);
    expect([r.chartData("home"), r.asReported("w1")]).toEqual(["/charts/home.json", "/waves/w1/as-reported.json"]);
    expect([r.methodology(), r.accessibility(), r.changelog(), r.data(), r.search(), r.searchDocuments(), r.release("2026-12-01")]).toEqual([
      "/methodology/", "/accessibility/", "/changelog/", "/data/", "/search/", "/search/documents.json", "/v/2026-12-01/",
    ]);
    expect(routes.home()).toBe("/");
  });

  it("put the Persian pages under /fa/, and a release's under /v/<version>/", () => {
    const fa = makeRoutes({ lang: "/fa" });
    expect([fa.home(), fa.wave("w1"), fa.figure("f1"), fa.chartData("home"), fa.methodology(), fa.searchDocuments(), fa.release("1.0")]).toEqual([
      "/fa/", "/fa/waves/w1/", "/fa/figures/f1/", "/fa/charts/home.json", "/fa/methodology/", "/fa/search/documents.json", "/fa/v/1.0/",
    ]);
    const v = versionRoutes("2026-12-01");
    expect([v.home(), v.series("s1"), v.sources(), v.organisation("o1"), v.asReported("w1")]).toEqual([
      "/v/2026-12-01/", "/v/2026-12-01/series/s1/", "/v/2026-12-01/sources/", "/v/2026-12-01/organisations/o1/", "/v/2026-12-01/waves/w1/as-reported.json",
    ]);
    expect(versionRoutes("2026-12-01", "/fa").compare()).toBe("/fa/v/2026-12-01/compare/");
  });

  it("keep the pages that exist once per language out of a release's prefix", () => {
    const v = versionRoutes("2026-12-01", "/fa");
    expect([v.methodology(), v.accessibility(), v.changelog(), v.data(), v.search()]).toEqual(["/fa/methodology/", "/fa/accessibility/", "/fa/changelog/", "/fa/data/", "/fa/search/"]);
  });

  it("give downloads, the API and the feed one address for both languages", () => {
    for (const r of [makeRoutes(), versionRoutes("1.0", "/fa")]) {
      expect(r.feed()).toBe("/changelog.xml");
      expect(r.download("2026-12-01", "figures.csv")).toBe("/downloads/2026-12-01/figures.csv");
      expect(r.api("series/s1.json")).toBe("/api/v1/series/s1.json");
    }
  });
});

describe("the same page in the other language", () => {
  it("adds /fa to an English page and takes it off a Persian one", () => {
    expect(otherLanguagePath("/waves/w1/")).toBe("/fa/waves/w1/");
    expect(otherLanguagePath("/")).toBe("/fa/");
    expect(otherLanguagePath("/fa/waves/w1/")).toBe("/waves/w1/");
    expect(otherLanguagePath("/fa/")).toBe("/");
    expect(otherLanguagePath("/fa")).toBe("/");
  });

  it("reads /fa only as the first segment", () => {
    expect(otherLanguagePath("/faq/")).toBe("/fa/faq/");
    expect(otherLanguagePath("/waves/fa/")).toBe("/fa/waves/fa/");
  });
});
