/**
 * Screenshot goldens of the first screen (the viewport, not the whole page) of the home, wave
 * and series pages, at 390×844 and 1366×768, in English and Persian, without JavaScript (so
 * nothing draws late and the images are the same on every run): 12 images in
 * tests/e2e/goldens/ (snapshotPathTemplate in playwright.config.ts).
 *
 * A change of layout, charts or wording changes them on purpose: update them with
 * `npm run goldens:update` after a build, look at every new image, and commit them with the
 * change (see tests/e2e/README.md).
 */
import { expect, test } from "@playwright/test";

const PAGES = {
  home: "/",
  wave: "/waves/iran-2025-26/",
  series: "/series/hrana-arrested-2025-26/",
};
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];

test.use({ javaScriptEnabled: false });

for (const vp of VIEWPORTS) {
  test.describe(`${vp.width}×${vp.height}`, () => {
    test.use({ viewport: vp });
    for (const lang of ["en", "fa"] as const) {
      for (const [name, path] of Object.entries(PAGES)) {
        const url = lang === "fa" ? `/fa${path}` : path;
        test(`${url}: the first screen looks as approved`, async ({ page }) => {
          const response = await page.goto(url);
          expect(response?.status(), `status of ${url}`).toBe(200);
          await page.evaluate(() => document.fonts.ready);
          await expect(page).toHaveScreenshot(`${name}-${lang}-${vp.width}x${vp.height}.png`, { fullPage: false });
        });
      }
    }
  });
}
