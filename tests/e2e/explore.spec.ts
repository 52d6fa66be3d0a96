/**
 * Shaping a chart and sharing it (issue 15: items 1, 2, 4, 5, 8). On the interactive chart
 * each legend entry toggles its line in place (the series page one link away), presets and a
 * custom range choose the dates drawn, the waves comparison has a log scale; the view lives in
 * the address (restored when opened, kept by the language switch, carried by "Cite this" and
 * the embed code), and embeds get the same tooltips and toggles, without cookies or storage.
 * What Chart.js draws is read from the canvas' data attributes, which chart-render.ts writes
 * from the Chart.js instance (dataset visibility, scale min and max, scale type).
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoViolations, openAllDetails } from "./axe.ts";
import { interactiveChart, seriesFiles, waves } from "./support.ts";

const DAY = 86_400_000;
const WAVE = waves.find((w) => w === "iran-2025-26") ?? waves[0];
const WAVE_PATH = `/waves/${WAVE}/`;
const CHART = `${WAVE}-detainees`;

/** The chart block, drawn, with its controls (support.ts). */
const interactive = (page: Page, id: string) => interactiveChart(page, id, { controls: true });

const shownLines = async (canvas: Locator) => ((await canvas.getAttribute("data-shown-lines")) ?? "").split(" ").filter(Boolean);
const xRange = async (canvas: Locator) => [Number(await canvas.getAttribute("data-x-min")), Number(await canvas.getAttribute("data-x-max"))];

test.describe("legend toggles", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("a toggle hides its line in place, the address keeps it, reopening and the language switch restore it", async ({ page, baseURL }) => {
    await page.goto(WAVE_PATH);
    const { figure, canvas } = await interactive(page, CHART);
    const toggles = figure.locator("button.legend-toggle");
    const all = await shownLines(canvas);
    expect(all.length, "lines drawn at first").toBeGreaterThan(1);
    expect(await toggles.count(), "one toggle per line").toBe(all.length);
    // Every toggle names a series of this wave in data/, and its series page is one link away.
    const ids = await toggles.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.series!));
    for (const id of ids) {
      expect(seriesFiles.some((s) => s.series.id === id && s.series.wave === WAVE), `${id} is a series of ${WAVE}`).toBe(true);
      await expect(figure.locator(`li[data-series="${id}"] a.legend-series`)).toHaveAttribute("href", new RegExp(`/series/${id}/$`));
    }

    const off = ids[0];
    const toggle = toggles.first();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await toggle.focus();
    await page.keyboard.press("Space");
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(canvas).not.toHaveAttribute("data-shown-lines", new RegExp(`\\b${off}\\b`));
    expect((await shownLines(canvas)).sort()).toEqual(all.filter((l) => l !== off).sort());
    expect(new URL(page.url()).pathname, "still on the wave page").toBe(WAVE_PATH);
    const address = page.url();
    expect(new URL(address).searchParams.get(`${CHART}.hide`)).toBe(off);

    // Enter shows it again; Space hides it once more (both keys work on a button).
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(new URL(page.url()).searchParams.has(`${CHART}.hide`), "the default view writes nothing").toBe(false);
    await page.keyboard.press("Space");
    await expect(toggle).toHaveAttribute("aria-pressed", "false");

    // Opened afresh, the address draws the same view.
    const again = await page.context().newPage();
    await again.goto(address);
    const reopened = await interactive(again, CHART);
    await expect(reopened.figure.locator(`button.legend-toggle[data-series="${off}"]`)).toHaveAttribute("aria-pressed", "false");
    expect(await shownLines(reopened.canvas)).not.toContain(off);
    await again.close();

    // The language switch carries the view to the Persian page, which restores it.
    const switcher = page.locator("a.lang-switch");
    await expect(switcher).toHaveAttribute("href", new RegExp(`\\?${CHART.replace(/[-.]/g, "\\$&")}\\.hide=${off}$`));
    await switcher.click();
    await expect(page).toHaveURL(new RegExp(`/fa${WAVE_PATH}\\?`));
    const fa = await interactive(page, CHART);
    await expect(fa.figure.locator(`button.legend-toggle[data-series="${off}"]`)).toHaveAttribute("aria-pressed", "false");
    expect(await shownLines(fa.canvas)).not.toContain(off);
    // And back.
    await expect(page.locator("a.lang-switch")).toHaveAttribute("href", `${WAVE_PATH}?${CHART}.hide=${off}`);
    expect(baseURL).toBeTruthy();
  });

  test("'Cite this' and the embed code carry the view", async ({ page }) => {
    await page.goto(WAVE_PATH);
    const { figure } = await interactive(page, CHART);
    const cite = figure.locator("details[data-cite]");
    const permanent = cite.locator("a[data-permanent]");
    const before = (await permanent.getAttribute("href"))!;
    expect(before).not.toContain("?");
    await figure.locator("button.legend-toggle").first().click();
    await figure.locator('button[data-range="last30"]').click();
    const query = new URL(page.url()).search;
    expect(query).toContain(`${CHART}.range=last30`);
    await openAllDetails(page, { enhanced: true });
    // The query goes before the chart's fragment.
    const [page0, fragment] = before.split("#");
    const expected = `${page0}${query}${fragment ? `#${fragment}` : ""}`;
    await expect(permanent).toHaveAttribute("href", expected);
    await expect(permanent).toHaveText(expected);
    await expect(cite.locator('pre[data-format="plain"]')).toContainText(expected);
    const embed = figure.locator("details[data-embed] pre");
    await expect(embed).toContainText(`/embed/${CHART}/${query.replace(/&/g, "&amp;")}"`);
  });
});

