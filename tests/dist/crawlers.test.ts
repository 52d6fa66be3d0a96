import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it, vi } from "vitest";
import type { ReleaseData } from "../../src/datasets/schemas/release.ts";

/**
 * What crawlers and social networks read (issue 14 §5, §6), checked on the built files:
 * - every indexable page (no `noindex`) is in exactly one sitemap, and nothing else is;
 *   robots.txt names the sitemaps by absolute address;
 * - each page's canonical is its own address, and its hreflang alternates (en, fa, x-default)
 *   are complete and answered by the other page;
 * - share images: og:image files are 1200×630 PNGs (read from the file header), the sizes and a
 *   real description are declared, figure pages describe their own figure, archived pages use
 *   their release's own images;
 * - favicon.ico, the touch icon and the web manifests are real files of the sizes they claim.
 */
// Every page's head is read once, below; on a busy machine the checks over all of them take seconds.
vi.setConfig({ testTimeout: 60_000 });
const DIST = join(import.meta.dirname, "../../dist");
const read = (p: string) => readFileSync(join(DIST, p));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : []));
}

interface Head {
  path: string;
  noindex: boolean;
  canonical?: string;
  alternates: Map<string, string>;
  meta: Map<string, string>;
  description?: string;
  title: string;
}

/** The head of every built page, keyed by its site path (/x/ for x/index.html). */
const heads = new Map<string, Head>();
for (const file of htmlFiles(DIST)) {
  const rel = relative(DIST, file);
  const path = `/${rel.replace(/index\.html$/, "")}`;
  const html = readFileSync(file, "utf8");
  const head = parse(html.slice(0, html.indexOf("</head>")));
  const meta = new Map<string, string>();
  for (const m of head.querySelectorAll("meta[property], meta[name]")) meta.set(m.getAttribute("property") ?? m.getAttribute("name")!, m.getAttribute("content") ?? "");
  heads.set(path, {
    path,
    noindex: /noindex/.test(meta.get("robots") ?? ""),
    canonical: head.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    alternates: new Map(head.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute("hreflang")!, l.getAttribute("href")!])),
    meta,
    description: meta.get("description"),
    title: head.querySelector("title")?.textContent ?? "",
  });
}
const shown = (JSON.parse(read("downloads/latest/dataset.json").toString("utf8")) as { data: ReleaseData }).data;
const sources = new Map(shown.sources.map((s) => [s.id, s]));
const ORIGIN = new URL(heads.get("/")!.canonical!).origin;
const url = (path: string) => `${ORIGIN}${path}`;

