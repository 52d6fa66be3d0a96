/**
 * Chart points by keyboard, on the first chart of a wave page:
 * (a) without JavaScript, Tab reaches the build-time SVG's point links, and a focused point
 *     shows a visible focus indicator (an outline on the link, or a changed marker stroke);
 * (b) with JavaScript, once Chart.js has drawn the chart, Tab reaches the canvas; the arrow keys
 *     move the active point (in date order, as announced in the live region: organisation and
 *     value), End goes to the last point and Enter opens that point's figure page;
 * (c) with reduced motion the chart still draws.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { drawnCharts, figures, idFromPath, pages, pathOf, pointLinks, waves } from "./support.ts";

const WAVE_PAGE = pages[`wave ${waves[0]}`];

/** The point as the chart's JSON model (served at the figure's data-chart-src) describes it. */
interface ModelPoint {
  figureId: string;
  x: number;
  y: number;
  onLine: boolean;
  organisation: string;
  valueText: string;
  dateText: string;
  href: string;
}
interface Model {
  id: string;
  lines: { organisation: string; points: ModelPoint[] }[];
}

/**
 * The order the arrow keys walk: every point of every line in date order (then by value), the
 * lines' points as Chart.js holds them (per line: those on the line, then other reports).
 */
function keyboardOrder(model: Model): ModelPoint[] {
  return model.lines
    .flatMap((l) => [...l.points.filter((p) => p.onLine), ...l.points.filter((p) => !p.onLine)])
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.x - b.p.x || a.p.y - b.p.y || a.i - b.i)
    .map(({ p }) => p);
}

async function firstChart(page: Page): Promise<Locator> {
  const chart = drawnCharts(page).first();
  await expect(chart, `a drawn chart on ${WAVE_PAGE}`).toBeAttached();
  return chart;
}

/** Focus state of the focused element, and of the chart marker inside it. */
async function focusLook(link: Locator) {
  return link.evaluate((a) => {
    const css = getComputedStyle(a);
    const mark = a.querySelector(".chart-mark");
    const m = mark ? getComputedStyle(mark) : null;
    return {
      outline: `${css.outlineStyle} ${css.outlineWidth} ${css.outlineColor}`,
      outlineVisible: css.outlineStyle !== "none" && parseFloat(css.outlineWidth) > 0,
      stroke: m ? m.stroke : "",
      strokeWidth: m ? m.strokeWidth : "",
    };
  });
}

