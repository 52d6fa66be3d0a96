/**
 * Releases, citations, embeds, images and the feed:
 * (a) an archived wave page (/v/<version>/…) says which version it shows and links to the latest
 *     version of the same page, which itself has no banner;
 * (b) "Cite this" copies BibTeX naming the permanent /v/<version>/ URL and today as the access
 *     date, and the embed code copies an iframe pointing at /embed/<chart>/;
 * (c) embed pages load with no console error, no request to another origin, no cookie and no
 *     script but the site's own chart script (from this origin, never inline), credit the
 *     organisations and link back to the full page, in both languages;
 * (d) the wave page's share image (og:image) is a real PNG, and the matching SVG carries the
 *     chart's title, its source line and as-of date, in both languages;
 * (e) the Atom feed is well-formed XML with at least one entry.
 */
import { expect, test, type Page } from "@playwright/test";
import { formatDate } from "../../src/format/format-date.ts";
import { chartPages, latestRelease, organisations, pages, pathOf, record, waves } from "./support.ts";

const version = latestRelease!;
/** The latest wave's page: the newest wave, whose charts have share images and embeds. */
const WAVE = waves[0];
const WAVE_PAGE = `/waves/${WAVE}/`;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface ChartModelJson {
  id: string;
  title: string;
  asOf: string | null;
}

/** The ids of the charts a page draws (figure.chart[data-chart] ids), in page order. */
async function chartIds(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  return page.locator("figure.chart[data-chart]").evaluateAll((els) => els.map((e) => e.id));
}

test.describe("(a) archived release pages", () => {
  test(`/v/${version}${WAVE_PAGE} shows the archived banner and links to the latest page`, async ({ page, baseURL }) => {
    expect(version, "a release in data/releases/").toBeTruthy();
    await page.goto(`/v/${version}${WAVE_PAGE}`);
    const banner = page.locator(".archived-banner");
    await expect(banner).toHaveCount(1);
    await expect(banner).toBeVisible();
    await expect(banner).toHaveAttribute("data-archived-version", version);
    await expect(banner, "the banner names the version").toContainText(version);
    const latest = banner.getByRole("link", { name: /latest/i });
    await expect(latest).toHaveCount(1);
    expect(pathOf((await latest.getAttribute("href"))!, baseURL!), "the latest link leads to the same page at the root").toBe(WAVE_PAGE);
    await latest.click();
    await expect(page).toHaveURL((u) => u.pathname === WAVE_PAGE);
    await expect(page.locator(".archived-banner"), "the latest page has no banner").toHaveCount(0);
    await expect(page.locator("[data-archived-version]")).toHaveCount(0);
  });

  test(`the Persian archived page /fa/v/${version}${WAVE_PAGE} links to /fa${WAVE_PAGE}`, async ({ page, baseURL }) => {
    await page.goto(`/fa/v/${version}${WAVE_PAGE}`);
    const banner = page.locator(".archived-banner");
    await expect(banner).toHaveAttribute("data-archived-version", version);
    await expect(banner).toContainText(version);
    const hrefs = await banner.locator("a").evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
    expect(hrefs.map((h) => pathOf(h, baseURL!)), "the banner links to the latest Persian page").toContain(`/fa${WAVE_PAGE}`);
    await page.goto(`/fa${WAVE_PAGE}`);
    await expect(page.locator(".archived-banner")).toHaveCount(0);
  });
});

