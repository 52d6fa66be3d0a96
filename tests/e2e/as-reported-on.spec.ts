/**
 * "As reported on" a day (issue 15 §3, §4): /waves/<id>/?on=YYYY-MM-DD shows each claimant's
 * newest figure among those whose document was published by that day, and the charts draw only
 * those figures, with the day marked; "Cite this" and the embed code carry the day, and the
 * embed draws it too. What the cards and charts must show is worked out here from data/
 * (publication days in sources.json), not from the page's data; what Chart.js draws is read from
 * the canvas' data attributes, which chart-render.ts writes from the Chart.js instance.
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations, openAllDetails } from "./axe.ts";
import { interactiveChart } from "./support.ts";

const WAVE = "iran-2025-26";
const DAY = "2026-01-10";
const PAGE = `/waves/${WAVE}/`;
const DATA = new URL("../../data/", import.meta.url);
const readJson = <T,>(path: string): T => JSON.parse(readFileSync(new URL(path, DATA), "utf8")) as T;

interface Source {
  id: string;
  published: string | null;
  published_not_before?: { date: string };
}
interface Figure {
  id: string;
  as_of: string | null;
  source: string;
  flags?: string[];
}
interface SeriesFile {
  series: { id: string; wave: string; measure: string; on_charts?: boolean };
  figures: Figure[];
}

const sources = new Map(readJson<{ sources: Source[] }>("sources.json").sources.map((s) => [s.id, s]));
const published = (f: Figure) => sources.get(f.source)?.published ?? sources.get(f.source)?.published_not_before?.date ?? null;
// The headline cards: the wave's charted series of arrests and of detainees identified by name.
const allSeries = readdirSync(new URL("series/", DATA))
  .filter((f) => f.endsWith(".json"))
  .map((f) => readJson<SeriesFile>(`series/${f}`));
const arrestSeries = allSeries.filter((s) => s.series.wave === WAVE && s.series.on_charts !== false && ["arrested", "identified_detainees"].includes(s.series.measure));

/** Per series, the newest day (as-of, else publication) among the figures published by `day`; restatements only when nothing else. */
function expectedByDay(day: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of arrestSeries) {
    let known = s.figures.filter((f) => {
      const p = published(f);
      return p !== null && p <= day;
    });
    if (known.some((f) => !f.flags?.includes("restatement"))) known = known.filter((f) => !f.flags?.includes("restatement"));
    const days = known.map((f) => f.as_of ?? published(f)!);
    if (days.length) out.set(s.series.id, days.sort().at(-1)!);
  }
  return out;
}

/** The figures each headline card cites, by series (a figure id starts with its series id). */
async function cardsBySeries(page: Page): Promise<Map<string, string[]>> {
  const ids = await page.locator("#latest ~ ul.claims").first().locator("li[data-claim-figures]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-claim-figures")!.split(" ")));
  const out = new Map<string, string[]>();
  for (const card of ids) {
    const s = arrestSeries.find((x) => card[0].startsWith(`${x.series.id}.`));
    expect(s, `card ${card[0]} belongs to a headline series`).toBeTruthy();
    out.set(s!.series.id, card);
  }
  return out;
}

const figureById = new Map(arrestSeries.flatMap((s) => s.figures.map((f) => [f.id, f] as const)));

