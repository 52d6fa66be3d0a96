/**
 * Accessibility of the Persian edition and of the pages a11y.spec.ts does not reach:
 * (a) axe finds no WCAG 2.2 AA or best-practice violation (the same tags as a11y.spec.ts) on
 *     every page type in Persian, with the charts drawn by Chart.js: home, a wave, a series,
 *     a source, an organisation, a figure, compare, methodology, accessibility, changelog, data,
 *     the sources index, an archived /fa/v/<version>/ home page, the Persian 404 page and a
 *     Persian embed page; and on the English embed page.
 * That every page, in both languages, has exactly one h1 and says its language and direction is
 * read off the built HTML of all pages in tests/dist/page-structure.test.ts.
 */
import { expect, test } from "@playwright/test";
import { expectNoViolations, openAllDetails } from "./axe.ts";
import { enhanceCharts, latestRelease, pages, waves } from "./support.ts";


const version = latestRelease;
/** The chart every release has: the home page's. Its embed page exists in both languages. */
const EMBED = "/embed/home-detainees/";

/** Every page type, by its English path (the Persian one is the same under /fa/). */
const pageTypes: Record<string, string> = {
  home: pages.home,
  // One wave page: the waves share one template (checked in English on every wave by a11y.spec.ts).
  [`wave ${waves[0]}`]: pages[`wave ${waves[0]}`],
  series: pages.series,
  source: pages.source,
  organisation: pages.organisation,
  figure: pages.figure,
  compare: pages.compare,
  methodology: pages.methodology,
  accessibility: "/accessibility/",
  changelog: "/changelog/",
  data: "/data/",
  "sources index": pages["sources index"],
  // An archived page (its banner, its links to the release's own pages): the release's home.
  ...(version ? { [`archived home ${version}`]: `/v/${version}/` } : {}),
  embed: EMBED,
};

const persian: Record<string, string> = {
  ...Object.fromEntries(Object.entries(pageTypes).map(([name, path]) => [name, `/fa${path}`])),
  // The production server answers a missing Persian URL with this page (deploy/nginx); the
  // test server answers every missing URL with the English one, so the Persian page is visited directly.
  "404 page": "/fa/404/",
};

// axe takes several seconds on the largest pages (a wave page holds thousands of elements).
test.describe.configure({ timeout: 90_000 });

test.describe("accessibility (axe) of the Persian edition, charts as drawn by Chart.js", () => {
  test("covers an archived release", () => expect(version, "a release in data/releases/").toBeTruthy());
  for (const [name, path] of Object.entries(persian)) {
    test(`${name} (${path})`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "fa");
      await enhanceCharts(page);
      await openAllDetails(page, { enhanced: true });
      await expectNoViolations(page, `${path} with JavaScript, every "Cite this" and "Embed" block open`);
    });
  }
});

test.describe("accessibility (axe) of English pages not covered by a11y.spec.ts", () => {
  for (const [name, path] of Object.entries({ embed: EMBED })) {
    test(`${name} (${path})`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await enhanceCharts(page);
      await expectNoViolations(page, `${path} with JavaScript`);
    });
  }
});