test.describe("(b) copy buttons", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
  });

  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test(`"Cite this" on ${pages.series} copies BibTeX with the permanent URL and today's date`, async ({ page }) => {
    await page.goto(pages.series);
    const cite = page.locator("details.cite[data-cite]").filter({ has: page.locator('pre[data-format="bibtex"]') }).first();
    await expect(cite).toBeAttached();
    await cite.locator("summary").click();
    await expect(cite).toHaveAttribute("open", "");
    const pre = cite.locator('pre[data-format="bibtex"]');
    const button = pre.locator("xpath=following-sibling::button[1]");
    await expect(button, "the BibTeX block gets a copy button once opened").toHaveClass(/\bcopy\b/);
    await expect(cite.locator("button.copy"), "a copy button for each format").toHaveCount(await cite.locator("pre[data-format]").count());

    // Put something else on the clipboard first, so the test sees the copy happen.
    await page.evaluate(() => navigator.clipboard.writeText("not yet copied"));
    await button.click();
    await expect(pre).toHaveAttribute("data-copied", "true");
    await expect.poll(() => clipboard(page)).not.toBe("not yet copied");
    const text = await clipboard(page);
    expect(text.startsWith("@misc{"), `BibTeX starts with @misc{: ${text.slice(0, 40)}`).toBe(true);
    expect(text, "the copied text is the block's text").toBe(await pre.textContent());
    const permanent = new RegExp(`url = \\{https?://[^}\\s]+/v/${version}${pages.series.replace(/[/.]/g, "\\$&")}\\}`);
    expect(text, `the permanent /v/${version}${pages.series} URL`).toMatch(permanent);
    // Today in the reader's calendar (the page's own clock and time zone).
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    expect(text, "today as the access date").toContain(`urldate = {${today}}`);
  });

  test(`"Cite this" dates the access on the reader's day, not the build's`, async ({ page }) => {
    // A day that is certainly not the build's: the page's clock is set to it before it loads.
    await page.clock.setFixedTime(new Date(2031, 4, 6, 12, 0, 0));
    await page.goto(pages.series);
    const cite = page.locator("details.cite[data-cite]").filter({ has: page.locator('pre[data-format="bibtex"]') }).first();
    const pre = cite.locator('pre[data-format="bibtex"]');
    expect(await pre.textContent(), "as built: the build's date").not.toContain("urldate = {2031-05-06}");
    await cite.locator("summary").click();
    await expect(pre, "once opened: the reader's today").toContainText("urldate = {2031-05-06}");
    await pre.locator("xpath=following-sibling::button[1]").click();
    await expect(pre).toHaveAttribute("data-copied", "true");
    expect(await clipboard(page)).toContain("urldate = {2031-05-06}");
  });

  test(`the embed code on ${pages.series} copies an iframe of /embed/<chart>/`, async ({ page, baseURL }) => {
    await page.goto(pages.series);
    const embed = page.locator("details[data-embed]").first();
    await expect(embed).toBeAttached();
    const chartId = await embed.evaluate((d) => d.closest("figure.chart")?.id ?? "");
    expect(chartId, "the embed block belongs to a chart").not.toBe("");
    await embed.locator("summary").click();
    const pre = embed.locator("pre[data-copyable]");
    const button = embed.locator("button.copy");
    await expect(button).toHaveCount(1);
    await page.evaluate(() => navigator.clipboard.writeText("not yet copied"));
    await button.click();
    await expect(pre).toHaveAttribute("data-copied", "true");
    await expect.poll(() => clipboard(page)).not.toBe("not yet copied");
    const text = await clipboard(page);
    expect(text.startsWith('<iframe src="'), `iframe code: ${text.slice(0, 60)}`).toBe(true);
    expect(text).toContain("/embed/");
    const src = /^<iframe src="([^"]+)"/.exec(text)![1];
    expect(new URL(src).pathname, "the iframe shows this chart's embed page").toBe(`/embed/${chartId}/`);
    // That embed page exists.
    const response = await page.request.get(new URL(`/embed/${chartId}/`, baseURL).href);
    expect(response.status()).toBe(200);
  });
});

