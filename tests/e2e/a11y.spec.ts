/**
 * (g) axe finds no WCAG 2.2 AA violation (tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa):
 * on each page as it first loads without JavaScript (the build-time SVG charts), and with
 * JavaScript once every chart has been drawn by Chart.js; also in the dark colour scheme.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { MISSING_PAGE, enhanceCharts, pages, waves } from "./support.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const MAX_TARGETS = 8;

async function expectNoViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations
    .map((v) => {
      const targets = v.nodes.slice(0, MAX_TARGETS).map((n) => `      ${n.target.join(" ")}`);
      if (v.nodes.length > MAX_TARGETS) targets.push(`      … and ${v.nodes.length - MAX_TARGETS} more`);
      return `  ${v.id} (${v.impact ?? "?"}, ${v.nodes.length} element(s)): ${v.help}\n    ${v.helpUrl}\n${targets.join("\n")}`;
    })
    .join("\n");
  expect(violations.map((v) => v.id), `axe violations on ${label}:\n${report}`).toEqual([]);
}

const checked = { ...pages, "404 page": MISSING_PAGE };

test.describe("accessibility (axe), charts as drawn by Chart.js", () => {
  for (const [name, path] of Object.entries(checked)) {
    test(`${name} (${path})`, async ({ page }) => {
      await page.goto(path);
      await enhanceCharts(page);
      await expectNoViolations(page, `${path} with JavaScript`);
    });
  }
});

test.describe("accessibility (axe), without JavaScript (build-time SVG charts)", () => {
  test.use({ javaScriptEnabled: false });
  for (const [name, path] of Object.entries(checked)) {
    test(`${name} (${path})`, async ({ page }) => {
      await page.goto(path);
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
      await expectNoViolations(page, `${path} in the dark colour scheme`);
    });
  }
});
