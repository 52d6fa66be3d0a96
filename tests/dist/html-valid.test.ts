import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { javaProblem, nuCheck, type NuMessage } from "./nu-check.ts";

/**
 * Every built page is valid HTML by the W3C Nu checker (the one behind validator.w3.org/nu):
 * no error and no warning, on every page of every kind, current and archived, in both languages
 * (all 5,220 pages of the sample data in one run: about 27 s of CPU, 60-90 s on a busy 2-core
 * machine). The one warning let through is a product of checking files rather than served
 * pages (see FILE_ARTEFACT). A deliberately invalid page goes into the same run, so a checker
 * that does not run, or a report that is not read, fails here too.
 */
const DIST = join(import.meta.dirname, "../../dist");

/**
 * Checked as file: URLs, a page's same-origin "/_astro/…" stylesheet and script resolve to
 * file:/_astro/…, which the page's Content-Security-Policy 'self' cannot match, so the checker
 * warns that the policy blocks them. Served over HTTP they are same-origin and allowed; the
 * browser tests load every kind of page under this policy and fail on any console error.
 */
const FILE_ARTEFACT = /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\/_astro\/[^”]*” blocked by “(style|script)-src” directive\.$/;

/** The invalid page of the run: a label on a <pre> (the error these pages once had 17,106 times). */
const CANARY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>canary</title></head>
<body><main><h1 id="t">canary</h1><pre aria-labelledby="t">x</pre></main></body></html>`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : []));
}

const where = (m: NuMessage) => `${m.url ? relative(DIST, fileURLToPath(m.url)) : "?"}:${m.lastLine ?? m.firstLine ?? "?"}:${m.firstColumn ?? "?"}`;
const kindOf = (m: NuMessage) => (m.type === "info" ? m.subType ?? "info" : m.type);
const MAX_LISTED = 200;

describe("HTML validity (Nu checker)", () => {
  const files = htmlFiles(DIST);
  let canaryDir = "";
  let canary = "";
  let messages: NuMessage[] = [];

  beforeAll(async () => {
    const problem = javaProblem();
    if (problem) throw new Error(problem);
    canaryDir = mkdtempSync(join(tmpdir(), "nu-canary-"));
    canary = join(canaryDir, "canary.html");
    writeFileSync(canary, CANARY);
    const started = Date.now();
    messages = await nuCheck([canary, ...files]);
    console.info(`Nu checker: ${files.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 900_000);
  afterAll(() => {
    if (canaryDir) rmSync(canaryDir, { recursive: true, force: true });
  });

  it("runs over every built page and reports the invalid page it is given", () => {
    expect(files.length).toBeGreaterThan(4000);
    const fromCanary = messages.filter((m) => m.url && fileURLToPath(m.url) === canary);
    expect(fromCanary.map((m) => m.type)).toEqual(["error"]);
    expect(fromCanary[0].message).toMatch(/^The “aria-labelledby” attribute must not be specified on any “pre” element/);
  });

  it("finds no error or warning on any page", () => {
    const found = messages.filter((m) => !(m.url && fileURLToPath(m.url) === canary)).filter((m) => !(m.type === "info" && m.subType === "warning" && FILE_ARTEFACT.test(m.message)));
    const counts = new Map<string, number>();
    for (const m of found) counts.set(`${kindOf(m)}: ${m.message}`, (counts.get(`${kindOf(m)}: ${m.message}`) ?? 0) + 1);
    const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${n} × ${k}`);
    const listed = found.slice(0, MAX_LISTED).map((m) => `  ${where(m)}: ${kindOf(m)}: ${m.message}${m.extract ? `\n      ${m.extract.replace(/\s+/g, " ").trim()}` : ""}`);
    if (found.length > MAX_LISTED) listed.push(`  … and ${found.length - MAX_LISTED} more`);
    expect(found.length, `${found.length} message(s) from the Nu checker, by kind:\n${summary.join("\n")}\n\nwhere (file:line:column):\n${listed.join("\n")}`).toBe(0);
  });
});