test.describe("(c) embed pages", () => {
  for (const lang of ["en", "fa"] as const) {
    const prefix = lang === "fa" ? "/fa" : "";
    test(`${prefix}/embed/<first chart of ${WAVE_PAGE}>/: no script but the site's own, no cookie, nothing from elsewhere`, async ({ page, context, baseURL }) => {
      const ids = await chartIds(page, `${prefix}${WAVE_PAGE}`);
      expect(ids.length, `charts on ${prefix}${WAVE_PAGE}`).toBeGreaterThan(0);
      const chartId = ids[0];
      const path = `${prefix}/embed/${chartId}/`;

      await context.clearCookies();
      const rec = record(page);
      const scripts: string[] = [];
      context.on("request", (r) => {
        if (r.resourceType() === "script") scripts.push(r.url());
      });
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBe(200);
      await page.waitForLoadState("networkidle");

      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const origin = new URL(baseURL!).origin;
      const offOrigin = rec.requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
      expect(offOrigin, "requests to other origins").toEqual([]);
      expect(rec.consoleErrors, "console errors").toEqual([]);
      expect(rec.failures, "failed requests").toEqual([]);
      expect(await context.cookies(), "cookies").toEqual([]);
      expect(await page.evaluate(() => document.cookie), "document.cookie").toBe("");
      // One script, the site's chart script (interactive embeds, issue 15 §8), from this origin.
      await expect(page.locator("script:not([src])"), "inline scripts").toHaveCount(0);
      await expect(page.locator("script[src]"), "script elements with a src").toHaveCount(1);
      expect(scripts.length, "scripts loaded").toBeGreaterThan(0);
      for (const s of scripts) expect(new URL(s).origin, `${s} is from this site`).toBe(origin);

      // The chart (SVG, or its canvas once drawn), its legend, the source line with links to the organisations, the as-of date.
      await expect(page.locator(".chart-svg-wide svg:visible, [data-chart-canvas] canvas:visible").first()).toBeVisible();
      await expect(page.locator(".legend li").first()).toBeVisible();
      const sourceLine = page.locator("p.source-line");
      await expect(sourceLine).toBeVisible();
      const orgLinks = await sourceLine.locator('a[href*="/organisations/"]').evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
      expect(orgLinks.length, "the source line links to the organisations").toBeGreaterThan(0);
      for (const href of orgLinks) {
        const p = pathOf(href, baseURL!);
        expect(p, "organisation links stay in the page's language").toMatch(new RegExp(`^${prefix}/organisations/[^/]+/$`));
        expect(organisations, `${p} is an organisation in data/`).toContain(p.split("/").at(-2));
      }
      await expect(page.locator("p.as-of")).toBeVisible();

      // The link back to the chart on its full page.
      const back = (await page.locator("main a").evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""))).filter((h) => pathOf(h, baseURL!) === `${prefix}${WAVE_PAGE}`);
      expect(back.length, `a link back to ${prefix}${WAVE_PAGE}`).toBeGreaterThan(0);
      expect(new URL(back[0], baseURL).hash, "it leads to the chart on that page").toBe(`#${chartId}`);
      const target = await page.request.get(new URL(`${prefix}${WAVE_PAGE}`, baseURL).href);
      expect(target.status()).toBe(200);
      expect(await target.text(), "the full page holds the chart").toContain(`id="${chartId}"`);
    });
  }
});

test.describe("(d) share images", () => {
  for (const lang of ["en", "fa"] as const) {
    const prefix = lang === "fa" ? "/fa" : "";
    test(`${prefix}${WAVE_PAGE}: og:image is a PNG, and its SVG has the title, source line and as-of date`, async ({ page, baseURL }) => {
      await page.goto(`${prefix}${WAVE_PAGE}`);
      const og = await page.locator('meta[property="og:image"]').getAttribute("content");
      expect(og, "og:image").toBeTruthy();
      const pngPath = new URL(og!).pathname;
      expect(pngPath).toMatch(new RegExp(`^${prefix}/images/[^/]+\\.png$`));
      const chartId = pngPath.split("/").at(-1)!.replace(/\.png$/, "");
      expect(await page.locator("figure.chart[data-chart]").evaluateAll((els) => els.map((e) => e.id)), "the image is one of the page's charts").toContain(chartId);

      // The image on this server (og:image names the public site).
      const png = await page.request.get(new URL(pngPath, baseURL).href);
      expect(png.status(), `GET ${pngPath}`).toBe(200);
      expect(png.headers()["content-type"]).toMatch(/^image\/png\b/);
      const bytes = await png.body();
      expect([...bytes.subarray(0, 8)], "the PNG signature").toEqual(PNG_SIGNATURE);

      const svgPath = pngPath.replace(/\.png$/, ".svg");
      const svgResponse = await page.request.get(new URL(svgPath, baseURL).href);
      expect(svgResponse.status(), `GET ${svgPath}`).toBe(200);
      expect(svgResponse.headers()["content-type"]).toMatch(/^image\/svg\+xml\b/);
      const svg = await svgResponse.text();
      const model = (await (await page.request.get(new URL(`${prefix}/charts/${chartId}.json`, baseURL).href)).json()) as ChartModelJson;
      // As a reader sees them: right-to-left lines are wrapped in invisible isolates (U+2066–2069).
      const unmarked = (s: string | undefined) => s?.replace(/[\u2066-\u2069]/g, "");
      const texts = (await svgTexts(page, svg)).map((t) => ({ ...t, text: unmarked(t.text)! }));
      expect(texts.find((t) => t.cls === "chart-title")?.text, "the title is drawn in").toBe(unmarked(model.title));
      const sourceLine = texts.filter((t) => t.cls === "chart-source-line").map((t) => t.text).join(" ");
      expect(sourceLine, "the source line").toContain(lang === "fa" ? "منابع" : "Sources:");
      expect(model.asOf, "the chart has an as-of date").toBeTruthy();
      const asOf = formatDate(model.asOf!, "long", lang === "fa" ? "fa-IR" : "en-GB");
      expect(sourceLine, "the as-of date").toContain(asOf);
    });
  }
});