test.describe("date range", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("presets and a custom range change the plotted x range, by keyboard, and live in the address", async ({ page }) => {
    await page.goto(WAVE_PATH);
    const { figure, canvas } = await interactive(page, CHART);
    const [x0, x1] = await xRange(canvas);
    expect(x1 - x0, "the whole wave spans more than 30 days").toBeGreaterThan(30 * DAY);

    const last = figure.locator('button[data-range="last30"]');
    await last.focus();
    await page.keyboard.press("Enter");
    await expect(last).toHaveAttribute("aria-pressed", "true");
    await expect(canvas).toHaveAttribute("data-x-min", String(x1 - 30 * DAY));
    await expect(canvas).toHaveAttribute("data-x-max", String(x1));
    expect(new URL(page.url()).searchParams.get(`${CHART}.range`)).toBe("last30");

    const first = figure.locator('button[data-range="first30"]');
    await first.focus();
    await page.keyboard.press("Space");
    await expect(canvas).toHaveAttribute("data-x-max", String(x0 + 30 * DAY));
    await expect(canvas).toHaveAttribute("data-x-min", String(x0));

    // A custom range, typed: from 10 January to 20 January 2026 (the whole of the 20th).
    const from = figure.locator("input[data-range-from]");
    const to = figure.locator("input[data-range-to]");
    await to.fill("2026-01-20");
    await from.fill("2026-01-10");
    await from.press("Tab");
    await expect(canvas).toHaveAttribute("data-x-min", String(Date.UTC(2026, 0, 10)));
    await expect(canvas).toHaveAttribute("data-x-max", String(Date.UTC(2026, 0, 21) - 1));
    expect(new URL(page.url()).searchParams.get(`${CHART}.range`)).toBe("2026-01-10..2026-01-20");
    for (const b of await figure.locator("button[data-range]").all()) await expect(b).toHaveAttribute("aria-pressed", "false");

    const whole = figure.locator('button[data-range=""]');
    await whole.focus();
    await page.keyboard.press("Enter");
    await expect(canvas).toHaveAttribute("data-x-min", String(x0));
    await expect(canvas).toHaveAttribute("data-x-max", String(x1));
    expect(new URL(page.url()).searchParams.has(`${CHART}.range`)).toBe(false);
  });

  test("a range in the address is drawn when the page opens", async ({ page }) => {
    await page.goto(`${WAVE_PATH}?${CHART}.range=2026-01-05..2026-01-25`);
    const { canvas, figure } = await interactive(page, CHART);
    await expect(canvas).toHaveAttribute("data-x-min", String(Date.UTC(2026, 0, 5)));
    await expect(figure.locator("input[data-range-to]")).toHaveValue("2026-01-25");
  });
});

test.describe("log scale on the waves comparison", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("the toggle switches the y axis to a log scale and back, by keyboard, and the address keeps it", async ({ page }) => {
    await page.goto("/compare/");
    const { figure, canvas } = await interactive(page, "compare-arrests");
    await expect(canvas).toHaveAttribute("data-y-scale", "linear");
    const log = figure.locator("button[data-scale-log]");
    await expect(log).toHaveAttribute("aria-pressed", "false");
    await log.focus();
    await page.keyboard.press("Space");
    await expect(log).toHaveAttribute("aria-pressed", "true");
    await expect(canvas).toHaveAttribute("data-y-scale", "logarithmic");
    expect(new URL(page.url()).searchParams.get("compare-arrests.scale")).toBe("log");
    // Its days axis has day presets too.
    await figure.locator('button[data-range="first30"]').click();
    await expect(canvas).toHaveAttribute("data-x-max", "30");
    await expect(canvas).toHaveAttribute("data-y-scale", "logarithmic");
    await page.reload();
    const reopened = await interactive(page, "compare-arrests");
    await expect(reopened.canvas).toHaveAttribute("data-y-scale", "logarithmic");
    await expect(reopened.canvas).toHaveAttribute("data-x-max", "30");
    await reopened.figure.locator("button[data-scale-log]").focus();
    await page.keyboard.press("Enter");
    await expect(reopened.canvas).toHaveAttribute("data-y-scale", "linear");
  });

  test("only the comparison has a log scale", async ({ page }) => {
    await page.goto(WAVE_PATH);
    await interactive(page, CHART);
    await expect(page.locator("button[data-scale-log]")).toHaveCount(0);
  });
});

