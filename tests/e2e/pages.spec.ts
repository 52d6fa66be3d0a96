/**
 * On one visit to each page type (and each series page with a chart):
 * (a) the page loads, with no console error and no failed request, and a missing URL gets the
 *     404 page with status 404;
 * (b) every request the page makes goes to the site's own origin, also once the charts have
 *     scrolled into view and Chart.js has loaded, and the reader has scrolled to the end.
 */
import { expect, test } from "@playwright/test";
import { MISSING_PAGE, chartedSeries, enhanceCharts, morePages, pages, record } from "./support.ts";

test.describe("every page type loads cleanly, and no request leaves the site's origin", () => {
  // One visit per page for both checks (a page load is most of a browser test's cost). Every
  // series page with a chart too: each loads Chart.js on its own. (A series with fewer than
  // three dated figures has no chart and no script to load: its page is like any other.)
  const paths: Record<string, string> = { ...pages, ...morePages };
  for (const s of chartedSeries) if (s.figures.filter((f) => f.as_of).length >= 3) paths[`series ${s.series.id}`] = `/series/${s.series.id}/`;

  for (const [name, path] of Object.entries(paths)) {
    test(`${name} (${path})`, async ({ page, baseURL }) => {
      const rec = record(page);
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBe(200);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("h1")).not.toBeEmpty();
      await expect(page.locator("main#main")).toBeVisible();
      const charts = await enhanceCharts(page);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState("networkidle");
      expect(rec.consoleErrors, "console errors").toEqual([]);
      expect(rec.failures, "failed requests").toEqual([]);
      expectSameOrigin(rec.requests, baseURL!, `${charts} chart(s) enhanced`);
    });
  }

  test(`a missing URL (${MISSING_PAGE}) gets the 404 page with status 404`, async ({ page, baseURL }) => {
    const rec = record(page);
    const response = await page.goto(MISSING_PAGE);
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "the home page" })).toHaveAttribute("href", "/");
    await page.waitForLoadState("networkidle");
    // The document's own 404 is the point of this test; Chromium also logs it as a console error.
    const documentUrl = new URL(MISSING_PAGE, baseURL).href;
    const expectedFailure = `GET ${documentUrl}: HTTP 404`;
    expect(rec.failures.filter((f) => f !== expectedFailure), "failed requests besides the page itself").toEqual([]);
    expect(
      rec.consoleErrors.filter((e) => !(e.includes("404") && e.endsWith(`(at ${documentUrl})`))),
      "console errors besides the page's own 404",
    ).toEqual([]);
    expectSameOrigin(rec.requests, baseURL!, "the 404 page");
  });
});

/** Every request went to the site's own origin; data: and blob: URLs are made inside the page and never reach a network. */
function expectSameOrigin(requests: string[], baseURL: string, what: string): void {
  const origin = new URL(baseURL).origin;
  expect(requests.length).toBeGreaterThan(0);
  const offOrigin = requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
  expect(offOrigin, `requests to other origins than ${origin} (${what})`).toEqual([]);
}
