/**
 * Screenshot goldens of the first screen (the viewport, not the whole page) of the home, wave
 * and series pages, at 390×844 and 1366×768, in English and Persian, and of a figure page and
 * the comparison in Persian (right to left, issue 12), without JavaScript (so nothing draws late
 * and the images are the same on every run): 16 images in tests/e2e/goldens/
 * (snapshotPathTemplate in playwright.config.ts).
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
/** Right to left only: a figure with Latin names inside Persian sentences, and the comparison chart. */
const PERSIAN_ONLY = {
  figure: "/figures/ihr-sentenced-to-death-2025-26.2026-01-12.webjosh-1768376022/",
  compare: "/compare/",
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
      for (const [name, path] of Object.entries(lang === "fa" ? { ...PAGES, ...PERSIAN_ONLY } : PAGES)) {
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
