/**
 * Shared helpers for the browser tests: the dataset read straight from data/ (so tests know
 * what the pages must show without trusting the pages), a recorder for what a page does on
 * the network and the console, and a helper that scrolls every chart into view.
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, type BrowserContext, type Locator, type Page } from "@playwright/test";

const DATA = new URL("../../data/", import.meta.url);

interface SourceRecord {
  id: string;
  url: string;
  title: string;
}
interface FigureRecord {
  id: string;
  as_of: string | null;
  source: string;
}
interface SeriesFile {
  series: { id: string; wave: string; organisation: string; measure: string; on_charts: boolean };
  figures: FigureRecord[];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, DATA), "utf8")) as T;
}

export const sources: Map<string, SourceRecord> = new Map(
  readJson<{ sources: SourceRecord[] }>("sources.json").sources.map((s) => [s.id, s]),
);
export const organisations: string[] = readJson<{ organisations: { id: string }[] }>("organisations.json").organisations.map((o) => o.id);
export const waves: string[] = readJson<{ waves: { id: string }[] }>("waves.json").waves.map((w) => w.id);
export const seriesFiles: SeriesFile[] = readdirSync(new URL("series/", DATA))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => readJson<SeriesFile>(`series/${f}`));
export const figures: Map<string, FigureRecord> = new Map(seriesFiles.flatMap((s) => s.figures.map((f) => [f.id, f] as const)));

/** Series pages that draw a chart, split by whether the series has any dated (plottable) figure. */
export const chartedSeries = seriesFiles.filter((s) => s.series.on_charts);

/** The pages the tests visit, one of each kind. */
const SERIES = "hrana-arrested-2025-26";
const sampleSeries = seriesFiles.find((s) => s.series.id === SERIES);
if (!sampleSeries) throw new Error(`tests/e2e: data/series/${SERIES}.json is missing; pick another sample series in tests/e2e/support.ts`);
const sampleFigure = sampleSeries.figures.find((f) => f.as_of) ?? sampleSeries.figures[0];

export const pages = {
  home: "/",
  ...Object.fromEntries(waves.map((w) => [`wave ${w}`, `/waves/${w}/`])),
  series: `/series/${SERIES}/`,
  source: `/sources/${sampleFigure.source}/`,
  organisation: `/organisations/${sampleSeries.series.organisation}/`,
  figure: `/figures/${sampleFigure.id}/`,
  compare: "/compare/",
  methodology: "/methodology/",
  "sources index": "/sources/",
} as Record<string, string>;
export const MISSING_PAGE = "/no-such-page-e2e/";

/** The latest release, as the release manifest lists them (its pages are archived under /v/<version>/). */
export const latestRelease: string | undefined = (JSON.parse(readFileSync(new URL("releases/manifest.json", DATA), "utf8")) as { releases: Array<{ version: string }> }).releases.at(-1)?.version;

/**
 * Page types beyond the core reader pages: the site's own pages about itself, an archived
 * release and the Persian edition. Checked for clean loading, same-origin requests and axe.
 */
export const morePages: Record<string, string> = {
  accessibility: "/accessibility/",
  changelog: "/changelog/",
  data: "/data/",
  ...(latestRelease ? { [`release ${latestRelease}`]: `/v/${latestRelease}/` } : {}),
  "Persian home": "/fa/",
  [`Persian wave ${waves[0]}`]: `/fa/waves/${waves[0]}/`,
};

/** Pages that carry charts: home, every wave, compare. (Series pages are listed separately.) */
export const chartPages: Record<string, string> = {
  home: "/",
  ...Object.fromEntries(waves.map((w) => [`wave ${w}`, `/waves/${w}/`])),
  compare: "/compare/",
};

/** The site-relative path of a link ("/sources/x/"), also when the href is absolute. */
export function pathOf(href: string, base: string): string {
  return new URL(href, base).pathname;
}

export function idFromPath(path: string, kind: "sources" | "figures" | "organisations" | "series"): string {
  const m = new RegExp(`^/${kind}/([^/]+)/$`).exec(path);
  if (!m) throw new Error(`${path} is not a /${kind}/<id>/ path`);
  return decodeURIComponent(m[1]);
}

/** Everything a page does that the tests check: requests, failures and console errors. */
export interface PageRecord {
  requests: string[];
  failures: string[];
  consoleErrors: string[];
}