test.describe("controls in both languages, on a phone and a laptop", () => {
  // axe over a whole page with every section open takes 10–20 s on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });
  for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 768 }]) {
    for (const prefix of ["", "/fa"]) {
      test(`${prefix || "/en"} at ${viewport.width}×${viewport.height}: labelled, focus visible, nothing wider than the screen, axe clean on ${viewport.width > 600 ? "the chart" : "the whole page"}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(`${prefix}/compare/?compare-arrests.hide=hrana-arrested-2022-23&compare-arrests.scale=log`);
        const { figure } = await interactive(page, "compare-arrests");
        const controls = figure.locator("button.legend-toggle, [data-chart-controls] button, [data-chart-controls] input");
        expect(await controls.count()).toBeGreaterThan(5);
        for (const c of await controls.all()) {
          const name = await c.evaluate((e) => ((e as HTMLInputElement).labels?.[0] ?? e).textContent?.trim() ?? "");
          expect(name.length, "a visible label").toBeGreaterThan(1);
          if (prefix) expect(name, "Persian labels").toMatch(/[\u0600-\u06ff]|^[\d\s]*$/);
          const box = await c.boundingBox();
          expect(box!.x >= 0 && box!.x + box!.width <= viewport.width, `inside the screen: ${name} ${JSON.stringify(box)}`).toBe(true);
        }
        // Focus reaches a control from the keyboard and is drawn.
        await figure.locator("button.legend-toggle").first().focus();
        await page.keyboard.press("Tab");
        const outline = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return { tag: el.tagName, visible: el.matches(":focus-visible"), style: getComputedStyle(el).outlineStyle };
        });
        expect(outline.visible && outline.style !== "none", JSON.stringify(outline)).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), "no sideways scrolling").toBeLessThanOrEqual(viewport.width);
        await openAllDetails(page, { enhanced: true });
        // On a phone, the whole page: the only full-page axe run at phone width. On a laptop, the
        // chart in this state: the whole page at that width is checked by a11y(-i18n).spec.ts.
        await expectNoViolations(page, `${prefix}/compare/ at ${viewport.width}px with a hidden line and a log scale`, {
          within: viewport.width > 600 ? "figure#compare-arrests" : undefined,
        });
      });
    }
  }

  test("wave page with a range: the chart axe clean in Persian", async ({ page }) => {
    await page.goto(`/fa${WAVE_PATH}?${CHART}.range=last30`);
    await interactive(page, CHART);
    // The Persian wave page is checked whole by a11y-i18n.spec.ts; here the chart with a range.
    await expectNoViolations(page, `/fa${WAVE_PATH} with the last 30 days`, { within: `figure#${CHART}` });
  });
});

test.describe("embeds are interactive", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("tooltips and toggles in the embed, no cookies, no storage", async ({ page, context }) => {
    await page.goto(`/embed/${CHART}/?${CHART}.range=last30`);
    const { figure, canvas } = await interactive(page, CHART);
    await expect(canvas).toHaveAttribute("data-x-min", /\d/);
    const [x0, x1] = await xRange(canvas);
    expect(x1 - x0, "the range from the address").toBe(30 * DAY);
    // A tooltip: walk to a point with the keyboard, as on the site.
    await canvas.focus();
    await page.keyboard.press("End");
    const tip = figure.locator(".chart-tooltip");
    await expect(tip).toBeVisible();
    await expect(tip.locator("a")).toHaveAttribute("href", /\/figures\//);
    // A toggle.
    const toggle = figure.locator("button.legend-toggle").first();
    const id = (await toggle.getAttribute("data-series"))!;
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(await shownLines(canvas)).not.toContain(id);
    expect(new URL(page.url()).searchParams.get(`${CHART}.hide`)).toBe(id);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(["", 0, 0]);
    await expectNoViolations(page, `/embed/${CHART}/ with a hidden line`);
  });
});
