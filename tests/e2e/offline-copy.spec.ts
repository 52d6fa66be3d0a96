/**
 * The whole-site archive (issue 16): /downloads/latest/site.zip, unzipped to a folder and opened
 * from disk (file://) in Chromium, with no server: the home page, a wave chart (the SVG drawn at
 * build time), a figure page with its quote, and links followed from page to page and to the
 * other language. Nothing may be requested from anywhere but the folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import { expect, test, type Page } from "@playwright/test";

const ZIP = join(import.meta.dirname, "../../dist/downloads/latest/site.zip");
let folder = "";

test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "site-zip-"));
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    if (path.endsWith("/")) continue;
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Every request the page makes; all must be files in the unzipped folder. */
function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => seen.push(r.url()));
  return seen;
}

test("the unzipped site opens from disk and its links lead from page to page", async ({ page }) => {
  const seen = requests(page);
  const root = pathToFileURL(folder).href + "/";
  await page.goto(`${root}index.html`);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator(".official-copy a")).toHaveAttribute("href", /^https?:\/\/[^/]+\/$/);

  // A wave from the menu: a relative link naming the file, its chart drawn as SVG.
  await page.locator("header nav a").first().click();
  await expect(page).toHaveURL(/\/waves\/[^/]+\/index\.html$/);
  // The wide or the narrow drawing, whichever the window shows.
  const chart = page.locator("figure.chart svg.chart-graphic:visible").first();
  await expect(chart).toBeVisible();
  expect(await chart.locator("path, circle, rect").count()).toBeGreaterThan(10);

  // A figure page, from the wave's table, with its verbatim quote.
  await page.locator("main a[href*='figures/']").first().click();
  await expect(page).toHaveURL(/\/figures\/[^/]+\/index\.html$/);
  await expect(page.locator("main blockquote").first()).toBeVisible();
  await expect(page.locator("main blockquote").first()).not.toBeEmpty();

  // The same page in Persian, then home again from the site's name.
  await page.locator("a.lang-switch").click();
  await expect(page).toHaveURL(/\/fa\/figures\/[^/]+\/index\.html$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.locator("a.site-name").click();
  await expect(page).toHaveURL(`${root}fa/index.html`);
  await expect(page.locator("figure.chart svg.chart-graphic:visible").first()).toBeVisible();

  // The data page names this release's downloads inside the folder.
  await page.goto(`${root}data/index.html`);
  const csv = page.locator("main a[href$='figures.csv']").first();
  await csv.scrollIntoViewIfNeeded();
  const href = await csv.evaluate((a: HTMLAnchorElement) => a.href);
  expect(href.startsWith(root)).toBe(true);
  expect(readFileSync(new URL(href)).length).toBeGreaterThan(100);

  expect(seen.filter((url) => !url.startsWith(root))).toEqual([]);
});
