/**
 * Without JavaScript the site still works:
 * (f) a wave page shows every chart as its build-time SVG, with the legend, the source line
 *     and the table of plotted figures, and no canvas;
 * (e) a reader reaches the document behind a plotted point in two clicks: an SVG point link
 *     -> the figure page -> the original document.
 */
import { expect, test } from "@playwright/test";
import { drawnCharts, followPointToDocument, pointLinks, waves } from "./support.ts";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const wave of waves) {
    test(`wave ${wave} shows chart SVGs, legends, source lines and tables, and no canvas`, async ({ page }) => {
      await page.goto(`/waves/${wave}/`);
      const blocks = page.locator("figure[data-chart]");
      expect(await blocks.count(), "chart blocks").toBeGreaterThan(0);
      // Every chart block draws here (a wave page charts only groups that have figures), or lists
      // its figures when there are too few for a chart.
      for (const few of await blocks.filter({ hasNot: page.locator(".chart-svg svg") }).all()) {
        await expect(few).toContainText("too few for a chart.");
        expect(await few.locator('.chart-dots a[href*="/figures/"]').count(), "figure links in the list").toBeGreaterThan(0);
      }
      for (const chart of await drawnCharts(page).all()) {
        await chart.scrollIntoViewIfNeeded();
        await expect(chart.locator(".chart-svg-wide svg")).toBeVisible();
        expect(await pointLinks(chart).count(), "point links in the SVG").toBeGreaterThan(0);
        const legend = chart.locator(".legend li");
        expect(await legend.count(), "legend entries").toBeGreaterThan(0);
        for (const entry of await legend.all()) await expect(entry).toBeVisible();
        const sourceLine = chart.locator("p.source-line");
        await expect(sourceLine).toBeVisible();
        await expect(sourceLine.locator('a[href*="/sources/"]').first()).toBeVisible();
        await expect(sourceLine.locator('a[href*="/organisations/"]').first()).toBeVisible();
        await expect(chart.locator(".figure-table table")).toBeVisible();
        expect(await chart.locator(".figure-table table tbody tr").count(), "table rows").toBeGreaterThan(0);
        await expect(chart.locator("[data-chart-canvas]")).toBeHidden();
        await expect(chart).not.toHaveAttribute("data-enhanced", "true");
      }
      await page.keyboard.press("End");
      await expect(page.locator("canvas")).toHaveCount(0);
    });
  }

  test("an SVG point leads to the figure page and then to the document: two clicks", async ({ page }) => {
    await page.goto("/");
    const chart = drawnCharts(page).first();
    await followPointToDocument(page, pointLinks(chart).last());
  });
});
