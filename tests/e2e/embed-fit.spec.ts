/**
 * Embeds fit their frame (issue 11, part 5): in a small frame (390×560, a phone-sized iframe)
 * the list of source documents collapses to one line, "Sources: 52 documents — list", whose
 * link leads to the chart's block on its full page (outside the frame, like every link of an
 * embed); the chart, that line and the links fit the frame's height. In a large frame
 * (1366×768) the full source line shows. CSS picks, by the frame's size; the chart is measured
 * as drawn, the build-time SVG or, once the script has run, its canvas (of the embed's own
 * shorter narrow layout, <id>.embed.json).
 */
import { expect, test, type Page } from "@playwright/test";
import { pathOf, waves } from "./support.ts";

const CHARTS = ["home-detainees", `${waves[0]}-detainees`, "compare-arrests", "series-hrana-arrested-2025-26"];
const SMALL = { width: 390, height: 560 };
const LARGE = { width: 1366, height: 768 };

/** Heights and visibility of an embed's parts (px, rounded). */
async function measure(page: Page) {
  return page.evaluate(() => {
    const box = (sel: string) => {
      // The first one shown (a chart has a wide and a narrow layout; CSS shows one).
      const el = [...document.querySelectorAll(sel)].find((e) => e.getClientRects().length > 0);
      if (!el || el.getClientRects().length === 0) return null;
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom), height: Math.round(r.height) };
    };
    const full = box(".sources-full .source-line");
    const short = box(".sources-short");
    return {
      content: Math.round(document.querySelector("main")!.getBoundingClientRect().bottom),
      scrollHeight: document.documentElement.scrollHeight,
      chart: box(".chart-svg svg, [data-chart-canvas] canvas"),
      full,
      short,
      sources: (full?.height ?? 0) + (short?.height ?? 0),
      base: document.querySelector("base")?.getAttribute("target") ?? null,
    };
  });
}

for (const lang of ["en", "fa"] as const) {
  const prefix = lang === "fa" ? "/fa" : "";
  test.describe(`${lang}: embeds`, () => {
    for (const id of CHARTS) {
      const path = `${prefix}/embed/${id}/`;

      test.describe(`at ${SMALL.width}×${SMALL.height}`, () => {
        test.use({ viewport: SMALL });
        test(`${path}: the source list is one line with a count and a link; everything fits the frame`, async ({ page, baseURL }) => {
          await page.goto(path);
          const m = await measure(page);
          const where = `${path} at ${SMALL.width}×${SMALL.height}: ${JSON.stringify(m)}`;
          expect(m.chart, `the chart is visible — ${where}`).not.toBeNull();
          expect(m.full, `the full source list is hidden — ${where}`).toBeNull();
          expect(m.short, `the short source line is visible — ${where}`).not.toBeNull();
          expect(m.sources, `the source block is shorter than the chart — ${where}`).toBeLessThan(m.chart!.height);
          expect(m.content, `the embed's content ends inside the frame — ${where}`).toBeLessThanOrEqual(SMALL.height);
          expect(m.scrollHeight, `nothing scrolls in the frame — ${where}`).toBeLessThanOrEqual(SMALL.height);

          // The count is the number of documents the full list names; the link leads to the
          // chart's block on its page, which holds that list, and opens outside the frame.
          const short = page.locator(".sources-short");
          const documents = await page.locator('.sources-full a[href*="/sources/"]').count();
          const count = lang === "fa" ? new Intl.NumberFormat("fa-IR").format(documents) : String(documents);
          await expect(short, where).toContainText(count);
          const link = short.locator("a");
          await expect(link).toHaveCount(1);
          expect(m.base, "links open outside the frame (<base target=_blank>)").toBe("_blank");
          expect(await link.getAttribute("target"), "the link keeps the base target").toBeNull();
          const href = new URL((await link.getAttribute("href"))!, baseURL);
          expect(href.hash, "the link leads to the chart's block").toBe(`#${id}`);
          expect(pathOf(href.href, baseURL!), "the chart's page in the embed's language").toMatch(new RegExp(`^${prefix}/`));
          const target = await page.request.get(href.href);
          expect(target.status(), `${href.pathname}`).toBe(200);
          const html = await target.text();
          expect(html, `${href.pathname} holds the chart`).toContain(`id="${id}"`);
          const block = html.slice(html.indexOf(`id="${id}"`));
          expect(block, `${href.pathname}: the chart's block has its source line`).toContain('class="source-line"');
        });
      });

      test.describe(`at ${LARGE.width}×${LARGE.height}`, () => {
        test.use({ viewport: LARGE });
        test(`${path}: the full source list shows`, async ({ page }) => {
          await page.goto(path);
          const m = await measure(page);
          const where = `${path} at ${LARGE.width}×${LARGE.height}: ${JSON.stringify(m)}`;
          expect(m.full, `the full source list is visible — ${where}`).not.toBeNull();
          expect(m.short, `the short line is hidden — ${where}`).toBeNull();
          await expect(page.locator('.sources-full a[href*="/sources/"]').first()).toBeVisible();
        });
      });
    }
  });
}

// The media query measures the frame, not the page around it: the same embed in a 390×560
// iframe inside a wide page shows the short line.
test.describe("inside an iframe", () => {
  test.use({ viewport: LARGE });
  for (const prefix of ["", "/fa"]) {
    test(`${prefix}/embed/${CHARTS[0]}/ in a ${SMALL.width}×${SMALL.height} iframe on a ${LARGE.width}-wide page`, async ({ page, baseURL }) => {
      const src = new URL(`${prefix}/embed/${CHARTS[0]}/`, baseURL).href;
      // The page around the frame, served by the test at an address of its own (an about:blank
      // page would not do: the production server's frame-ancestors * covers http(s) pages only).
      const host = new URL("/__page-that-embeds__/", baseURL).href;
      await page.route(host, (route) =>
        route.fulfill({ contentType: "text/html", body: `<!doctype html><body style="margin:0"><iframe src="${src}" width="${SMALL.width}" height="${SMALL.height}" style="border:0"></iframe>` }),
      );
      await page.goto(host);
      const frame = page.frameLocator("iframe");
      await expect(frame.locator(".chart-svg svg:visible, [data-chart-canvas] canvas:visible").first()).toBeVisible();
      await expect(frame.locator(".sources-short")).toBeVisible();
      await expect(frame.locator(".sources-full")).toBeHidden();
      const bottom = await frame.locator("main").evaluate((m) => Math.round(m.getBoundingClientRect().bottom));
      expect(bottom, "the embed's content ends inside the frame (px)").toBeLessThanOrEqual(SMALL.height);
    });
  }
});