test.describe("(a) without JavaScript: Tab reaches the SVG point links, with a visible focus indicator", () => {
  test.use({ javaScriptEnabled: false });

  test(`first chart of ${WAVE_PAGE}`, async ({ page, baseURL }) => {
    // One Tab and a few checks per point, for every point of the chart: on a busy machine this
    // takes longer than the default 30 s, so the budget grows with the work, not a fixed wait.
    test.setTimeout(120_000);
    await page.goto(WAVE_PAGE);
    const chart = await firstChart(page);
    const points = pointLinks(chart);
    const hrefs = await points.evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
    expect(hrefs.length, "point links in the first chart").toBeGreaterThan(2);

    // How every point looks without focus (the page has not been touched by keyboard yet).
    const unfocused = await points.evaluateAll((els) =>
      els.map((a) => {
        const m = a.querySelector(".chart-mark");
        return { outline: getComputedStyle(a).outlineStyle, stroke: m ? getComputedStyle(m).stroke : "" };
      }),
    );
    expect(unfocused.filter((u) => u.outline !== "none"), "unfocused points have no outline").toEqual([]);
    const svg = chart.locator(".chart-svg-wide");
    await svg.scrollIntoViewIfNeeded();

    // Start from the last link before the SVG (the legend's) and walk on with Tab through every
    // point, as a reader would: filled (exact) and open (bounds, approximate) markers alike.
    await chart.locator("figcaption a").last().focus();
    const before = await svg.screenshot();
    const chartId = (await chart.getAttribute("id"))!;
    const reached: string[] = [];
    for (let i = 0; i < hrefs.length; i++) {
      await page.keyboard.press("Tab");
      const focused = page.locator(":focus");
      const href = (await focused.getAttribute("href")) ?? "";
      const inChart = await focused.evaluate((el, id) => !!el.closest(`figure[id="${id}"] .chart-svg`), chartId);
      expect(inChart, `Tab ${i + 1} from the legend lands in the chart's SVG (on ${href || (await focused.evaluate((e) => e.outerHTML.slice(0, 80)))})`).toBe(true);
      expect(href, `Tab ${i + 1} lands on a point link`).toMatch(/\/figures\//);
      const id = idFromPath(pathOf(href, baseURL!), "figures");
      expect(figures.has(id), `${id} is a figure in data/`).toBe(true);
      reached.push(href);

      const look = await focusLook(focused);
      expect(look.outlineVisible, `point ${i + 1} (${href}) has a focus outline: "${look.outline}"`).toBe(true);
      expect(look.stroke, `point ${i + 1} (${href}): its marker's stroke changes on focus (unfocused: ${unfocused[i].stroke})`).not.toBe(unfocused[i].stroke);
      // And it shows: the chart looks different with the point focused than with nothing in it focused.
      const shot = await svg.screenshot();
      expect(shot.equals(before), `the chart's pixels change when point ${i + 1} (${href}) has focus`).toBe(false);
    }
    // Tab visits the points in the order the SVG draws them.
    expect(reached).toEqual(hrefs);
  });
});

test.describe("(b) with JavaScript: the canvas takes focus, arrow keys move between points, Enter opens one", () => {
  test(`first chart of ${WAVE_PAGE}`, async ({ page, baseURL }) => {
    await page.goto(WAVE_PAGE);
    const chart = await firstChart(page);
    const chartId = (await chart.getAttribute("id"))!;
    const model = (await (await page.request.get(new URL((await chart.getAttribute("data-chart-src"))!, baseURL).href)).json()) as Model;
    const order = keyboardOrder(model);
    expect(order.length, `points of ${chartId}`).toBeGreaterThan(2);
    const organisations = new Set(model.lines.map((l) => l.organisation));

    await chart.scrollIntoViewIfNeeded();
    await expect(chart, "the chart is enhanced once it scrolls into view").toHaveAttribute("data-enhanced", "true", { timeout: 0 });
    const canvas = chart.locator("[data-chart-canvas] canvas");
    await expect(canvas).toBeVisible();
    const announce = chart.locator("[data-chart-announce]");
    await expect(announce).toHaveAttribute("aria-live", "polite");

    // Tab from the legend and the chart's controls reaches the canvas (the SVG's links are gone from the tab order).
    // (The last control is a date input: its month, day, year and calendar button each take a Tab.)
    await chart.locator("figcaption :is(a, button, input)").last().focus();
    for (let i = 0; i < 5 && !(await canvas.evaluate((c) => c === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(canvas, "Tab from the controls reaches the canvas").toBeFocused();
    expect(await canvas.evaluate((c) => c.dataset.activePoint), "no active point before a key is pressed").toBeUndefined();

    const active = () => canvas.evaluate((c) => c.dataset.activePoint);
    const said: string[] = [];
    for (const i of [0, 1]) {
      await page.keyboard.press("ArrowRight");
      await expect.poll(active, `ArrowRight ${i + 1} makes point ${i + 1} active`).toBe(order[i].figureId);
      const text = (await announce.innerText()).trim();
      const p = order[i];
      expect(text, "the live region names the point").toBe(`${p.organisation}: ${p.valueText}, ${p.dateText}`);
      expect([...organisations].some((o) => text.startsWith(`${o}:`)), `"${text}" names one of the chart's organisations`).toBe(true);
      expect(text, "and gives the value").toContain(p.valueText);
      expect(text, "the value has digits").toMatch(/[0-9]/);
      said.push(text);
    }
    expect(order[0].figureId, "two different points").not.toBe(order[1].figureId);
    if (said[0] === said[1]) {
      // Two reports that read the same (same organisation, value and day): the active point still moved.
      expect(order[0].figureId).not.toBe(order[1].figureId);
    } else {
      expect(said[1], "the live region changes with the active point").not.toBe(said[0]);
    }

    await page.keyboard.press("ArrowLeft");
    await expect.poll(active, "ArrowLeft goes back one point").toBe(order[0].figureId);
    await page.keyboard.press("End");
    const last = order.at(-1)!;
    await expect.poll(active, "End goes to the last point").toBe(last.figureId);
    await expect(announce).toHaveText(`${last.organisation}: ${last.valueText}, ${last.dateText}`);
    await page.keyboard.press("Home");
    await expect.poll(active, "Home goes to the first point").toBe(order[0].figureId);
    await page.keyboard.press("End");
    await expect.poll(active).toBe(last.figureId);

    await page.keyboard.press("Enter");
    await expect(page, "Enter opens the active point's figure page").toHaveURL((u) => u.pathname === `/figures/${last.figureId}/`);
    expect(figures.has(last.figureId)).toBe(true);
    await expect(page.locator("h1")).toHaveCount(1);
  });
});

test.describe("(c) reduced motion: the chart still draws", () => {
  test(`first chart of ${WAVE_PAGE}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(WAVE_PAGE);
    expect(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches), "the page sees reduced motion").toBe(true);
    const chart = await firstChart(page);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute("data-enhanced", "true", { timeout: 0 });
    const canvas = chart.locator("[data-chart-canvas] canvas");
    await expect(canvas).toBeVisible();
    const box = await canvas.boundingBox();
    expect(box && box.width > 100 && box.height > 100, `the canvas is drawn at a readable size: ${JSON.stringify(box)}`).toBe(true);
    // Something is drawn on it: not every pixel is transparent.
    const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
      return false;
    });
    expect(painted, "the canvas has pixels drawn").toBe(true);
    for (const layout of await chart.locator(".chart-svg").all()) await expect(layout).toBeHidden();
  });
});
