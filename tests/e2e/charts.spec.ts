/**
 * (c) Every chart draws: the build-time SVG has point links (each to a real figure), and once the
 *     chart scrolls into view Chart.js draws a canvas and the figure gets data-enhanced="true".
 * (h) Tables match charts: the table under a chart lists exactly the figures its SVG plots.
 * Both on one visit to each page.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { chartPages, chartedSeries, drawnCharts, figures, idFromPath, pathOf, pointLinks } from "./support.ts";

// Series pages draw with the same code as wave pages (which are all tested): one series page per
// wave and measure, the one with the most figures, keeps every kind of series chart covered
// while the browser run stays inside CI's time budget as waves and claimants are added.
const sampled = new Map<string, (typeof chartedSeries)[number]>();
for (const s of chartedSeries) {
  const key = `${s.series.wave}|${s.series.measure}`;
  const best = sampled.get(key);
  if (!best || s.figures.length > best.figures.length || (s.figures.length === best.figures.length && s.series.id < best.series.id)) sampled.set(key, s);
}
const seriesPages = Object.fromEntries([...sampled.values()].map((s) => [`series ${s.series.id}`, `/series/${s.series.id}/`]));
// Fewer than three dated figures are listed, not charted (Chart.astro, ChartDots.astro).
const chartable = new Map(chartedSeries.map((s) => [s.series.id, s.figures.filter((f) => f.as_of).length >= 3]));

async function hrefs(links: Locator, base: string): Promise<string[]> {
  const all = await links.evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? e.getAttribute("xlink:href") ?? ""));
  return all.map((h) => pathOf(h, base));
}

async function expectChartsDraw(page: Page, path: string, baseURL: string): Promise<void> {
  await page.goto(path);
  await expectTablesMatchCharts(page, baseURL);
  const charts = page.locator("figure[data-chart]");
  const drawn = drawnCharts(page);
  expect(await charts.count(), "chart blocks on the page").toBeGreaterThan(0);
  // A chart block without an SVG must say why (no dated figure, or too few for a chart, then
  // listed with links); every other one draws.
  for (const empty of await charts.filter({ hasNot: page.locator(".chart-svg svg") }).all()) {
    await expect(empty).toContainText(/No dated figure to chart\.|too few for a chart\./);
  }
  for (const chart of await drawn.all()) {
    const name = await chart.locator("figcaption :is(h2, h3)").first().innerText();
    const links = pointLinks(chart);
    expect(await links.count(), `point links in the SVG of "${name}"`).toBeGreaterThan(0);
    for (const p of await hrefs(links, baseURL)) {
      expect(figures.has(idFromPath(p, "figures")), `"${name}" links a point to ${p}, which is not a figure in data/`).toBe(true);
    }
    await chart.scrollIntoViewIfNeeded();
    await expect(chart, `"${name}" is enhanced after scrolling into view`).toHaveAttribute("data-enhanced", "true", { timeout: 0 });
    const canvas = chart.locator("[data-chart-canvas] canvas");
    await expect(canvas).toBeVisible();
    const box = await canvas.boundingBox();
    expect(box && box.width > 100 && box.height > 100, `"${name}" canvas is drawn at a readable size: ${JSON.stringify(box)}`).toBe(true);
    // The SVG steps aside only once the canvas is there.
    for (const svg of await chart.locator(".chart-svg").all()) await expect(svg).toBeHidden();
  }
}

// One visit per page for both checks (a page load is most of a browser test's cost).
test.describe("every chart draws, as SVG and then as canvas, and its table lists exactly the figures it plots", () => {
  for (const [name, path] of Object.entries(chartPages)) {
    test(`${name} (${path})`, async ({ page, baseURL }) => {
      await expectChartsDraw(page, path, baseURL!);
      // A page must draw a chart when one of its series alone has three dated figures; an older
      // wave with fewer lists its figures instead.
      const wave = /^\/waves\/([^/]+)\//.exec(path)?.[1];
      const mustDraw = !wave || chartedSeries.some((s) => s.series.wave === wave && s.figures.filter((f) => f.as_of).length >= 3);
      if (mustDraw) expect(await drawnCharts(page).count(), `drawn charts on ${path}`).toBeGreaterThan(0);
    });
  }
  for (const [name, path] of Object.entries(seriesPages)) {
    test(`${name} (${path})`, async ({ page, baseURL }) => {
      const id = name.replace(/^series /, "");
      if (chartable.get(id)) await expectChartsDraw(page, path, baseURL!);
      else {
        // Too few dated figures for a chart: the page says so, and its one table lists them all.
        await page.goto(path);
        await expectTablesMatchCharts(page, baseURL!);
        await expect(page.locator("main")).toContainText(/too few for a chart\.|not charted/i);
      }
      expect(await drawnCharts(page).count(), `a chart is drawn iff ${id} has three dated figures or more`).toBe(chartable.get(id) ? 1 : 0);
    });
  }
});

/**
 * (h) On the page as loaded: each drawn chart's table lists exactly the figures its model plots,
 * every row linking to its figure and its source, and every SVG marker links to one of them.
 */
async function expectTablesMatchCharts(page: Page, baseURL: string): Promise<void> {
  for (const chart of await drawnCharts(page).all()) {
    const title = await chart.locator("figcaption :is(h2, h3)").first().innerText();
    // Every plotted figure, from the chart's model (crowded points are vertices of the line
    // without a marker of their own, so the SVG links a subset of them).
    const src = (await chart.getAttribute("data-chart-src"))!;
    const model = (await (await page.request.get(new URL(src, baseURL).href)).json()) as { lines: { points: { href: string }[] }[] };
    const points = model.lines.flatMap((l) => l.points.map((p) => pathOf(p.href, baseURL)));
    const marked = await hrefs(pointLinks(chart), baseURL);
    expect(marked.length, `"${title}": markers in the SVG`).toBeGreaterThan(0);
    expect(marked.filter((m) => !points.includes(m)), `"${title}": SVG markers that are not plotted figures`).toEqual([]);
    const rows = chart.locator(".figure-table table tbody tr");
    expect(await rows.count(), `"${title}": table rows vs plotted figures`).toBe(points.length);
    // Each row's first cell links to its figure; the set of figures must be the same.
    const rowFigures = await hrefs(rows.locator('td:first-child a[href*="/figures/"]'), baseURL);
    expect(rowFigures.length, `"${title}": every row links to its figure`).toBe(points.length);
    expect([...rowFigures].sort(), `"${title}": figures in the table vs figures in the SVG`).toEqual([...points].sort());
    // And every row links to its source document's page.
    await expect(rows.filter({ hasNot: page.locator('a[href*="/sources/"]') }), `"${title}": rows without a source link`).toHaveCount(0);
  }
}