test.describe("(d) share images: no text runs past the image's edges", () => {
  // A share image is cut at its edges (the PNG is rendered from the SVG at build time): every
  // line of text, the source line above all, must fit inside it. Measured as Chromium lays the
  // SVG out, with the same font family the PNG renderer is given (a sans-serif, DejaVu Sans).
  for (const lang of ["en", "fa"] as const) {
    const prefix = lang === "fa" ? "/fa" : "";
    test(`every chart image of the home, wave and compare pages (${prefix}/images/)`, async ({ page, baseURL }) => {
      const ids = new Set<string>();
      for (const path of Object.values(chartPages)) for (const id of await chartIds(page, `${prefix}${path}`)) if (!id.startsWith("series-")) ids.add(id);
      expect(ids.size, "charts with share images").toBeGreaterThan(0);
      const overflows: string[] = [];
      for (const id of ids) {
        const url = `${prefix}/images/${id}.svg`;
        const response = await page.goto(url);
        expect(response?.status(), `GET ${url}`).toBe(200);
        const out = await page.evaluate(() => {
          const svg = document.documentElement as unknown as SVGSVGElement;
          const { width } = svg.viewBox.baseVal;
          return [...svg.querySelectorAll("text")]
            .map((t) => ({ t, box: t.getBBox() }))
            .filter(({ box }) => box.x < 0 || box.x + box.width > width + 0.5)
            .map(({ t, box }) => `${t.getAttribute("class") ?? "text"} spans x ${Math.round(box.x)}…${Math.round(box.x + box.width)} of ${width}: "${(t.textContent ?? "").slice(0, 70)}…"`);
        });
        overflows.push(...out.map((o) => `${url}: ${o}`));
      }
      expect(overflows, "text that runs past the image's edges (and is cut off in the PNG)").toEqual([]);
    });
  }
});

/** The text elements of an SVG document, parsed in the browser. */
async function svgTexts(page: Page, svg: string): Promise<{ cls: string; text: string }[]> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    if (doc.querySelector("parsererror")) throw new Error(`not well-formed SVG: ${doc.querySelector("parsererror")!.textContent}`);
    return [...doc.querySelectorAll("text")].map((t) => ({ cls: t.getAttribute("class") ?? "", text: t.textContent ?? "" }));
  }, svg);
}

test.describe("(e) the Atom feed", () => {
  test("/changelog.xml is well-formed Atom with at least one entry", async ({ page, baseURL }) => {
    const response = await page.request.get(new URL("/changelog.xml", baseURL).href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/xml/);
    const xml = await response.text();
    await page.goto("/");
    const feed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "application/xml");
      const error = doc.getElementsByTagName("parsererror")[0];
      const ATOM = "http://www.w3.org/2005/Atom";
      const entries = [...doc.getElementsByTagNameNS(ATOM, "entry")];
      return {
        error: error?.textContent ?? null,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        entries: entries.map((e) => ({
          title: e.getElementsByTagNameNS(ATOM, "title")[0]?.textContent ?? "",
          id: e.getElementsByTagNameNS(ATOM, "id")[0]?.textContent ?? "",
          updated: e.getElementsByTagNameNS(ATOM, "updated")[0]?.textContent ?? "",
          link: e.getElementsByTagNameNS(ATOM, "link")[0]?.getAttribute("href") ?? "",
        })),
      };
    }, xml);
    expect(feed.error, "XML parse error").toBeNull();
    expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
    expect(feed.entries.length, "entries").toBeGreaterThan(0);
    for (const e of feed.entries) {
      expect(e.title, "entry title").not.toBe("");
      expect(e.id, "entry id").not.toBe("");
      expect(Number.isNaN(Date.parse(e.updated)), `entry updated "${e.updated}" is a date`).toBe(false);
    }
    expect(feed.entries.some((e) => e.title.includes(version) || e.link.includes(version)), `an entry for release ${version}`).toBe(true);
  });
});
