/**
 * Touch (issue 11): on a phone, the first tap on a point shows its tooltip with an "Open figure"
 * link instead of leaving the page; the tooltip stays inside the screen, even for the newest
 * point at the chart's right edge; the link opens the figure's page.
 */
import { expect, test, type Page } from "@playwright/test";

const SCREEN = { width: 390, height: 844 };

async function shownTooltip(page: Page, chartId: string) {
  const tip = page.locator(`#${chartId} .chart-tooltip`);
  await expect(tip).toBeVisible();
  const box = (await tip.boundingBox())!;
  expect(box.x, "tooltip's left edge inside the screen").toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, "tooltip's right edge inside the screen").toBeLessThanOrEqual(SCREEN.width);
  return tip;
}

for (const [lang, prefix, open] of [["en", "", "Open figure"], ["fa", "/fa", "دیدن رقم"]] as const) {
  test.describe(`${lang}: a tap on a chart point`, () => {
    // Reduced motion: the chart draws at once, so the point found with the keyboard is where it
    // stays (mid-animation it is still rising from the axis).
    test.use({ viewport: SCREEN, hasTouch: true, isMobile: true, reducedMotion: "reduce" });
    test(`${prefix}/waves/iran-2025-26/: shows the point's tooltip with an "${open}" link, inside the screen; the link opens the figure`, async ({ page }) => {
      await page.goto(`${prefix}/waves/iran-2025-26/`);
      const chart = page.locator("figure[data-chart]").filter({ has: page.locator(".chart-svg svg") }).first();
      const id = (await chart.getAttribute("id"))!;
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute("data-enhanced", "true", { timeout: 0 });
      await expect(chart).toHaveAttribute("data-layout", "narrow");

      // Where the newest point is: the keyboard walks to it and the tooltip records its position.
      const canvas = chart.locator("[data-chart-canvas] canvas");
      await canvas.focus();
      await page.keyboard.press("End");
      const tip = await shownTooltip(page, id);
      const at = { x: Number(await tip.getAttribute("data-x")), y: Number(await tip.getAttribute("data-y")) };
      const figure = await tip.locator("a").getAttribute("href");
      expect(figure, "the tooltip links to the figure").toMatch(/\/figures\//);

      // Leave the chart (a tap elsewhere closes the tooltip), then tap the point itself.
      await page.locator("h1").tap();
      await expect(page.locator(`#${id} .chart-tooltip`)).toBeHidden();
      const url = page.url();
      await canvas.scrollIntoViewIfNeeded();
      const container = (await chart.locator("[data-chart-canvas]").boundingBox())!;
      expect(container.y + at.y, "the point is on the screen").toBeGreaterThan(0);
      await page.touchscreen.tap(container.x + at.x, container.y + at.y);
      const tapped = await shownTooltip(page, id);
      expect(page.url(), "the first tap does not leave the page").toBe(url);
      const link = tapped.getByRole("link", { name: open });
      await expect(link).toBeVisible();
      // A finger is wide: the tooltip shows the point nearest the tap, here or a close neighbour.
      const tappedFigure = (await link.getAttribute("href"))!;
      expect(tappedFigure, "the tooltip links to a figure").toMatch(/\/figures\//);
      await link.tap();
      await expect(page).toHaveURL(new RegExp(`${tappedFigure.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    });
  });
}
