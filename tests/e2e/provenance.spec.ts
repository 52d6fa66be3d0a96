/**
 * (d) A chart's source line leads to source pages, and a source page links out to the
 *     document's own URL (as recorded in data/sources.json), without a referrer or opener.
 * (e) A reader reaches the document behind a plotted point in at most two actions: the point
 *     (on the Chart.js canvas, by keyboard; or its table row) -> the figure page -> the original
 *     document. Clicking an SVG point is tested in no-js.spec.ts: once Chart.js has drawn, the
 *     SVG is hidden, so the SVG is what readers without JavaScript click.
 */
import { expect, test } from "@playwright/test";
import { chartPages, drawnCharts, enhanceCharts, expectExternalLink, figurePageLeadsToDocument, followPointToDocument, idFromPath, pathOf, sources } from "./support.ts";

test("the home chart's first source link leads to a source page that links out to the document", async ({ page, baseURL }) => {
  await page.goto("/");
  const chart = drawnCharts(page).first();
  const link = chart.locator('p.source-line a[href*="/sources/"]').first();
  const path = pathOf((await link.getAttribute("href"))!, baseURL!);
  const id = idFromPath(path, "sources");
  const expected = sources.get(id)?.url;
  expect(expected, `data/sources.json has a URL for ${id}`).toBeTruthy();

  await link.click();
  await expect(page).toHaveURL(new URL(path, baseURL).href);
  await expect(page.locator("h1")).toHaveText(sources.get(id)!.title);
  await expectExternalLink(page, expected!);
});

test.describe("every source and organisation link in a chart's source line resolves", () => {
  for (const [name, path] of Object.entries(chartPages)) {
    test(`${name} (${path})`, async ({ page, baseURL }) => {
      await page.goto(path);
      const hrefs = await page.locator("figure[data-chart] p.source-line a").evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
      const unique = [...new Set(hrefs.map((h) => pathOf(h, baseURL!)))];
      const documents = unique.filter((p) => p.startsWith("/sources/"));
      expect(documents.length, "source documents named in the source lines").toBeGreaterThan(0);
      expect(unique.filter((p) => p.startsWith("/organisations/")).length, "organisations named in the source lines").toBeGreaterThan(0);
      for (const p of documents) expect(sources.has(idFromPath(p, "sources")), `${p} is a document in data/sources.json`).toBe(true);
      const broken: string[] = [];
      for (const p of unique) {
        const res = await page.request.get(p, { maxRedirects: 0 });
        if (res.status() !== 200) broken.push(`${p}: HTTP ${res.status()}`);
      }
      expect(broken, "source-line links that do not load").toEqual([]);
    });
  }
});

test("with JavaScript, a chart's table row leads to the figure and then to the document in two clicks", async ({ page }) => {
  await page.goto("/series/hrana-arrested-2025-26/");
  const chart = drawnCharts(page).first();
  const rowLink = chart.locator('.figure-table tbody tr td:first-child a[href*="/figures/"]').last();
  await followPointToDocument(page, rowLink);
});

test("with JavaScript, a point on the canvas leads to the figure (keyboard: End, Enter) and then to the document", async ({ page }) => {
  await page.goto("/");
  await enhanceCharts(page);
  const canvas = drawnCharts(page).first().locator("[data-chart-canvas] canvas");
  await canvas.focus();
  await page.keyboard.press("End");
  await expect(canvas).toHaveAttribute("data-active-point", /.+/);
  const id = (await canvas.getAttribute("data-active-point"))!;
  await page.keyboard.press("Enter");
  await figurePageLeadsToDocument(page, id);
});
