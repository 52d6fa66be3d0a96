/**
 * The Persian edition (/fa/):
 * (a) Persian pages say so (html lang="fa" dir="rtl"), write figures in Persian digits, dates in
 *     the Solar Hijri calendar with the Gregorian date beside them in parentheses, keep quotes in
 *     the language of their source, draw charts whose time axis still runs left to right with
 *     Persian tick labels, and describe the Chart.js canvas in Persian.
 * (b) The language switch (a.lang-switch) leads to the same page in the other language and
 *     back, on every kind of page, also on an archived release and a figure page.
 *
 * That every UI string key exists in both languages (with the same function arities), and that
 * Persian strings are translated, is checked by tests/unit/strings-parity.test.ts.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { drawnCharts, enhanceCharts, figures, latestRelease, pages, sources, waves } from "./support.ts";

const fa = (path: string) => `/fa${path}`;
const WAVE = waves[0];

const PERSIAN_DIGIT = /[۰-۹]/;
const LATIN_DIGIT = /[0-9]/;
const PERSIAN_LETTER = /[\u0600-\u06FF]/;
const SOLAR_HIJRI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
const GREGORIAN_MONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"];
/**
 * "۲۲ بهمن ۱۴۰۴ (۱۱ فوریه ۲۰۲۶)": a Solar Hijri day, month and year, then the Gregorian date in
 * parentheses (a day may be a pair, "۱۴ و ۱۵ ژانویه"). The parts of a date are joined by no-break
 * spaces, so that a date never breaks across lines.
 */
const S = "[ \\u00a0]";
const SOLAR_HIJRI_WITH_GREGORIAN = new RegExp(
  `[۰-۹]{1,2}${S}(?:${SOLAR_HIJRI_MONTHS.join("|")})${S}[۰-۹]{4} \\((?:[۰-۹]{1,2}(?:${S}و${S}[۰-۹]{1,2})?${S})?(?:${GREGORIAN_MONTHS.join("|")})${S}[۰-۹]{4}\\)`,
);

/** A figure whose source document is not in English, to see that its quote keeps its language. */
const sourceLanguage = (id: string) => (sources.get(id) as { language?: string } | undefined)?.language;
const foreignFigures = [...figures.values()].filter((f) => sourceLanguage(f.source) !== "en");
const foreignFigure = foreignFigures.find((f) => sourceLanguage(f.source) === "it") ?? foreignFigures[0];

/** The Persian pages of (a): one of each kind, plus a figure and a source page whose document is not English. */
const persianPages: Record<string, string> = {
  home: fa(pages.home),
  [`wave ${WAVE}`]: fa(pages[`wave ${WAVE}`]),
  series: fa(pages.series),
  source: fa(pages.source),
  figure: fa(pages.figure),
  methodology: fa(pages.methodology),
  ...(foreignFigure
    ? {
        [`figure quoting a document in ${sourceLanguage(foreignFigure.source)}`]: fa(`/figures/${foreignFigure.id}/`),
        [`source in ${sourceLanguage(foreignFigure.source)}`]: fa(`/sources/${foreignFigure.source}/`),
      }
    : {}),
};
/** Pages of (a) that carry figures written as numbers in cards or tables. */
const withNumbers = new Set(["home", `wave ${WAVE}`, "series"]);
/** Pages of (a) with charts. The comparison chart (days since the wave began) is added for its axis title. */
const chartPaths: Record<string, string> = { home: pages.home, [`wave ${WAVE}`]: pages[`wave ${WAVE}`], series: pages.series, compare: pages.compare };

