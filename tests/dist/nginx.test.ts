import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NGINX, startNginx, type RunningNginx } from "../../scripts/nginx-serve.ts";

// The production nginx configuration (deploy/nginx/) serving the built dist/.
const DIST = join(import.meta.dirname, "../../dist");
let nginx: RunningNginx;

beforeAll(async () => {
  if (!NGINX) throw new Error("nginx is missing: apt-get install -y nginx (.ci/run installs it); these tests never skip");
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ is missing: run npm run build first");
  nginx = await startNginx(DIST, 8097);
});
afterAll(() => nginx?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${nginx.url}${path}`, { headers: { "accept-encoding": "gzip", ...headers }, redirect: "manual" });

describe("nginx serving dist/", () => {
  const types: Array<[string, string]> = [
    ["/", "text/html; charset=utf-8"],
    ["/fa/waves/iran-2025-26/", "text/html; charset=utf-8"],
    ["/charts/home-detainees.json", "application/json; charset=utf-8"],
    ["/images/home-detainees.svg", "image/svg+xml; charset=utf-8"],
    ["/images/home-detainees.png", "image/png"],
    ["/changelog.xml", "application/atom+xml; charset=utf-8"],
    ["/downloads/latest/figures.csv", "text/csv; charset=utf-8"],
    ["/downloads/latest/README.md", "text/markdown; charset=utf-8"],
    ["/downloads/latest/site.zip", "application/zip"],
    ["/downloads/latest/site.zim", "application/x-zim"],
    ["/downloads/latest/site.zip.sha256", "text/plain; charset=utf-8"],
    ["/favicon.svg", "image/svg+xml; charset=utf-8"],
    ["/favicon.ico", "image/x-icon"],
    ["/apple-touch-icon.png", "image/png"],
    ["/manifest.webmanifest", "application/manifest+json; charset=utf-8"],
    ["/fa/manifest.webmanifest", "application/manifest+json; charset=utf-8"],
    ["/robots.txt", "text/plain; charset=utf-8"],
    ["/sitemap.xml", "text/xml; charset=utf-8"],
    ["/sitemap-fa.xml", "text/xml; charset=utf-8"],
  ];
  for (const [path, type] of types) it(`serves ${path} as ${type}`, async () => expect((await get(path)).headers.get("content-type")).toBe(type));

  it("serves hashed assets with a year of immutable caching and compression", async () => {
    const html = await (await get("/")).text();
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1];
    const r = await get(css);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(r.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(r.headers.get("content-encoding")).toBe("gzip");
  });

  it("caches pages briefly, so a new release shows within minutes", async () => {
    const r = await get("/waves/iran-2022-23/");
    expect(r.headers.get("cache-control")).toBe("public, max-age=300");
    expect(r.headers.get("content-encoding")).toBe("gzip");
  });

  it("caches a released version's downloads for good", async () => {
    const version = ((await (await get("/api/v1/index.json")).json()) as { version: string }).version;
    expect((await get(`/downloads/${version}/figures.csv`)).headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("sends the security headers on pages, assets and errors", async () => {
    for (const path of ["/", "/charts/home-detainees.json", "/no-such-page/"]) {
      const r = await get(path);
      expect(r.headers.get("content-security-policy")).toMatch(/^default-src 'none'; script-src 'self';/);
      expect(r.headers.get("content-security-policy")).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("referrer-policy")).toBe("no-referrer");
      expect(r.headers.get("server")).toBe("nginx");
    }
  });

  it("lets other sites frame embeds, and only embeds", async () => {
    expect((await get("/embed/home-detainees/")).headers.get("content-security-policy")).toMatch(/frame-ancestors \*$/);
    expect((await get("/embed/home-detainees/")).headers.get("x-frame-options")).toBeNull();
    expect((await get("/")).headers.get("content-security-policy")).toMatch(/frame-ancestors 'self'$/);
    expect((await get("/")).headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("answers a missing page with status 404 and the 404 page, in each language", async () => {
    const en = await get("/no-such-page/");
    expect(en.status).toBe(404);
    expect(await en.text()).toContain("Page not found");
    const fa = await get("/fa/no-such-page/");
    expect(fa.status).toBe(404);
    expect(await fa.text()).toContain('lang="fa"');
  });

  it("sets no cookies", async () => {
    for (const path of ["/", "/fa/", "/embed/home-detainees/"]) expect((await get(path)).headers.get("set-cookie")).toBeNull();
  });

  // Issue 13 §3: what users hit on the server.
  it("answers a folder with no page of its own with the 404 page, never a bare 403", async () => {
    for (const [path, lang] of [["/figures/", "en"], ["/v/", "en"], ["/downloads/", "en"], ["/fa/figures/", "fa"], ["/fa/v/", "fa"], ["/embed/", "en"]] as const) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(await r.text(), path).toContain(`lang="${lang}"`);
    }
  });
  it("answers every unknown Persian address with the Persian 404 page", async () => {
    for (const path of ["/fa/no-such-page/", "/fa/embed/no-such-chart/", "/fa/no-such.csv", "/fa/v/1999-01-01/"]) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(await r.text(), path).toContain('lang="fa"');
    }
  });
  it("redirects to a path only, never to the host a request names", async () => {
    const r = await get("/waves");
    expect(r.status).toBe(301);
    expect(r.headers.get("location")).toBe("/waves/");
  });
  it("caches every file of /downloads/latest/ alike, briefly, since it moves with each release", async () => {
    for (const file of ["figures.csv", "figures.json", "dataset.json", "README.md"]) expect((await get(`/downloads/latest/${file}`)).headers.get("cache-control"), file).toBe("public, max-age=300");
  });
  // Issue 14: other sites may use the data and show the images; pages stay same-origin.
  it("lets scripts and pages on any other site read the data files and show the images", async () => {
    const index = (await (await get("/api/v1/index.json")).json()) as { version: string };
    const shared = ["/api/v1/index.json", "/downloads/latest/figures.csv", `/downloads/${index.version}/figures.json`, `/downloads/${index.version}/README.md`, "/charts/home-detainees.json", "/fa/charts/home-detainees.json", `/v/${index.version}/charts/home-detainees.json`, "/images/home-detainees.png", "/fa/images/home-detainees.svg", "/changelog.xml"];
    for (const path of shared) {
      const r = await get(path, { origin: "https://notebook.example" });
      expect(r.status, path).toBe(200);
      expect(r.headers.get("access-control-allow-origin"), path).toBe("*");
      expect(r.headers.get("cross-origin-resource-policy"), path).toBe("cross-origin");
      expect(r.headers.get("content-security-policy"), `${path} keeps the security headers`).toMatch(/^default-src 'none'/);
    }
  });
  it("keeps pages, scripts and errors same-origin", async () => {
    const html = await (await get("/")).text();
    const js = /src="(\/_astro\/[^"]+\.js)"/.exec(html)?.[1] ?? /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1];
    for (const path of ["/", "/fa/figures/", "/embed/home-detainees/", js, "/no-such.json"]) {
      const r = await get(path, { origin: "https://notebook.example" });
      expect(r.headers.get("access-control-allow-origin"), path).toBeNull();
      expect(r.headers.get("cross-origin-resource-policy"), path).toBe("same-origin");
    }
  });
  it("serves no dotfile or build intermediate", async () => {
    for (const path of ["/.prerender/", "/.git/config", "/.env", "/fa/.hidden"]) expect((await get(path)).status, path).toBe(404);
  });
});

