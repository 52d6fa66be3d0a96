import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { citedFigures, handTypedCounts, qualifiersBeforeFigures } from "../../src/format/fact-text.ts";

/**
 * The methodology pages type no count by hand (issue 9): every number of people, and its
 * date, is filled in from the figure it cites, so the page cannot drift from the data.
 */
const root = join(import.meta.dirname, "../..");
const PAGES = ["src/components/pages/MethodologyEn.astro", "src/components/pages/MethodologyFa.astro"];

/** Removes every `{…}` expression, nested braces included. */
function stripExpressions(s: string): string {
  let out = "";
  let depth = 0;
  for (const c of s) {
    if (c === "{") depth++;
    else if (c === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

/** The prose of a page, in three parts: its body text, the `text="…"` it passes to FactText, and its frontmatter's strings. */
function prose(file: string): { body: string; factTexts: string[]; literals: string[] } {
  const src = readFileSync(join(root, file), "utf8");
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(src);
  const frontmatter = fm ? fm[1] : "";
  const markup = fm ? src.slice(fm[0].length) : src;
  const factTexts = [...markup.matchAll(/\btext="([^"]*)"/g)].map((m) => m[1]);
  // Strings in the frontmatter (meanings of qualifiers and flags) are prose too.
  const literals = [...frontmatter.replace(/^\s*(import|\/\/).*$/gm, "").matchAll(/"((?:[^"\\]|\\.)*)"|`([^`]*)`/g)].map((m) => m[1] ?? m[2]);
  const body = stripExpressions(markup)
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ");
  return { body, factTexts, literals };
}

function figureIds(): Set<string> {
  const dir = join(root, "data/series");
  const ids = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    const json = JSON.parse(readFileSync(join(dir, name), "utf8")) as { figures?: Array<{ id: string }> };
    for (const f of json.figures ?? []) ids.add(f.id);
  }
  return ids;
}

describe.each(PAGES)("%s", (file) => {
  const p = prose(file);

  it("types no count by hand in its text", () => {
    expect(handTypedCounts(p.body)).toEqual([]);
  });

  it("types no count by hand in the prose it fills from the data", () => {
    expect(p.factTexts.flatMap((t) => handTypedCounts(t))).toEqual([]);
  });

  it("writes no qualifier before a figure, which brings its own (never 'more than more than')", () => {
    expect(p.factTexts.flatMap((t) => qualifiersBeforeFigures(t))).toEqual([]);
  });

  it("types no count by hand in its frontmatter strings", () => {
    expect(p.literals.flatMap((t) => handTypedCounts(t))).toEqual([]);
  });

  it("passes FactText literal text only, so every cited id can be checked here", () => {
    const src = readFileSync(join(root, file), "utf8");
    const tags = [...src.matchAll(/<FactText\b[^>]*?\/>/gs)].map((m) => m[0]);
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.filter((tag) => !/\btext="[^"]*"/.test(tag))).toEqual([]);
  });

  it("cites only figures that exist in data/series", () => {
    const ids = figureIds();
    const src = readFileSync(join(root, file), "utf8");
    const cited = citedFigures(src);
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe("the two methodology pages", () => {
  it("cite the same figures, so the Persian page says what the English one says", () => {
    const [en, fa] = PAGES.map((f) => [...new Set(citedFigures(readFileSync(join(root, f), "utf8")))].sort());
    expect(fa).toEqual(en);
  });

  it("have the same section ids", () => {
    const [en, fa] = PAGES.map((f) => [...readFileSync(join(root, f), "utf8").matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]));
    expect(fa).toEqual(en);
    expect(en).toEqual(expect.arrayContaining(["rules", "why-claims-differ", "caveats", "reading-charts", "qualifiers", "flags", "adding-figures"]));
  });
});
