import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapIndexXml, sitemapXml } from "./sitemap.ts";

describe("sitemaps", () => {
  it("one <url><loc> per address, escaped, in the sitemaps.org namespace", () => {
    const xml = sitemapXml(["https://a.example/x/", "https://a.example/?a=1&b=2"]);
    expect(xml.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)).toBe(true);
    expect(xml.match(/<url><loc>/g)).toHaveLength(2);
    expect(xml).toContain("<loc>https://a.example/?a=1&amp;b=2</loc>");
    expect(xml.split("\n").slice(2)).toEqual(["<url><loc>https://a.example/x/</loc></url>", "<url><loc>https://a.example/?a=1&amp;b=2</loc></url>", "</urlset>", ""]);
  });
  it("an index names sitemaps; robots.txt names them on Sitemap lines", () => {
    expect(sitemapIndexXml(["https://a.example/sitemap-en.xml", "https://a.example/sitemap-fa.xml"]).split("\n").slice(2)).toEqual([
      "<sitemap><loc>https://a.example/sitemap-en.xml</loc></sitemap>",
      "<sitemap><loc>https://a.example/sitemap-fa.xml</loc></sitemap>",
      "</sitemapindex>",
      "",
    ]);
    expect(sitemapIndexXml(["https://a.example/sitemap-en.xml"])).toContain("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n<sitemap><loc>https://a.example/sitemap-en.xml</loc></sitemap>");
    expect(robotsTxt(["https://a.example/s1.xml", "https://a.example/s2.xml"]).split("\n")).toEqual(["User-agent: *", "Allow: /", "", "Sitemap: https://a.example/s1.xml", "Sitemap: https://a.example/s2.xml", ""]);
  });
});
