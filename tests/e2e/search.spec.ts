/**
 * Search (/search/, /fa/search/): what a reader types finds figures by the words of their quote,
 * organisations by name, documents by title, in both languages; the results are links to those
 * pages; the index is fetched from this site only and only once the reader searches; it works
 * with the keyboard, passes axe, and without JavaScript the page points to the sources index.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./axe.ts";
import { record, seriesFiles, sources } from "./support.ts";

const read = <T>(path: string) => JSON.parse(readFileSync(new URL(`../../data/${path}`, import.meta.url), "utf8")) as T;
const organisations = read<{ organisations: { id: string; name: string }[] }>("organisations.json").organisations;
const persian = read<{ organisations: Record<string, { name?: string }> }>("translations/fa.json").organisations;

/** A person named in exactly one figure's quote ("Firstname Surname, in his mid-thirties, …"), read from data/. */
const named = (() => {
  const byName = new Map<string, string[]>();
  for (const s of seriesFiles) for (const f of s.figures as { id: string; quote?: string }[]) for (const m of (f.quote ?? "").matchAll(/\b([A-Z][a-z]+ [A-Z][a-z]+), (?:in his|in her|aged)\b/g)) byName.set(m[1]!, [...(byName.get(m[1]!) ?? []), f.id]);
  const found = [...byName].find(([, ids]) => ids.length === 1);
  if (!found) throw new Error("tests/e2e/search.spec.ts: no quote in data/series/ names a person as 'Name Surname, in his …'; pick another way to find one");
  return { name: found[0], surname: found[0].split(" ")[1]!, figure: found[1][0]! };
})();
/** An organisation with a Persian name, and a document whose title has several words. */
const org = organisations.find((o) => persian[o.id]?.name && !/[()]/.test(o.name))!;
const doc = [...sources.values()].find((s) => s.title.split(" ").length >= 5 && [...sources.values()].filter((t) => t.title === s.title).length === 1)!;

const box = (page: Page) => page.getByRole("searchbox", { name: /Words to search for|واژه‌های جست‌وجو/ });
const results = (page: Page) => page.locator("ol[data-search-results] > li");
const status = (page: Page) => page.getByRole("status");

async function search(page: Page, words: string): Promise<void> {
  await box(page).fill(words);
  await box(page).press("Enter");
  // No timeout of its own: on a busy machine the index takes as long as it takes, bounded by the test's.
  await expect(status(page)).not.toHaveText(/^$|…/, { timeout: 0 });
}

