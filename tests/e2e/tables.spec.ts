/**
 * Tables people can use (issue 11, part 4). At 390×844 and 1366×768, in English and Persian,
 * with JavaScript on and off, on a wave page and a series page:
 * - no figure table sits in a box of its own height (max-height) or one that scrolls up and down;
 * - rows are newest first, figures without an as-of date last (dates read from data/, not the page);
 * - nothing scrolls sideways;
 * - every flag in a table is explained in visible text under it (not only in a title);
 * - with JavaScript, a header button sorts the rows and its <th> says how in aria-sort.
 * That each figure is in one table row only, on every series and wave page, is read off the
 * built HTML in tests/dist/page-structure.test.ts.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { en } from "../../src/i18n/en.ts";
import { fa } from "../../src/i18n/fa.ts";
import { figures, seriesFiles } from "./support.ts";

const SERIES = "hrana-arrested-2025-26";
const WAVE = "iran-2025-26";
const PAGES = [`/waves/${WAVE}/`, `/series/${SERIES}/`, `/fa/waves/${WAVE}/`, `/fa/series/${SERIES}/`];
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];

/** The figure's number as data/ records it: its value, or the low end of a range. */
const numberOf = new Map(
  seriesFiles.flatMap((s) => s.figures.map((f) => [f.id, ((f as { value?: number; low?: number }).value ?? (f as { low?: number }).low) as number | undefined] as const)),
);

/** The figure ids of a table's rows, in order, from each row's first link (to its figure page). */
async function rowFigures(table: Locator): Promise<string[]> {
  const hrefs = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.querySelector('td a[href*="/figures/"]')?.getAttribute("href") ?? ""));
  return hrefs.map((h) => {
    const m = /\/figures\/([^/]+)\/$/.exec(h);
    if (!m) throw new Error(`a row without a figure link: ${h}`);
    return decodeURIComponent(m[1]);
  });
}

function datesOf(ids: string[]): (string | null)[] {
  return ids.map((id) => {
    const f = figures.get(id);
    if (!f) throw new Error(`figure ${id} is not in data/`);
    return f.as_of;
  });
}

/** Dated rows newest first, then undated ones. */
function expectNewestFirst(dates: (string | null)[], what: string): void {
  const dated = dates.filter((d): d is string => d !== null);
  expect(dates, `${what}: undated rows come last`).toEqual([...dated, ...dates.filter((d) => d === null)]);
  expect(dated, `${what}: dates newest first`).toEqual([...dated].sort().reverse());
}

/** Elements around any table that clip it to a height or scroll it up and down. */
function scrollBoxesAroundTables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const table of document.querySelectorAll("table")) {
      for (let el: Element | null = table; el && el !== document.documentElement; el = el.parentElement) {
        const s = getComputedStyle(el);
        const scrolls = (s.overflowY === "auto" || s.overflowY === "scroll") && el.clientHeight < el.scrollHeight;
        if (s.maxHeight !== "none" || scrolls) found.push(`<${el.tagName.toLowerCase()} class="${el.className}"> max-height ${s.maxHeight}, overflow-y ${s.overflowY}, ${el.clientHeight}/${el.scrollHeight}px`);
      }
    }
    return found;
  });
}