test.describe("Persian pages: direction, digits, dates, quotes", () => {
  for (const [name, path] of Object.entries(persianPages)) {
    test(`${name} (${path})`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "fa");
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

      const main = page.locator("main");
      const text = await main.innerText();
      expect(text, "the page writes numbers in Persian digits").toMatch(PERSIAN_DIGIT);
      expect(text.match(SOLAR_HIJRI_WITH_GREGORIAN)?.[0], `a Solar Hijri date with the Gregorian date in parentheses on ${path}`).toBeTruthy();

      // Every figure written as a number: in Persian digits, with no Latin digit.
      const numbers = await main.locator(".claim-value, td.num").allInnerTexts();
      if (withNumbers.has(name)) expect(numbers.length, `claim values and table figures on ${path}`).toBeGreaterThan(0);
      const written = numbers.map((n) => n.trim()).filter((n) => n && n !== "—");
      expect(written.filter((n) => LATIN_DIGIT.test(n)), "figures written with Latin digits").toEqual([]);
      expect(written.filter((n) => !PERSIAN_DIGIT.test(n)), "figures without a Persian digit").toEqual([]);
      const claims = await main.locator(".claim-value").allInnerTexts();
      if (name === "home" || name.startsWith("wave")) expect(claims.length, `claim values on ${path}`).toBeGreaterThan(0);
      expect(claims.filter((c) => LATIN_DIGIT.test(c)), "claim values with Latin digits").toEqual([]);

      // The figure's own title says it in Persian digits.
      if (name.startsWith("figure")) await expect(page.locator("h1")).toHaveText(PERSIAN_DIGIT);

      // Quotes stay in the language of the document they come from.
      const quotes = main.locator("blockquote");
      if (name.startsWith("figure") || name.startsWith("source")) {
        expect(await quotes.count(), `quotes on ${path}`).toBeGreaterThan(0);
        const sourceId = name.startsWith("source") ? path.split("/").at(-2)! : figures.get(decodeURIComponent(path.split("/").at(-2)!))!.source;
        const language = sourceLanguage(sourceId);
        expect(language, `the language of ${sourceId} in data/sources.json`).toBeTruthy();
        const langs = await quotes.evaluateAll((els) => els.map((e) => e.getAttribute("lang")));
        expect(langs, `lang of the quotes from ${sourceId}`).toEqual(langs.map(() => language));
      }
      const quoteLangs = await quotes.evaluateAll((els) => els.map((e) => e.getAttribute("lang")));
      expect(quoteLangs.filter((l) => !l || l === "fa"), "quotes that claim to be Persian or have no language").toEqual([]);
    });
  }
});

/** The x axis tick labels of the chart's SVG, with their rendered left edges. */
async function xTicks(chart: Locator): Promise<{ text: string; x: number }[]> {
  return chart.locator(".chart-svg-wide svg g.chart-axis-x text:not(.chart-axis-title)").evaluateAll((els) =>
    els.map((e) => ({ text: e.textContent ?? "", x: e.getBoundingClientRect().x })),
  );
}

test.describe("chart SVG: the time axis runs left to right in both languages, with Persian labels in Persian", () => {
  // The build-time SVG as readers without JavaScript see it (with JavaScript it gives way to the canvas).
  test.use({ javaScriptEnabled: false });
  for (const [name, path] of Object.entries(chartPaths)) {
    test(`${name} (${path} and ${fa(path)})`, async ({ page }) => {
      for (const [lang, url] of [["en", path], ["fa", fa(path)]] as const) {
        await page.goto(url);
        const charts = await drawnCharts(page).all();
        expect(charts.length, `drawn charts on ${url}`).toBeGreaterThan(0);
        for (const chart of charts) {
          await chart.scrollIntoViewIfNeeded();
          const id = await chart.getAttribute("id");
          const ticks = await xTicks(chart);
          expect(ticks.length, `x ticks of ${id} on ${url}`).toBeGreaterThan(1);
          expect(ticks[0].x, `${url} #${id}: first x tick "${ticks[0].text}" left of the last "${ticks.at(-1)!.text}"`).toBeLessThan(ticks.at(-1)!.x);
          // Positions increase along the axis: no tick is mirrored.
          const xs = ticks.map((t) => t.x);
          expect(xs, `${url} #${id}: x tick positions in order`).toEqual([...xs].sort((a, b) => a - b));
          if (lang === "fa") {
            const labels = await chart.locator(".chart-svg-wide svg :is(g.chart-axis-x, g.chart-axis-y) text").allTextContents();
            expect(labels.filter((l) => !PERSIAN_DIGIT.test(l) && !PERSIAN_LETTER.test(l)), `${url} #${id}: axis labels that are not Persian`).toEqual([]);
            expect(labels.filter((l) => /[0-9A-Za-z]/.test(l)), `${url} #${id}: axis labels with Latin digits or letters`).toEqual([]);
          }
        }
      }
    });
  }
});

test.describe("chart SVG point links are named in Persian on Persian pages", () => {
  // A point's link is named by its <title>: "who: how many, when — source: document title".
  // Apart from the document's publisher (its own name) and the names of people it counts
  // as named cases (as the data gives them), the name must be Persian.
  for (const [name, path] of Object.entries({ [`wave ${WAVE}`]: pages[`wave ${WAVE}`], series: pages.series })) {
    test(`${name} (${fa(path)})`, async ({ page, baseURL }) => {
      await page.goto(fa(path));
      for (const chart of await drawnCharts(page).all()) {
        const id = (await chart.getAttribute("id"))!;
        const src = (await chart.getAttribute("data-chart-src"))!;
        const model = (await (await page.request.get(new URL(src, baseURL).href)).json()) as ChartModelJson;
        const sourceTitles = new Map(model.lines.flatMap((l) => l.points.map((p) => [p.href, p.sourceName] as const)));
        const caseNames = new Map(model.lines.flatMap((l) => l.points.map((p) => [p.href, p.cases ?? []] as const)));
        const titles = await chart.locator('.chart-svg-wide svg a[href*="/figures/"]').evaluateAll((els) =>
          els.map((e) => ({ href: e.getAttribute("href") ?? "", title: e.querySelector("title")?.textContent ?? "" })),
        );
        expect(titles.length, `point links of ${id}`).toBeGreaterThan(0);
        const english = titles
          .map((t) => ({ ...t, rest: (caseNames.get(t.href) ?? []).reduce((r, n) => r.replace(n, ""), t.title.replace(sourceTitles.get(t.href) ?? "\u0000", "")) }))
          .filter((t) => /[A-Za-z]/.test(t.rest))
          .map((t) => t.title);
        expect(english.slice(0, 5), `${fa(path)} #${id}: point link names with English words besides the document title (${english.length} of ${titles.length})`).toEqual([]);
      }
    });
  }
});