test.describe("search", () => {
  test(`finds the figure whose quote names ${named.name}, and its link leads there`, async ({ page }) => {
    await page.goto("/search/");
    await search(page, named.surname);
    const link = results(page).getByRole("link").and(page.locator(`[href="/figures/${named.figure}/"]`));
    await expect(link).toHaveCount(1);
    // What matched is shown: the quote, with the name marked.
    const item = results(page).filter({ has: page.locator(`a[href="/figures/${named.figure}/"]`) });
    await expect(item.locator("mark").first()).toHaveText(named.surname);
    await expect(item).toContainText(/Matched:.*quote/);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/figures/${named.figure}/$`));
    await expect(page.locator("h1")).toBeVisible();
  });

  test(`finds an organisation by its name (${org.name}) and a document by its title`, async ({ page }) => {
    await page.goto("/search/");
    await search(page, org.name);
    await expect(results(page).first().getByRole("link")).toHaveAttribute("href", `/organisations/${org.id}/`);
    await search(page, doc.title);
    await expect(results(page).getByRole("link").and(page.locator(`[href="/sources/${doc.id}/"]`))).toHaveCount(1);
    // The words live in the address, so a search can be shared and reloaded.
    expect(new URL(page.url()).searchParams.get("q")).toBe(doc.title);
    await page.reload();
    await expect(results(page).getByRole("link").and(page.locator(`[href="/sources/${doc.id}/"]`))).toHaveCount(1, { timeout: 0 });
  });

  test("the Persian page finds an organisation by its Persian name, and counts in Persian digits", async ({ page }) => {
    await page.goto("/fa/search/");
    await search(page, persian[org.id]!.name!);
    await expect(results(page).first().getByRole("link")).toHaveAttribute("href", `/fa/organisations/${org.id}/`);
    await expect(status(page)).toHaveText(/^[۰-۹٬]+ نتیجه/);
    await expect(status(page)).not.toHaveText(/[0-9]/);
  });

  test("the header's search box leads to the search page with the words searched", async ({ page }) => {
    await page.goto("/");
    const header = page.getByRole("search", { name: "Search figures, documents and organisations" });
    await header.getByRole("searchbox").fill(named.surname);
    await header.getByRole("button").click();
    await expect(page).toHaveURL(new RegExp(`/search/\\?q=${named.surname}$`));
    await expect(results(page).getByRole("link").and(page.locator(`[href="/figures/${named.figure}/"]`))).toHaveCount(1, { timeout: 0 });
  });

  test("keyboard: Tab reaches the box, Enter searches, arrows move through the results, Enter follows one", async ({ page }) => {
    await page.goto("/search/");
    for (let i = 0; i < 40 && !(await box(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(box(page)).toBeFocused();
    await page.keyboard.type(org.name);
    await page.keyboard.press("Enter");
    await expect(results(page).first()).toBeVisible({ timeout: 0 });
    await page.keyboard.press("ArrowDown");
    const first = results(page).first().getByRole("link");
    await expect(first).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(results(page).nth(1).getByRole("link")).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(box(page)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/organisations/${org.id}/$`));
  });

  test("the index is fetched only when the reader searches, and nothing leaves the site's origin", async ({ page, baseURL }) => {
    const rec = record(page);
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    await page.goto("/search/");
    await page.waitForLoadState("networkidle");
    expect(rec.requests.filter((u) => u.includes("documents.json")), "no index on other pages, nor before the reader searches").toEqual([]);
    await box(page).focus();
    await expect.poll(() => rec.requests.filter((u) => u.endsWith("/search/documents.json")).length, { timeout: 0 }).toBe(1);
    await search(page, named.surname);
    await page.waitForLoadState("networkidle");
    const origin = new URL(baseURL!).origin;
    expect(rec.requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin)).toEqual([]);
    expect(rec.failures).toEqual([]);
    expect(rec.consoleErrors).toEqual([]);
  });

  for (const [lang, path] of [["en", "/search/"], ["fa", "/fa/search/"]] as const) {
    test(`axe: ${path} with results shown`, async ({ page }) => {
      await page.goto(path);
      await search(page, lang === "fa" ? persian[org.id]!.name! : named.surname);
      await expect(results(page).first()).toBeVisible();
      await expectNoViolations(page, `${path} with results`);
    });
  }
});

test.describe("search without JavaScript", () => {
  // axe itself needs JavaScript, so "without JavaScript" means: the site's own scripts are answered
  // with an empty file, leaving the page as a reader without JavaScript sees it (as in a11y.spec.ts).
  test.beforeEach(async ({ page }) => {
    await page.route("**/*", (route) => (route.request().resourceType() === "script" ? route.fulfill({ status: 200, contentType: "text/javascript", body: "" }) : route.continue()));
  });
  test("says search needs JavaScript and links to the sources index and the waves; axe clean", async ({ page }) => {
    await page.goto("/search/?q=anything");
    await expect(page.getByText("Searching needs JavaScript")).toBeVisible();
    await expect(page.getByRole("link", { name: "sources page" })).toHaveAttribute("href", "/sources/");
    await expect(page.locator("main a[href^='/waves/']").first()).toBeVisible();
    await expect(box(page)).toBeHidden();
    await expectNoViolations(page, "/search/ without JavaScript");
  });
});
