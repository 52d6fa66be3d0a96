/**
 * What a mouse and the keyboard do on the interactive chart and the "Cite this" blocks (issue 18),
 * beside touch.spec.ts (a tap) and keyboard.spec.ts (arrow keys on the canvas):
 * - a mouse over a point shows its tooltip; a click on it opens the point's figure page (not its
 *   source, not another point's);
 * - "Cite this" opens, and copies, by keyboard alone; when the clipboard is refused, the text is
 *   selected instead, so the reader can still copy it.
 */
import { expect, test, type Page } from "@playwright/test";
import { figures, idFromPath, pathOf, pages } from "./support.ts";

const WAVE_PAGE = "/waves/iran-2025-26/";

/** The newest point of the first drawn chart, where Chart.js draws it: the keyboard walks to it and its tooltip records the spot. */
async function newestPoint(page: Page) {
  const chart = page.locator("figure[data-chart]").filter({ has: page.locator(".chart-svg svg") }).first();
  const id = (await chart.getAttribute("id"))!;
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute("data-enhanced", "true", { timeout: 0 });
  const canvas = chart.locator("[data-chart-canvas] canvas");
  await canvas.focus();
  await page.keyboard.press("End");
  const tip = chart.locator(".chart-tooltip");
  await expect(tip).toBeVisible();
  const at = { x: Number(await tip.getAttribute("data-x")), y: Number(await tip.getAttribute("data-y")) };
  const href = (await tip.locator("a").getAttribute("href"))!;
  const activeFigure = (await canvas.evaluate((c) => c.dataset.activePoint))!;
  return { chart, id, canvas, at, href, activeFigure };
}

for (const prefix of ["", "/fa"]) {
  test.describe(`${prefix || "/en"}: a mouse on a chart point`, () => {
    // Reduced motion: the chart draws at once, so the point stays where the keyboard found it.
    test.use({ viewport: { width: 1366, height: 900 }, reducedMotion: "reduce" });
    test(`${prefix}${WAVE_PAGE}: hovering shows the point's tooltip, a click opens that point's figure page`, async ({ page, baseURL }) => {
      await page.goto(`${prefix}${WAVE_PAGE}`);
      const { chart, canvas, at, href, activeFigure } = await newestPoint(page);
      expect(pathOf(href, baseURL!), "the tooltip links to the active point's figure").toBe(`${prefix}/figures/${activeFigure}/`);
      expect(figures.has(activeFigure), `${activeFigure} is a figure in data/`).toBe(true);

      // Leave the chart: the tooltip goes.
      await canvas.blur();
      await page.locator("h1").click();
      await expect(chart.locator(".chart-tooltip")).toBeHidden();
      await canvas.scrollIntoViewIfNeeded();
      const box = (await chart.locator("[data-chart-canvas]").boundingBox())!;
      const url = page.url();
      expect(box.y + at.y, "the point is on the screen").toBeGreaterThan(0);

      // Hover: the tooltip of that point, and the page stays.
      await page.mouse.move(box.x + at.x, box.y + at.y);
      const tip = chart.locator(".chart-tooltip");
      await expect(tip).toBeVisible();
      await expect(tip.locator("a")).toHaveAttribute("href", href);
      expect(page.url()).toBe(url);

      // Click: straight to the figure page (a mouse needs no tooltip step).
      await page.mouse.click(box.x + at.x, box.y + at.y);
      await expect(page).toHaveURL((u) => u.pathname === `${prefix}/figures/${activeFigure}/`);
      expect(idFromPath(new URL(page.url()).pathname.slice(prefix.length), "figures")).toBe(activeFigure);
      await expect(page.locator("h1")).toHaveCount(1);
    });
  });
}

test.describe('"Cite this" by keyboard', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
  });

  for (const [prefix, copied] of [["", "Copied"], ["/fa", "کپی شد"]] as const) {
    test(`${prefix}${pages.series}: Enter opens the block, Tab reaches a copy button, Enter copies the citation`, async ({ page }) => {
      await page.goto(`${prefix}${pages.series}`);
      const cite = page.locator("details.cite[data-cite]").filter({ has: page.locator('pre[data-format="bibtex"]') }).first();
      const summary = cite.locator("summary");
      await summary.focus();
      await page.keyboard.press("Enter");
      await expect(cite).toHaveAttribute("open", "");
      const buttons = cite.locator("button.copy");
      await expect(buttons).toHaveCount(await cite.locator("pre[data-format]").count());

      // Tab from the summary to the first copy button (links in the block come first).
      const first = buttons.first();
      for (let i = 0; i < 8 && !(await first.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
      await expect(first, "Tab reaches the first copy button").toBeFocused();
      const pre = first.locator("xpath=preceding-sibling::pre[1]");
      await page.evaluate(() => navigator.clipboard.writeText("not yet copied"));
      await page.keyboard.press("Enter");
      await expect(pre).toHaveAttribute("data-copied", "true");
      await expect(first, "the button says it copied").toHaveText(copied);
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await pre.textContent());
      // The citation names the page's permanent address in this release.
      expect(await pre.textContent()).toMatch(new RegExp(`https?://[^/\\s]+${prefix}/v/\\d{4}-\\d{2}-\\d{2}(\\.\\d+)?${pages.series.replace(/[/.]/g, "\\$&")}`));
    });
  }
});

test.describe('"Cite this" without clipboard access', () => {
  test(`${pages.series}: the copy button selects the citation instead, for the reader to copy`, async ({ page }) => {
    await page.addInitScript(() => {
      // As in an insecure context or with the permission refused.
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) } });
    });
    await page.goto(pages.series);
    const cite = page.locator("details.cite[data-cite]").filter({ has: page.locator('pre[data-format="bibtex"]') }).first();
    await cite.locator("summary").click();
    const pre = cite.locator('pre[data-format="bibtex"]');
    await pre.locator("xpath=following-sibling::button[1]").click();
    await expect(pre).toHaveAttribute("data-copied", "true");
    const selected = await page.evaluate(() => getSelection()?.toString() ?? "");
    expect(selected, "the whole BibTeX entry is selected").toBe(await pre.textContent());
    expect(selected.startsWith("@misc{")).toBe(true);
  });
});