for (const viewport of VIEWPORTS) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`${viewport.width}×${viewport.height}, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
      test.use({ viewport, javaScriptEnabled });
      for (const path of PAGES) {
        test(`${path}: tables flow with the page, newest first, flags explained, nothing scrolls sideways`, async ({ page }) => {
          await page.goto(path);
          const t = path.startsWith("/fa/") ? fa : en;
          const tables = page.locator(".figure-table table");
          expect(await tables.count(), "figure tables").toBeGreaterThan(0);
          expect(await scrollBoxesAroundTables(page), "boxes that clip or scroll a table vertically").toEqual([]);

          let flagged = 0;
          for (const table of await tables.all()) {
            const caption = await table.locator("caption").innerText();
            const ids = await rowFigures(table);
            expect(ids.length, `${caption}: rows`).toBeGreaterThan(0);
            const dates = datesOf(ids);
            expect(dates[0], `${caption}: the first row is the newest`).toBe(dates.filter((d) => d !== null).sort().at(-1) ?? null);
            expectNewestFirst(dates, caption);
            await expect(table.locator("tbody tr").first()).toBeVisible();

            // Every flag shown in the table is explained, in visible text, in the key under it.
            const shortLabels = [...new Set(await table.locator("tbody .flag").allInnerTexts())];
            flagged += shortLabels.length;
            const key = table.locator("xpath=..").locator(".flag-key");
            for (const short of shortLabels) {
              const flag = Object.values(t.flags).find((f) => f.short === short.trim());
              expect(flag, `"${short}" is a flag label of this language`).toBeDefined();
              const entry = key.locator("dl > div").filter({ has: page.locator("dt", { hasText: short.trim() }) });
              await expect(entry.locator("dd"), `${caption}: the explanation of "${short}"`).toBeVisible();
              await expect(entry.locator("dd")).toHaveText(flag!.long);
            }
          }
          expect(flagged, "flags on this page (the sample pages have some)").toBeGreaterThan(0);

          const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
          expect(scrollWidth, "page width (px)").toBeLessThanOrEqual(innerWidth);

          const dateHeader = tables.first().locator("thead th").first();
          await expect(dateHeader, "the built order is said in aria-sort").toHaveAttribute("aria-sort", "descending");
          if (!javaScriptEnabled) await expect(tables.first().locator("thead button"), "no sort buttons without JavaScript").toHaveCount(0);
        });

        if (javaScriptEnabled) {
          test(`${path}: header buttons sort the rows and set aria-sort`, async ({ page }) => {
            await page.goto(path);
            const t = path.startsWith("/fa/") ? fa : en;
            const table = page.locator(".figure-table table").first();
            const header = (name: string) => table.locator("thead th").filter({ has: page.getByRole("button", { name, exact: true }) });
            await expect(header(t.table.asOf), "the date header is a button named by its text alone").toHaveCount(1);
            const button = (name: string) => header(name).getByRole("button");
            const sorted = table.locator("thead th[aria-sort]");

            // Figure: largest first, then smallest first; figures without a number last.
            await button(t.table.figure).click();
            await expect(header(t.table.figure)).toHaveAttribute("aria-sort", "descending");
            await expect(sorted, "one column is sorted at a time").toHaveCount(1);
            let numbers = (await rowFigures(table)).map((id) => numberOf.get(id));
            const known = numbers.filter((n): n is number => n !== undefined);
            expect(known.length, "rows with a number").toBeGreaterThan(1);
            expect(numbers, "figures, largest first").toEqual([...[...known].sort((a, b) => b - a), ...numbers.filter((n) => n === undefined)]);
            await button(t.table.figure).click();
            await expect(header(t.table.figure)).toHaveAttribute("aria-sort", "ascending");
            numbers = (await rowFigures(table)).map((id) => numberOf.get(id));
            expect(numbers, "figures, smallest first").toEqual([...[...known].sort((a, b) => a - b), ...numbers.filter((n) => n === undefined)]);

            // As of: newest first (the built order) on the first click, oldest first on the next.
            await button(t.table.asOf).click();
            await expect(header(t.table.asOf)).toHaveAttribute("aria-sort", "descending");
            await expect(header(t.table.figure)).not.toHaveAttribute("aria-sort", /.*/);
            expectNewestFirst(datesOf(await rowFigures(table)), "sorted by date again");
            await button(t.table.asOf).click();
            await expect(header(t.table.asOf)).toHaveAttribute("aria-sort", "ascending");
            const dates = datesOf(await rowFigures(table));
            const dated = dates.filter((d): d is string => d !== null);
            expect(dates, "oldest first, undated last").toEqual([...[...dated].sort(), ...dates.filter((d) => d === null)]);

            // Source: by the publisher's name, in the page's language.
            await button(t.table.source).click();
            await expect(header(t.table.source)).toHaveAttribute("aria-sort", "ascending");
            const col = await header(t.table.source).evaluate((th) => (th as HTMLTableCellElement).cellIndex);
            const names = await table.locator("tbody tr").evaluateAll((rows, c) => rows.map((r) => (r as HTMLTableRowElement).cells[c].textContent!.trim()), col);
            const collator = new Intl.Collator(path.startsWith("/fa/") ? "fa" : "en", { numeric: true });
            expect(names, "sources in alphabetical order").toEqual([...names].sort(collator.compare));
          });
        }
      }
    });
  }
}