/** <loc> addresses of a sitemap or sitemap index, read with an XML parser. */
function locs(file: string, entry: "url" | "sitemap"): string[] {
  const xml = parse(read(file).toString("utf8"), { lowerCaseTagName: false });
  const root = xml.querySelector(entry === "url" ? "urlset" : "sitemapindex");
  expect(root?.getAttribute("xmlns"), `${file}: the sitemaps.org namespace`).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  return root!.querySelectorAll(`${entry} > loc`).map((l) => l.textContent.trim());
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("sitemaps and robots.txt", () => {
  const en = locs("sitemap-en.xml", "url");
  const fa = locs("sitemap-fa.xml", "url");

  it("list every indexable page exactly once, in its language's sitemap, and nothing else", () => {
    const indexable = [...heads.values()].filter((h) => !h.noindex).map((h) => url(h.path));
    expect(indexable.length).toBeGreaterThan(1500);
    const listed = [...en, ...fa];
    expect(new Set(listed).size, "no address listed twice").toBe(listed.length);
    expect([...listed].sort()).toEqual([...indexable].sort());
    expect(en.filter((u) => new URL(u).pathname.startsWith("/fa/")), "Persian pages in the English sitemap").toEqual([]);
    expect(fa.filter((u) => !new URL(u).pathname.startsWith("/fa/")), "English pages in the Persian sitemap").toEqual([]);
  });

  it("leave out archived releases, embeds and the 'not found' pages", () => {
    const paths = [...en, ...fa].map((u) => new URL(u).pathname);
    expect(paths.filter((p) => /^(\/fa)?\/(v|embed)\/|404/.test(p))).toEqual([]);
    // They exist, and say noindex.
    for (const p of ["/404.html", "/fa/404/", "/embed/home-detainees/"]) expect(heads.get(p)?.noindex, p).toBe(true);
    expect([...heads.keys()].some((p) => p.startsWith("/v/") && heads.get(p)!.noindex)).toBe(true);
  });

  it("the index names both language sitemaps, by absolute address on the site's origin", () => {
    expect(locs("sitemap.xml", "sitemap").sort()).toEqual([url("/sitemap-en.xml"), url("/sitemap-fa.xml")]);
  });

  it("robots.txt allows crawling and names each sitemap, absolute, on the site's origin", () => {
    const lines = read("robots.txt").toString("utf8").split("\n");
    expect(lines).toContain("User-agent: *");
    expect(lines.filter((l) => /^Disallow:\s*\/\s*$/.test(l))).toEqual([]);
    const sitemaps = lines.filter((l) => l.startsWith("Sitemap: ")).map((l) => l.slice("Sitemap: ".length));
    expect(sitemaps.sort()).toEqual([url("/sitemap-en.xml"), url("/sitemap-fa.xml")]);
    for (const s of sitemaps) expect(existsSync(join(DIST, new URL(s).pathname)), s).toBe(true);
  });
});

describe("canonical and alternate links", () => {
  it("every page but 'not found' declares itself canonical", () => {
    // Embeds are frames for other sites (noindex), not pages: they declare none.
    const pages = [...heads.values()].filter((h) => !/^(\/fa)?(\/v\/[^/]+)?\/embed\//.test(h.path));
    const wrong = pages.filter((h) => (h.path.includes("404") ? h.canonical !== undefined : h.canonical !== url(h.path))).map((h) => `${h.path}: ${h.canonical}`);
    expect(wrong).toEqual([]);
  });

  it("every page with both languages names itself, the other language and x-default (English), and the other page answers", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const h of heads.values()) {
      if (h.path.includes("404") || /^(\/fa)?(\/v\/[^/]+)?\/embed\//.test(h.path)) continue;
      checked++;
      const fa = h.path.startsWith("/fa/");
      const other = fa ? h.path.slice(3) : `/fa${h.path}`;
      const expected = { en: url(fa ? other : h.path), fa: url(fa ? h.path : other), "x-default": url(fa ? other : h.path) };
      const got = Object.fromEntries(h.alternates);
      if (JSON.stringify(got, Object.keys(expected).sort()) !== JSON.stringify(expected, Object.keys(expected).sort()) || h.alternates.size !== 3) {
        wrong.push(`${h.path}: ${JSON.stringify(got)}`);
        continue;
      }
      // Reciprocity: the other language's page lists the same three.
      const back = heads.get(other);
      if (!back) wrong.push(`${h.path}: its ${fa ? "English" : "Persian"} page ${other} does not exist`);
      else if (JSON.stringify(Object.fromEntries(back.alternates), Object.keys(expected).sort()) !== JSON.stringify(expected, Object.keys(expected).sort())) wrong.push(`${other} does not answer ${h.path}`);
    }
    expect(checked).toBeGreaterThan(4000);
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});

describe("share images", () => {
  const sizes = new Map<string, { width: number; height: number }>();
  const sizeOf = (imageUrl: string) => {
    const path = new URL(imageUrl).pathname;
    if (!sizes.has(path)) sizes.set(path, pngSize(read(path)));
    return sizes.get(path)!;
  };

  it("every page has a 1200×630 PNG card, with its size, type and a description declared, and a large Twitter card", () => {
    const wrong: string[] = [];
    for (const h of heads.values()) {
      if (/^(\/fa)?(\/v\/[^/]+)?\/embed\//.test(h.path)) continue;
      const m = h.meta;
      const image = m.get("og:image");
      if (!image?.startsWith(`${ORIGIN}/`) || !image.endsWith(".png")) {
        wrong.push(`${h.path}: og:image ${image}`);
        continue;
      }
      const { width, height } = sizeOf(image);
      if (width !== 1200 || height !== 630) wrong.push(`${h.path}: ${image} is ${width}×${height}`);
      if (m.get("og:image:width") !== "1200" || m.get("og:image:height") !== "630") wrong.push(`${h.path}: declares ${m.get("og:image:width")}×${m.get("og:image:height")}`);
      if (m.get("og:image:type") !== "image/png") wrong.push(`${h.path}: og:image:type ${m.get("og:image:type")}`);
      if (m.get("twitter:card") !== "summary_large_image" || m.get("twitter:image") !== image) wrong.push(`${h.path}: twitter card ${m.get("twitter:card")} ${m.get("twitter:image")}`);
      const alt = m.get("og:image:alt") ?? "";
      // A description of the image: more than its title, with the claims (numbers) it shows.
      if (alt.length < (m.get("og:title")?.length ?? 0) + 40 || !/[0-9۰-۹]/.test(alt) || !alt.startsWith(m.get("twitter:image:alt") ?? "-") || m.get("twitter:image:alt")!.length > 420) wrong.push(`${h.path}: og:image:alt "${alt.slice(0, 80)}"`);
    }
    expect(sizes.size, "distinct share images checked").toBeGreaterThan(20);
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("archived pages show their own release's images, not the latest", () => {
    const archived = [...heads.values()].filter((h) => /^(\/fa)?\/v\//.test(h.path) && !h.path.includes("/embed/"));
    expect(archived.length).toBeGreaterThan(1000);
    const wrong = archived.filter((h) => {
      const version = /\/v\/([^/]+)\//.exec(h.path)![1];
      const lang = h.path.startsWith("/fa/") ? "/fa" : "";
      return !h.meta.get("og:image")?.startsWith(url(`${lang}/v/${version}/images/`));
    });
    expect(wrong.map((h) => `${h.path}: ${h.meta.get("og:image")}`).slice(0, 10)).toEqual([]);
  });

  it("figure and series pages have their own description (a claim of theirs, not the home page's) and a chart of their wave", () => {
    for (const lang of ["", "/fa"]) {
      const home = heads.get(`${lang}/`)!;
      const pages = [...heads.values()].filter((h) => new RegExp(`^${lang}/(figures|series)/`).test(h.path));
      expect(pages.length).toBeGreaterThan(600);
      const same = pages.filter((h) => !h.description || h.description === home.description || h.meta.get("og:description") !== h.description);
      expect(same.map((h) => h.path).slice(0, 10), "pages with the home page's (or no) description").toEqual([]);
      // Each description states its number (the claim), unless no day at all is known for it
      // (no as-of date, and a source without a publication date): then what the series counts.
      const undatable = new Set(shown.figures.filter((f) => !f.as_of && !sources.get(f.source)?.published && !sources.get(f.source)?.published_not_before).map((f) => f.id));
      expect(pages.filter((h) => /\/figures\//.test(h.path) && !undatable.has(decodeURIComponent(h.path.split("/").at(-2)!)) && !/[0-9۰-۹]/.test(h.description!)).map((h) => h.path).slice(0, 10)).toEqual([]);
      expect(undatable.size).toBeLessThan(10);
      // Figures get their wave's chart, not the home chart, where their wave has one.
      const waveImages = pages.filter((h) => !h.meta.get("og:image")!.endsWith("/home-detainees.png"));
      expect(waveImages.length / pages.length).toBeGreaterThan(0.5);
    }
  });

  it("titles of archived pages name their version; the latest pages' titles name none", () => {
    const archived = [...heads.values()].filter((h) => /^(\/fa)?\/v\/[^/]+\/(?!embed\/)/.test(h.path));
    expect(archived.length).toBeGreaterThan(1000);
    expect(archived.filter((h) => !h.title.includes(/\/v\/([^/]+)\//.exec(h.path)![1])).map((h) => h.path).slice(0, 10)).toEqual([]);
    expect(heads.get("/")!.title).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe("icons and web manifests", () => {
  it("favicon.ico holds 16, 32 and 48 pixel PNG images where its directory says", () => {
    const ico = read("favicon.ico");
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)], "reserved 0, type 1 (icon)").toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const found: number[] = [];
    for (let i = 0; i < count; i++) {
      const e = 6 + 16 * i;
      const [w, h, length, offset] = [ico[e], ico[e + 1], ico.readUInt32LE(e + 8), ico.readUInt32LE(e + 12)];
      const png = pngSize(ico.subarray(offset, offset + length));
      expect(png).toEqual({ width: w, height: h });
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      found.push(w);
    }
    expect(found.sort((a, b) => a - b)).toEqual([16, 32, 48]);
  });

  it("the Apple touch icon is a 180×180 PNG, and every page links the icons and its language's manifest", () => {
    expect(pngSize(read("apple-touch-icon.png"))).toEqual({ width: 180, height: 180 });
    for (const [path, manifest] of [["index.html", "/manifest.webmanifest"], ["fa/index.html", "/fa/manifest.webmanifest"]]) {
      const head = parse(read(path).toString("utf8")).querySelector("head")!;
      expect(head.querySelector('link[rel="manifest"]')?.getAttribute("href")).toBe(manifest);
      expect(head.querySelector('link[rel="apple-touch-icon"]')?.getAttribute("href")).toBe("/apple-touch-icon.png");
      expect(head.querySelectorAll('link[rel="icon"]').map((l) => l.getAttribute("href")).sort()).toEqual(["/favicon.ico", "/favicon.svg"]);
    }
  });

  for (const [file, lang, dir] of [["manifest.webmanifest", "en", "ltr"], ["fa/manifest.webmanifest", "fa", "rtl"]]) {
    it(`${file}: names, language and direction, a start page that exists, and icons of the sizes it says`, () => {
      const m = JSON.parse(read(file).toString("utf8"));
      expect([m.lang, m.dir]).toEqual([lang, dir]);
      expect(m.name.length).toBeGreaterThan(m.short_name.length);
      expect(m.short_name.length).toBeLessThanOrEqual(20);
      expect(existsSync(join(DIST, m.start_url, "index.html")), m.start_url).toBe(true);
      // The page background of the light scheme, as the stylesheet sets it.
      const bg = /--bg:\s*(#[0-9a-f]{6})/i.exec(readFileSync(join(import.meta.dirname, "../../src/styles/site.css"), "utf8"))![1];
      expect([m.theme_color, m.background_color]).toEqual([bg, bg]);
      for (const icon of m.icons as Array<{ src: string; sizes: string; type: string }>) {
        expect(icon.src.startsWith("/"), "icons are served from this site").toBe(true);
        if (icon.type !== "image/png") continue;
        const { width, height } = pngSize(read(icon.src));
        expect(`${width}x${height}`).toBe(icon.sizes);
      }
      expect(m.icons.some((i: { sizes: string }) => i.sizes === "512x512")).toBe(true);
    });
  }
});
