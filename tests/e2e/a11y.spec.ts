/**
 * (g) axe finds no WCAG 2.2 AA violation (tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa)
 * and none of its best-practice rules broken (landmarks, heading order, …) on every page type:
 * with JavaScript once every chart has been drawn by Chart.js (every wave); as a reader without
 * JavaScript sees it (the build-time SVG charts; one wave); and in the dark colour scheme. "Cite this" and "Embed"
 * blocks are opened first, so their contents are checked too.
 */
import { expect, test } from "@playwright/test";
import { expectNoViolations, openAllDetails } from "./axe.ts";
import { MISSING_PAGE, enhanceCharts, morePages, pages, waves } from "./support.ts";


const checked = { ...pages, "404 page": MISSING_PAGE };
/**
 * Without JavaScript, one wave page: every wave page is one template, checked in every state on
 * the first wave; each wave's own content is checked with JavaScript above. (The largest, 2022–23
 * with its 2,600-cell tables, takes axe 20–30 s on this machine each time it is checked.)
 */
const checkedWithoutJs = Object.fromEntries(Object.entries(checked).filter(([name]) => !name.startsWith("wave ") || name === `wave ${waves[0]}`));
/** The Persian pages are checked in the same state, and with their language asserted, by a11y-i18n.spec.ts. */
const englishMorePages = Object.fromEntries(Object.entries(morePages).filter(([, path]) => !path.startsWith("/fa/")));

// axe takes several seconds on the largest pages (a wave page holds thousands of elements).
test.describe.configure({ timeout: 90_000 });

test.describe("accessibility (axe), charts as drawn by Chart.js", () => {
  for (const [name, path] of Object.entries({ ...checked, ...englishMorePages })) {
    test(`${name} (${path})`, async ({ page }) => {
      await page.goto(path);
      await enhanceCharts(page);
      await openAllDetails(page, { enhanced: true });
      await expectNoViolations(page, `${path} with JavaScript`);
    });
  }
});

test.describe("accessibility (axe), without JavaScript (build-time SVG charts)", () => {
  // axe itself needs JavaScript, so "without JavaScript" here means: the site's own scripts are
  // answered with an empty file, leaving the page exactly as a reader without JavaScript sees it.
  test.beforeEach(async ({ page }) => {
    await page.route("**/*", (route) =>
      route.request().resourceType() === "script"
        ? route.fulfill({ status: 200, contentType: "text/javascript", body: "" })
        : route.continue(),
    );
  });
  for (const [name, path] of Object.entries(checkedWithoutJs)) {
    test(`${name} (${path})`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expect(page.locator("canvas, figure[data-chart][data-enhanced]")).toHaveCount(0);
      await openAllDetails(page, { enhanced: false });
      await expectNoViolations(page, `${path} without JavaScript`);
    });
  }
});

test.describe("accessibility (axe), dark colour scheme", () => {
  test.use({ colorScheme: "dark" });
  for (const name of ["home", `wave ${waves[0]}`, "series", "source", "figure"]) {
    const path = pages[name];
    test(`${name} (${path})`, async ({ page }) => {
      await page.goto(path);
      await enhanceCharts(page);
      await openAllDetails(page, { enhanced: true });
      // Checked in full above; in the dark scheme only colours change.
      await expectNoViolations(page, `${path} in the dark colour scheme`, { colourOnly: true });
    });
  }
});
