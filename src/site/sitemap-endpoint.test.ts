import { afterEach, describe, expect, it, vi } from "vitest";
import { useFixtureData } from "../../tests/unit/fixture-site.ts";
import * as sitemaps from "./sitemap-endpoint.ts";

afterEach(() => vi.unstubAllEnvs());

/** The endpoints, over the test dataset. */
async function endpoints() {
  useFixtureData();
  return sitemaps;
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
const ORIGIN = "http://localhost:4321";

describe("/sitemap-<language>.xml of the test dataset", () => {
  it("lists every page of the latest English site as an absolute address, as XML", async () => {
    const response = (await endpoints()).sitemapEndpoint("en")();
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    const urls = locs(await response.text());
    expect(urls.slice(0, 8)).toEqual(["/", "/compare/", "/sources/", "/search/", "/data/", "/changelog/", "/methodology/", "/accessibility/"].map((p) => ORIGIN + p));
    // 1 wave, 2 series, 5 figures, 3 documents, 2 organisations.
    expect(urls).toHaveLength(8 + 1 + 2 + 5 + 3 + 2);
    for (const page of [
      "/waves/example-wave/",
      "/series/example-monitor-arrested-2026/",
      "/series/example-observatory-killed-2026/",
      "/figures/example-monitor-arrested-2026.2026-01-05.example-monitor-day-5/",
      "/figures/example-observatory-killed-2026.2026-01-11.example-monitor-day-10/",
      "/sources/example-news-story/",
      "/organisations/example-observatory/",
    ])
      expect(urls).toContain(ORIGIN + page);
  });

  it("lists the Persian pages under /fa/", async () => {
    const urls = locs(await (await endpoints()).sitemapEndpoint("fa")().text());
    expect(urls[0]).toBe(`${ORIGIN}/fa/`);
    expect(urls).toHaveLength(21);
    expect(urls.every((u) => u.startsWith(`${ORIGIN}/fa/`))).toBe(true);
    expect(urls).toContain(`${ORIGIN}/fa/waves/example-wave/`);
  });
});

describe("/sitemap.xml and /robots.txt", () => {
  it("the index names both language sitemaps", async () => {
    const response = (await endpoints()).sitemapIndexEndpoint();
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain("<sitemapindex");
    expect(locs(xml)).toEqual([`${ORIGIN}/sitemap-en.xml`, `${ORIGIN}/sitemap-fa.xml`]);
  });

  it("robots.txt lets everything be crawled and names both sitemaps, as plain text", async () => {
    const response = (await endpoints()).robotsEndpoint();
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap-en.xml\nSitemap: ${ORIGIN}/sitemap-fa.xml\n`);
  });
});
