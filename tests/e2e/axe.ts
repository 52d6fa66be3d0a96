/**
 * The one axe check every accessibility spec uses: WCAG 2.0–2.2 A and AA and axe's best-practice
 * rules (landmarks, heading order, …), violations printed in full.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const MAX_TARGETS = 8;
/**
 * `colourOnly`: the rules of those tags that read colours (text contrast, links told apart from
 * the text around them), for a page checked in full already whose colours alone have changed
 * (the dark colour scheme swaps CSS colour variables, nothing else).
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * `within`: a CSS selector for the part of the page a test has changed (a chart after a toggle,
 * the "as reported on" control), when the page around it is the one the sweeps in a11y.spec.ts
 * and a11y-i18n.spec.ts already check whole. axe then checks every rule on that part only and
 * skips its page-level rules (landmarks, one h1, …), which belong to the whole page. Without it,
 * the whole page: a wave page's 7,800 elements take axe 5–30 s, the largest cost of the browser tests.
 */
export async function expectNoViolations(page: Page, label: string, { within, colourOnly = false }: { within?: string; colourOnly?: boolean } = {}): Promise<void> {
  if (within) await expect(page.locator(within).first(), `the part of ${label} to check`).toBeVisible();
  // Only violations are asserted: axe then keeps one example node of each pass instead of
  // every node, a third less time on a wave page's 7,700 elements (same rules, same violations).
  const rules = new AxeBuilder({ page });
  const builder = (colourOnly ? rules.withRules(COLOUR_RULES) : rules.withTags(TAGS)).options({ resultTypes: ["violations"] });
  const { violations } = await (within ? builder.include(within) : builder).analyze();
  const report = violations
    .map((v) => {
      const targets = v.nodes.slice(0, MAX_TARGETS).map((n) => `      ${n.target.join(" ")}`);
      if (v.nodes.length > MAX_TARGETS) targets.push(`      … and ${v.nodes.length - MAX_TARGETS} more`);
      return `  ${v.id} (${v.impact ?? "?"}, ${v.nodes.length} element(s)): ${v.help}\n    ${v.helpUrl}\n${targets.join("\n")}`;
    })
    .join("\n");
  expect(violations.map((v) => v.id), `axe violations on ${label}:\n${report}`).toEqual([]);
}

/**
 * Opens every <details> ("Cite this", "Embed"), so axe also sees their text and, with
 * JavaScript, their copy buttons (added on the first toggle, which fires after the attribute changes).
 */
export async function openAllDetails(page: Page, { enhanced }: { enhanced: boolean }): Promise<void> {
  const details = page.locator("details");
  const n = await details.count();
  await details.evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  if (enhanced) await expect(page.locator("details[data-cite], details[data-embed]").and(page.locator(":not([data-enhanced])"))).toHaveCount(0);
  if (n > 0) await expect(page.locator("details:not([open])")).toHaveCount(0);
}