test.describe("as reported on a day", () => {
  // Full axe runs over a long wave page, on a shared machine.
  test.describe.configure({ timeout: 120_000 });
  test(`?on=${DAY} shows what each claimant had published by then, not today's cards`, async ({ page }) => {
    await page.goto(PAGE);
    const today = await cardsBySeries(page);
    await page.goto(`${PAGE}?on=${DAY}`);
    await expect(page.locator("[data-asof-banner]")).toBeVisible();
    await expect(page.locator("[data-asof-day]")).toHaveText("10 January 2026");
    const then = await cardsBySeries(page);
    const expected = expectedByDay(DAY);
    expect([...then.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [series, ids] of then) {
      for (const id of ids) {
        const f = figureById.get(id)!;
        expect(published(f)! <= DAY, `${id} was published by ${DAY}`).toBe(true);
        expect(f.as_of ?? published(f), `${id} is ${series}'s newest figure known on ${DAY}`).toBe(expected.get(series));
      }
    }
    expect(JSON.stringify([...then].sort()), "the day's cards differ from today's").not.toBe(JSON.stringify([...today].sort()));
    await expectNoViolations(page, `${PAGE}?on=${DAY}`);
    // The language switch keeps the day, and the Persian page shows it too.
    await expect(page.locator("a.lang-switch")).toHaveAttribute("href", `/fa${PAGE}?on=${DAY}`);
    await page.locator("a.lang-switch").click();
    await expect(page.locator("[data-asof-banner]")).toBeVisible();
    expect(await cardsBySeries(page)).toEqual(then);
    // The Persian page is checked whole by a11y-i18n.spec.ts; here what the day changed: its banner and cards.
    await expectNoViolations(page, `/fa${PAGE}?on=${DAY}`, { within: ".as-of, #latest ~ ul.claims" });
  });

  test("the control works from the keyboard and puts the day in the address", async ({ page }) => {
    await page.goto(PAGE);
    const input = page.getByLabel("As reported on");
    await expect(input).toBeVisible();
    await expect(page.locator("[data-asof-noscript]")).toBeHidden();
    await input.focus();
    // The date field's segments by keyboard (month, day, year in this browser's en-US locale), then Enter submits.
    await page.keyboard.type("01102026");
    await expect(input).toHaveValue(DAY);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`\\?on=${DAY}$`));
    await expect(page.locator("[data-asof-banner]")).toBeVisible();
    expect(new Set((await cardsBySeries(page)).keys())).toEqual(new Set(expectedByDay(DAY).keys()));
    // Tab on through the field's segments (month, day, year): "Show", then "Today's view", which Enter activates.
    const show = page.getByRole("button", { name: "Show" });
    for (let i = 0; i < 3 && !(await show.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(show).toBeFocused();
    await page.keyboard.press("Tab");
    const reset = page.getByRole("button", { name: "Today's view" });
    await expect(reset).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
    await expect(page.locator("[data-asof-banner]")).toBeHidden();
    await expect(page.locator("a.lang-switch")).toHaveAttribute("href", `/fa${PAGE}`);
    // Today's view again: the page the sweeps check whole; what the control changed is its own block.
    await expectNoViolations(page, `${PAGE} after the control`, { within: ".as-of" });
  });

  test("a day asked for before the control's code has arrived is shown once it arrives, in place", async ({ page }) => {
    // The control's code (as-of.ts) is fetched when the reader reaches the form: hold it back.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    await page.route(/\/_astro\/as-of\.[\w-]+\.js$/, async (route) => {
      asked++;
      await held;
      await route.continue();
    });
    await page.goto(PAGE);
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
    const input = page.getByLabel("As reported on");
    await input.fill(DAY);
    await input.press("Enter");
    await expect.poll(() => asked, { message: "the code was asked for when the reader reached the form" }).toBe(1);
    await expect(page.locator("[data-asof-banner]")).toBeHidden();
    release();
    await expect(page).toHaveURL(new RegExp(`\\?on=${DAY}$`));
    await expect(page.locator("[data-asof-banner]")).toBeVisible();
    expect(new Set((await cardsBySeries(page)).keys())).toEqual(new Set(expectedByDay(DAY).keys()));
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage), "no reload").toBe(true);
  });

  test("when the control's code cannot be fetched, the day is asked for by address instead", async ({ page }) => {
    let failed = 0;
    await page.route(/\/_astro\/as-of\.[\w-]+\.js$/, (route) => (failed++ === 0 ? route.abort() : route.continue()));
    await page.goto(PAGE);
    const input = page.getByLabel("As reported on");
    await input.fill(DAY);
    await input.press("Enter");
    // The form's plain GET: a new page at ?on=, which fetches the code again.
    await expect(page).toHaveURL(new RegExp(`\\?on=${DAY}$`));
    await expect(page.locator("[data-asof-banner]")).toBeVisible();
    expect(new Set((await cardsBySeries(page)).keys())).toEqual(new Set(expectedByDay(DAY).keys()));
  });

  test("without JavaScript, today's view and a note that the control needs it", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${PAGE}?on=${DAY}`);
    await expect(page.locator("[data-asof-noscript]")).toBeVisible();
    await expect(page.locator("form[data-asof]")).toBeHidden();
    const shown = await cardsBySeries(page);
    expect(shown.size).toBeGreaterThan(0);
    await context.close();
  });
});

const anyFigure = new Map(allSeries.flatMap((s) => s.figures.map((f) => [f.id, f] as const)));
/** Was the figure's document published by `day`? (A figure without a publication day never was.) */
const knownOn = (id: string, day: string) => {
  const p = published(anyFigure.get(id)!);
  return p !== null && p <= day;
};
/** The figures a chart plots today, from its model (its points), each checked against data/. */
async function plottedFigures(page: Page, chart: string, prefix = ""): Promise<string[]> {
  const model = (await (await page.request.get(`${prefix}/charts/${chart}.json`)).json()) as { lines: { points: { figureId: string }[] }[] };
  const ids = model.lines.flatMap((l) => l.points.map((p) => p.figureId));
  for (const id of ids) expect(anyFigure.has(id), `${id} is a figure in data/`).toBe(true);
  return ids;
}

const DETAINEES = `${WAVE}-detainees`;
const DEATHS = `${WAVE}-deaths`;

test.describe("the charts as reported on a day", () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ viewport: { width: 1366, height: 768 } });

  test("a day before the chart's first published figure draws no point and says why, in both languages", async ({ page }) => {
    const all = await plottedFigures(page, DETAINEES);
    const first = all.map((id) => published(anyFigure.get(id)!)).filter((d): d is string => d !== null).sort()[0];
    const before = new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    for (const [prefix, words] of [["", /published by that day/], ["/fa", /منتشر نشده بود/]] as const) {
      await page.goto(`${prefix}${PAGE}?on=${before}`);
      const { figure, canvas } = await interactiveChart(page, DETAINEES);
      await expect(canvas).toHaveAttribute("data-points", "0");
      await expect(figure.locator("[data-view-note]")).toHaveText(words);
    }
  });

  test(`?on=${DAY} draws only the figures published by then and marks the day; today's view restores the chart`, async ({ page }) => {
    const all = await plottedFigures(page, DETAINEES);
    const then = all.filter((id) => knownOn(id, DAY));
    expect(then.length, `some figures of the chart were known on ${DAY}`).toBeGreaterThan(0);
    expect(then.length, `and some were published later`).toBeLessThan(all.length);

    await page.goto(PAGE);
    const today = await interactiveChart(page, DETAINEES);
    await expect(today.canvas).toHaveAttribute("data-points", String(all.length));
    await expect(today.canvas).not.toHaveAttribute("data-day-rule", /./);

    await page.goto(`${PAGE}?on=${DAY}`);
    await expect(page.locator("[data-asof-banner]")).toBeVisible();
    const { figure, canvas } = await interactiveChart(page, DETAINEES);
    await expect(canvas).toHaveAttribute("data-points", String(then.length));
    await expect(canvas).toHaveAttribute("data-day-rule", "As reported on 10 Jan 2026");
    await expect(canvas).toHaveAttribute("aria-label", /As reported on 10 Jan 2026/);
    // From the keyboard, the last point reached (and its tooltip) is one known by the day.
    await canvas.focus();
    await page.keyboard.press("End");
    await expect(figure.locator(".chart-tooltip")).toBeVisible();
    const last = (await canvas.getAttribute("data-active-point"))!;
    expect(knownOn(last, DAY), `${last} was published by ${DAY}`).toBe(true);
    await page.keyboard.press("Home");
    const first = (await canvas.getAttribute("data-active-point"))!;
    expect(knownOn(first, DAY), `${first} was published by ${DAY}`).toBe(true);
    // The page in this state was checked whole in the first test; here the chart Chart.js drew for the day.
    await expectNoViolations(page, `${PAGE}?on=${DAY} with its chart drawn`, { within: `figure#${DETAINEES}` });

    // "Today's view", by keyboard: the whole chart again, no rule.
    const reset = page.getByRole("button", { name: "Today's view" });
    await reset.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-asof-banner]")).toBeHidden();
    await expect(figure.locator("[data-chart-canvas] canvas")).toHaveAttribute("data-points", String(all.length));
    await expect(figure.locator("[data-chart-canvas] canvas")).not.toHaveAttribute("data-day-rule", /./);
  });

  test("the Persian page marks the day in Persian", async ({ page }) => {
    const then = (await plottedFigures(page, DETAINEES, "/fa")).filter((id) => knownOn(id, DAY));
    await page.goto(`/fa${PAGE}?on=${DAY}`);
    await expect(page.locator("[data-asof-banner]")).toBeVisible();
    const { canvas } = await interactiveChart(page, DETAINEES);
    await expect(canvas).toHaveAttribute("data-points", String(then.length));
    // 10 January 2026 is 20 Dey 1404; the Gregorian date follows in brackets, as everywhere in Persian.
    await expect(canvas).toHaveAttribute("data-day-rule", /^گزارش‌شده تا ۲۰\s?دی\s?۱۴۰۴/);
    await expectNoViolations(page, `/fa${PAGE}?on=${DAY} with its chart drawn`, { within: `figure#${DETAINEES}` });
  });

  test("a chart drawn after the day was chosen follows it, and 'Cite this' and the embed code carry the day", async ({ page }) => {
    const deathsThen = (await plottedFigures(page, DEATHS)).filter((id) => knownOn(id, DAY));
    await page.goto(PAGE);
    const input = page.getByLabel("As reported on");
    await input.fill(DAY);
    await input.press("Enter");
    await expect(page.locator("[data-asof-banner]")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-as-of", DAY);
    // The deaths chart is far below: not drawn yet when the day was chosen.
    const deaths = page.locator(`figure#${DEATHS}`);
    await expect(deaths).not.toHaveAttribute("data-enhanced", "true");
    const lazy = await interactiveChart(page, DEATHS);
    await expect(lazy.canvas).toHaveAttribute("data-points", String(deathsThen.length));
    await expect(lazy.canvas).toHaveAttribute("data-day-rule", "As reported on 10 Jan 2026");

    const { figure } = await interactiveChart(page, DETAINEES);
    await openAllDetails(page, { enhanced: true });
    const permanent = figure.locator("details[data-cite] a[data-permanent]");
    await expect(permanent).toHaveAttribute("href", new RegExp(`/waves/${WAVE}/\\?on=${DAY}#${DETAINEES}$`));
    await expect(figure.locator('details[data-cite] pre[data-format="plain"]')).toContainText(`/waves/${WAVE}/?on=${DAY}#${DETAINEES}`);
    const embed = figure.locator("details[data-embed] pre");
    await expect(embed).toContainText(`/embed/${DETAINEES}/?on=${DAY}"`);
    // The permanent link names this release's copy of the page, which draws the same day.
    const cited = new URL((await permanent.getAttribute("href"))!);
    const archived = await page.context().newPage();
    const version = cited.pathname.match(/^\/v\/[^/]+/)?.[0] ?? "";
    const archivedThen = (await plottedFigures(archived, DETAINEES, version)).filter((id) => knownOn(id, DAY));
    await archived.goto(`${cited.pathname}${cited.search}`);
    const copy = await interactiveChart(archived, DETAINEES);
    await expect(copy.canvas).toHaveAttribute("data-points", String(archivedThen.length));
    await expect(copy.canvas).toHaveAttribute("data-day-rule", "As reported on 10 Jan 2026");
    await archived.close();
    // A hidden line and the day together.
    const toggle = figure.locator("button.legend-toggle").first();
    const hidden = (await toggle.getAttribute("data-series"))!;
    await toggle.click();
    await expect(embed).toContainText(`/embed/${DETAINEES}/?${DETAINEES}.hide=${hidden}&amp;on=${DAY}"`);
    await toggle.click();
    // Today's view: the day leaves the citation and the embed code.
    await page.getByRole("button", { name: "Today's view" }).click();
    await expect(permanent).toHaveAttribute("href", new RegExp(`/waves/${WAVE}/#${DETAINEES}$`));
    await expect(embed).toContainText(`/embed/${DETAINEES}/"`);
  });

  test("the embed draws the day in its address", async ({ page }) => {
    const all = await plottedFigures(page, DETAINEES);
    const then = all.filter((id) => knownOn(id, DAY));
    await page.goto(`/embed/${DETAINEES}/?on=${DAY}`);
    const { canvas } = await interactiveChart(page, DETAINEES);
    await expect(canvas).toHaveAttribute("data-points", String(then.length));
    await expect(canvas).toHaveAttribute("data-day-rule", "As reported on 10 Jan 2026");
    await page.goto(`/embed/${DETAINEES}/?on=2026-02-30`);
    const whole = await interactiveChart(page, DETAINEES);
    await expect(whole.canvas, "a day that does not exist is today's view").toHaveAttribute("data-points", String(all.length));
    await expect(whole.canvas).not.toHaveAttribute("data-day-rule", /./);
  });

  test("the wave page refuses a day that does not exist, as the embed does: today's cards and chart", async ({ page }) => {
    const all = await plottedFigures(page, DETAINEES);
    await page.goto(`${PAGE}?on=2026-02-30`);
    const { canvas } = await interactiveChart(page, DETAINEES);
    await expect(canvas).toHaveAttribute("data-points", String(all.length));
    await expect(page.locator("[data-asof-banner]")).toBeHidden();
  });
});
