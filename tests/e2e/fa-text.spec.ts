/**
 * Persian pages (issue 12, in part): the source lines under charts give their dates in the
 * Persian calendar and digits, with Latin-script publisher names isolated; the data version
 * keeps its left-to-right order.
 */
import { expect, test } from "@playwright/test";

const ENGLISH_DATE = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b\d{4}-\d{2}-\d{2}\b/;

for (const path of ["/fa/", "/fa/waves/iran-2025-26/", "/fa/waves/iran-2022-23/"]) {
  test(`${path}: source lines give Persian dates, publisher names isolated; the version reads left to right`, async ({ page }) => {
    await page.goto(path);
    // innerText: what a reader sees (the print-only URLs are hidden on screen).
    const lines = await page.locator("p.source-line").allInnerTexts();
    expect(lines.length, "source lines").toBeGreaterThan(0);
    expect(lines.filter((l) => ENGLISH_DATE.test(l)).map((l) => ENGLISH_DATE.exec(l)![0]), "English-format dates in source lines").toEqual([]);
    expect(lines.some((l) => /[۰-۹]/.test(l)), "Persian digits in the source lines").toBe(true);
    const latinNames = await page.locator("p.source-line a").evaluateAll((as) =>
      as.filter((a) => /[A-Za-z]/.test(a.textContent ?? "") && !a.querySelector("bdi")).map((a) => a.textContent),
    );
    expect(latinNames, "Latin-script names not isolated").toEqual([]);
    const version = page.locator("footer .version").first();
    await expect(version).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
    expect(await version.evaluate((el) => [getComputedStyle(el).direction, getComputedStyle(el).unicodeBidi]), "the version isolated left to right").toEqual(["ltr", "isolate"]);
  });
}

test("/fa/series/…: the citation box names its plain-text format in Persian and keeps the version left to right", async ({ page }) => {
  await page.goto("/fa/series/hrana-arrested-2025-26/");
  const headings = await page.locator("details#cite-series figure.cite-format > figcaption").allTextContents();
  expect(headings.length, "citation formats").toBeGreaterThan(0);
  expect(headings, "format names").not.toContain("Text");
  expect(headings).toContain("متن ساده");
  const version = page.locator("details#cite-series p .version").first();
  await expect(version).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  expect(await version.evaluate((el) => [getComputedStyle(el).direction, getComputedStyle(el).unicodeBidi]), "the version isolated left to right").toEqual(["ltr", "isolate"]);
});
