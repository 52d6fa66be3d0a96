import { describe, expect, it } from "vitest";
import { basePathProblem, isRootPath, normaliseBasePath, portableCss, portableHtml, portableUrl, relativeFile, rewriteHtml, rootFrom, withBase } from "./rewrite-links.ts";

const files = new Set(["index.html", "waves/w1/index.html", "fa/waves/w1/index.html", "figures/f 1/index.html", "_astro/site.css", "fonts/a.woff2", "charts/c.json", "downloads/v1/figures.csv"]);
const links = {
  fileOf: (p: string) => {
    const f = p.replace(/^\//, "") + (p.endsWith("/") ? "index.html" : "");
    return files.has(f) ? f : files.has(`${f}/index.html`) ? `${f}/index.html` : null;
  },
  origin: "https://official.example/",
};

describe("addresses from the site's root", () => {
  it("are /…, not protocol-relative, absolute or relative", () => {
    expect(isRootPath("/waves/w1/")).toBe(true);
    for (const url of ["//cdn.example/x", "https://x.example/", "waves/w1/", "#top", ""]) expect(isRootPath(url), url).toBe(false);
  });
});

describe("relative addresses between archive files", () => {
  it("climb out of the page's folder and name the file", () => {
    expect(relativeFile("fa/waves/w1/index.html", "waves/w1/index.html")).toBe("../../../waves/w1/index.html");
    expect(relativeFile("index.html", "waves/w1/index.html")).toBe("waves/w1/index.html");
    expect(relativeFile("waves/w1/index.html", "waves/w2/index.html")).toBe("../w2/index.html");
    expect(relativeFile("waves/w1/index.html", "waves/w1/index.html")).toBe("index.html");
    expect(relativeFile("waves/w1/index.html", "waves/w1")).toBe("../w1");
    expect(relativeFile("a/b/index.html", "a/b/c/d.html")).toBe("c/d.html");
    expect(relativeFile("a/index.html", "a")).toBe("../a");
  });
  it("name the archive's root folder from any depth", () => {
    expect(rootFrom("index.html")).toBe("./");
    expect(rootFrom("fa/waves/w1/index.html")).toBe("../../../");
  });
});

describe("portable addresses (file://, Kiwix)", () => {
  it("keep the query and the fragment", () => {
    expect(portableUrl("/waves/w1/?on=2026-01-10#chart", "index.html", links)).toBe("waves/w1/index.html?on=2026-01-10#chart");
    expect(portableUrl("/waves/w1/#chart", "index.html", links)).toBe("waves/w1/index.html#chart");
    expect(portableUrl("/?q=1", "waves/w1/index.html", links)).toBe("../../index.html?q=1");
  });
  it("find a folder's page written without its final slash", () => {
    expect(portableUrl("/waves/w1", "fa/waves/w1/index.html", links)).toBe("../../../waves/w1/index.html");
  });
  it("encode what a file name needs, after finding it by its decoded name", () => {
    expect(portableUrl("/figures/f%201/", "index.html", links)).toBe("figures/f%201/index.html");
  });
  it("send addresses the archive leaves out to the official site", () => {
    expect(portableUrl("/v/v0/waves/w1/?x=1", "waves/w1/index.html", links)).toBe("https://official.example/v/v0/waves/w1/?x=1");
  });
  it("rewrite every attribute holding a root address, and nothing else", () => {
    const html =
      '<html data-site-root="/"><a href="/waves/w1/">w</a><a href="https://x.example/a">x</a><a href="//cdn.example/x">p</a>' +
      '<a href="#top">t</a><figure data-chart-src="/charts/c.json"></figure><form action="/search/"></form>' +
      '<svg><a href="/figures/f%201/"><path d="M0,0 L1,1"/></a></svg><a href="/waves/w1/?a=1&amp;b=2">q</a><p>/waves/w1/ in text</p></html>';
    expect(portableHtml(html, "fa/waves/w1/index.html", links)).toBe(
      '<html data-site-root="../../../"><a href="../../../waves/w1/index.html">w</a><a href="https://x.example/a">x</a><a href="//cdn.example/x">p</a>' +
        '<a href="#top">t</a><figure data-chart-src="../../../charts/c.json"></figure><form action="https://official.example/search/"></form>' +
        '<svg><a href="../../../figures/f%201/index.html"><path d="M0,0 L1,1"/></a></svg><a href="../../../waves/w1/index.html?a=1&amp;b=2">q</a><p>/waves/w1/ in text</p></html>',
    );
  });
  it("rewrite url(…) in stylesheets, quoted or not", () => {
    expect(portableCss('a{background:url(/fonts/a.woff2)}b{src:url("/fonts/a.woff2")}c{x:url(data:x)}', "_astro/site.css", links)).toBe(
      'a{background:url(../fonts/a.woff2)}b{src:url("../fonts/a.woff2")}c{x:url(data:x)}',
    );
  });
});

describe("a mirror's path prefix (BASE_PATH)", () => {
  it("is normalised to one leading and one trailing slash", () => {
    expect(normaliseBasePath("mirror/dashboard")).toBe("/mirror/dashboard/");
    expect(normaliseBasePath("/mirror/dashboard/")).toBe("/mirror/dashboard/");
    expect(normaliseBasePath("")).toBe("/");
    expect(normaliseBasePath("/")).toBe("/");
    expect(normaliseBasePath("  //mirror/dashboard//  ")).toBe("/mirror/dashboard/");
  });
  it("says why a value cannot be a path prefix", () => {
    const host = "it is a path on the mirror's host, such as /mirror/dashboard/, not an address with a host";
    const chars = "it may hold only path segments (letters, digits, - _ . ~ and /), no query, fragment, quotes or spaces";
    const segments = "it may not hold empty, . or .. segments";
    const cases: Array<[string, string | null]> = [
      ["https://x.example/m/", host],
      ["HTTP://x.example/m/", host],
      ["  https://x.example/m/", host],
      ["//x.example/m/", host],
      ["  //x.example/m/", host],
      ["/a:b/", null],
      ["/m/?x=1", chars],
      ["/m/#a", chars],
      ["/a b/", chars],
      ["/a\\b/", chars],
      ['/a"b/', chars],
      ["/a/../b/", segments],
      ["/a/./b/", segments],
      ["/a//b/", segments],
      ["  /mirror/dashboard/  ", null],
      ["/mirror//", null],
    ];
    for (const [value, problem] of cases) expect(basePathProblem(value), value).toBe(problem);
  });
  it("refuses hosts, queries, spaces and dot segments", () => {
    expect(basePathProblem("/mirror/dashboard/")).toBeNull();
    for (const bad of ["https://x.example/m/", "//x.example/m/", "/m/?x=1", "/m/#a", "/a b/", "/a/../b/", "/a//b/"]) expect(basePathProblem(bad), bad).not.toBeNull();
  });
  it("prefixes root addresses, and leaves the default build as it is", () => {
    expect(withBase("/waves/w1/", "/mirror/")).toBe("/mirror/waves/w1/");
    expect(withBase("/", "/mirror/")).toBe("/mirror/");
    expect(withBase("/waves/w1/", "/")).toBe("/waves/w1/");
    const html = '<html data-site-root="/"><link rel="canonical" href="https://official.example/waves/w1/"><a href="/waves/w1/">w</a>';
    expect(rewriteHtml(html, (u) => withBase(u, "/m/"))).toBe('<html data-site-root="/m/"><link rel="canonical" href="https://official.example/waves/w1/"><a href="/m/waves/w1/">w</a>');
  });
});