export function record(page: Page, context: BrowserContext = page.context()): PageRecord {
  const rec: PageRecord = { requests: [], failures: [], consoleErrors: [] };
  context.on("request", (r) => rec.requests.push(r.url()));
  context.on("requestfailed", (r) => {
    // Chromium fetches the favicon after the page has loaded; leaving the page cancels that fetch
    // (net::ERR_ABORTED), which says nothing about the site. A missing favicon is still an HTTP error below.
    if (r.failure()?.errorText === "net::ERR_ABORTED" && new URL(r.url()).pathname.endsWith("/favicon.svg")) return;
    rec.failures.push(`${r.method()} ${r.url()}: ${r.failure()?.errorText ?? "failed"}`);
  });
  context.on("response", (r) => {
    if (r.status() >= 400) rec.failures.push(`${r.request().method()} ${r.url()}: HTTP ${r.status()}`);
  });
  page.on("console", (m) => {
    if (m.type() === "error") rec.consoleErrors.push(`${m.text()} (at ${m.location().url || "?"})`);
  });
  page.on("pageerror", (e) => rec.consoleErrors.push(`uncaught ${e.name}: ${e.message}`));
  return rec;
}

/** The chart blocks that draw something (a chart with no dated figure has no SVG or canvas). */
export function drawnCharts(page: Page): Locator {
  return page.locator("figure[data-chart]").filter({ has: page.locator(".chart-svg svg") });
}

/** Point links of a chart's build-time SVG: every marker links to its figure page. */
export function pointLinks(chart: Locator): Locator {
  // Both layouts (wide and narrow) draw the same points; the wide one is the reference.
  return chart.locator('.chart-svg-wide svg a[href*="/figures/"]');
}

/** Scroll each drawn chart into view and wait until Chart.js has replaced the SVG with a canvas. */
export async function enhanceCharts(page: Page): Promise<number> {
  const charts = await drawnCharts(page).all();
  for (const chart of charts) {
    await chart.scrollIntoViewIfNeeded();
    // No timeout of its own (0): on a busy machine the chart takes as long as it takes, bounded by the test's.
    await expect(chart, "the chart is enhanced once it scrolls into view").toHaveAttribute("data-enhanced", "true", { timeout: 0 });
    await expect(chart.locator("[data-chart-canvas] canvas")).toBeVisible();
  }
  return charts.length;
}

/**
 * Asserts the page has a link out to `url` (exactly as recorded in data/sources.json) whose
 * rel has "noopener" and "noreferrer", and returns it.
 */
export async function expectExternalLink(page: Page, url: string): Promise<Locator> {
  const external = page.locator('a[href^="http"]');
  const links = await external.evaluateAll((els) => els.map((e) => ({ href: e.getAttribute("href"), rel: e.getAttribute("rel") ?? "" })));
  const at = links.findIndex((l) => l.href === url);
  expect(at, `a link to ${url} among the page's external links: ${JSON.stringify(links, null, 1)}`).toBeGreaterThanOrEqual(0);
  const rel = links[at].rel.split(/\s+/);
  expect(rel, `rel of the link to ${url}`).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
  return external.nth(at);
}

/**
 * From a link to a figure page (a chart point or a table row): click it (click 1), then
 * continue with figurePageLeadsToDocument (click 2).
 */
export async function followPointToDocument(page: Page, figureLink: Locator): Promise<void> {
  const figurePath = pathOf((await figureLink.getAttribute("href"))!, page.url());
  const id = idFromPath(figurePath, "figures");
  await figureLink.click();
  await figurePageLeadsToDocument(page, id);
}

/**
 * On the figure page just reached: it links to its source document's page and out to the
 * document; clicking that link (click 2) takes the browser to the document's URL, without a
 * referrer. The document itself is answered locally (the tests never reach the internet).
 */
export async function figurePageLeadsToDocument(page: Page, figureId: string): Promise<void> {
  const figure = figures.get(figureId);
  expect(figure, `${figureId} is a figure in data/`).toBeTruthy();
  const source = sources.get(figure!.source)!;
  await expect(page).toHaveURL(new URL(`/figures/${figureId}/`, page.url()).href);
  await expect(page.locator(`main a[href$="/sources/${source.id}/"]`).first(), "the figure page links to its source's page").toBeVisible();
  const out = await expectExternalLink(page, source.url);
  await expect(out).toBeVisible();

  const target = new URL(source.url).href;
  await page.context().route(
    (u) => u.href === target,
    (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>document</title><p>stand-in for the source document" }),
  );
  const [request] = await Promise.all([page.context().waitForEvent("request", (r) => r.url() === target), out.click()]);
  expect(request.headers()["referer"], "no referrer is sent to the document's site").toBeUndefined();
  await expect(request.frame().page()).toHaveURL(target);
}

/**
 * A chart block on the page, scrolled into view and drawn by Chart.js (its canvas visible);
 * with `controls`, its date and scale controls too, which the browser builds once it is drawn.
 */
export async function interactiveChart(page: Page, id: string, { controls = false } = {}): Promise<{ figure: Locator; canvas: Locator }> {
  const figure = page.locator(`figure#${id}`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute("data-enhanced", "true");
  const canvas = figure.locator("[data-chart-canvas] canvas");
  await expect(canvas).toBeVisible();
  if (controls) await expect(figure.locator("[data-chart-controls]")).toBeVisible();
  return { figure, canvas };
}
