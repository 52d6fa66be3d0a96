/**
 * "As reported on" a day (issue 15 §3): /waves/<id>/?on=YYYY-MM-DD shows each claimant's newest
 * figure among those whose document was published by that day. What the cards must show is
 * worked out here from data/ (publication days in sources.json), not from the page's data.
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./axe.ts";

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
const arrestSeries = readdirSync(new URL("series/", DATA))
  .map((f) => readJson<SeriesFile>(`series/${f}`))
  .filter((s) => s.series.wave === WAVE && s.series.on_charts !== false && ["arrested", "identified_detainees"].includes(s.series.measure));

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
  // Two full axe runs over a long wave page each, on a shared machine.
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
    await expectNoViolations(page, `/fa${PAGE}?on=${DAY}`);
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
    await expectNoViolations(page, `${PAGE} after the control`);
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
