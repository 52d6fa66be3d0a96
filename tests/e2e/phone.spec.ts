/**
 * The answer on a phone (issue 11, first part): at 390×844, with JavaScript on and off, in
 * English and Persian, the home and wave pages show a claimant's latest count and the
 * freshness line inside the first screen, and no page scrolls sideways (the menu is one row
 * that scrolls on its own).
 */
import { expect, test } from "@playwright/test";

const PAGES = ["/", "/fa/", "/waves/iran-2025-26/", "/fa/waves/iran-2025-26/", "/waves/iran-2022-23/", "/fa/waves/iran-2022-23/"];

for (const javaScriptEnabled of [true, false]) {
  test.describe(`at 390×844, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
    for (const path of PAGES) {
      test(`${path}: the first count and the freshness line are in the first screen; nothing scrolls sideways`, async ({ page }) => {
        await page.goto(path);
        const card = await page.locator(".claims li").first().boundingBox();
        expect(card, "a claim card").not.toBeNull();
        expect(card!.y + card!.height, "bottom of the first claim card (px)").toBeLessThanOrEqual(844);
        const fresh = await page.locator(".freshness").first().boundingBox();
        expect(fresh, "the freshness line").not.toBeNull();
        expect(fresh!.y + fresh!.height, "bottom of the freshness line (px)").toBeLessThanOrEqual(844);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(scrollWidth, "page width (px)").toBeLessThanOrEqual(innerWidth);
        const header = await page.locator("header.site-header").boundingBox();
        expect(header!.height, "header height (px)").toBeLessThanOrEqual(120);
      });
    }
  });
}