interface ChartModelJson {
  id: string;
  lines: { organisation: string; points: { figureId: string; href: string; sourceTitle: string; sourceName: string; valueText: string; dateText: string; x: number; y: number; onLine: boolean; cases?: string[] }[] }[];
}

test.describe("Chart.js describes the chart in Persian", () => {
  for (const [name, path] of Object.entries({ home: pages.home, [`wave ${WAVE}`]: pages[`wave ${WAVE}`], series: pages.series })) {
    test(`${name} (${fa(path)})`, async ({ page }) => {
      await page.goto(fa(path));
      expect(await enhanceCharts(page), `charts drawn on ${fa(path)}`).toBeGreaterThan(0);
      for (const chart of await drawnCharts(page).all()) {
        const canvas = chart.locator("[data-chart-canvas] canvas");
        const label = (await canvas.getAttribute("aria-label")) ?? "";
        expect(label, "the canvas is labelled in Persian").toMatch(PERSIAN_LETTER);
        expect(label, "the canvas label writes numbers in Persian digits").toMatch(PERSIAN_DIGIT);
        // The label is the chart's Persian summary (shown under the chart), not the English one.
        const summaryId = (await chart.getAttribute("aria-describedby"))!;
        const summary = (await page.locator(`[id="${summaryId}"]`).innerText()).trim();
        expect(label.startsWith(summary), `the canvas label begins with the chart's summary: ${summary.slice(0, 60)}…`).toBe(true);
        // What the tooltip and the live region say about a point is Persian too.
        await canvas.focus();
        await canvas.press("ArrowRight");
        const announce = chart.locator("[data-chart-announce]");
        await expect(announce).toHaveText(PERSIAN_DIGIT);
        expect(await announce.innerText(), "the live region names the point in Persian, with no Latin digit").not.toMatch(LATIN_DIGIT);
      }
    });
  }
});

/** Pages whose language switch must lead to the same page in the other language and back. */
const archivedVersion = latestRelease;
const switchPages: Record<string, string> = {
  ...pages,
  accessibility: "/accessibility/",
  changelog: "/changelog/",
  data: "/data/",
  ...(archivedVersion
    ? {
        [`archived release ${archivedVersion}`]: `/v/${archivedVersion}/`,
        [`archived wave ${WAVE}`]: `/v/${archivedVersion}/waves/${WAVE}/`,
        [`archived figure`]: `/v/${archivedVersion}${pages.figure}`,
      }
    : {}),
};

async function switchLanguage(page: Page, to: "en" | "fa", expectedPath: string): Promise<void> {
  const link = page.locator("header a.lang-switch");
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute("hreflang", to);
  await link.click();
  await expect(page).toHaveURL((u) => u.pathname === expectedPath);
  await expect(page.locator("html")).toHaveAttribute("lang", to);
  await expect(page.locator("html")).toHaveAttribute("dir", to === "fa" ? "rtl" : "ltr");
}

test.describe("the language switch keeps the reader on the same page (en → fa → en)", () => {
  // Every page's switch link is read off the built HTML in tests/dist/page-structure.test.ts;
  // here a reader follows it, on a current page, a figure page and an archived one.
  const followed = Object.entries(switchPages).filter(([name]) => name === "home" || name === "figure" || name === "archived figure");
  test("covers a current page, a figure page and an archived release", () => {
    expect(archivedVersion, "a release in data/releases/").toBeTruthy();
    expect(followed.map(([name]) => name).sort()).toEqual(["archived figure", "figure", "home"]);
  });
  for (const [name, path] of followed) {
    test(`${name} (${path})`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      const h1 = await page.locator("h1").innerText();
      await switchLanguage(page, "fa", fa(path));
      await expect(page.locator("h1")).toHaveCount(1);
      await switchLanguage(page, "en", path);
      await expect(page.locator("h1"), "back on the English page it started from").toHaveText(h1);
    });
  }
});
