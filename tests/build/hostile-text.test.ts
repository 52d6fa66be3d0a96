import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Builds the real site from test-only data whose text tries to break out of the page.
const SCRIPT = "<script>alert('x')</script>";
const IMG = '"><img src=x onerror=alert(1)>';
const RLO = "\u202Egnp.exe";
const root = mkdtempSync(join(tmpdir(), "hostile-"));
const data = join(root, "data");
// The out dir sits inside the project so Astro's build intermediates stay beside it.
const out = join(import.meta.dirname, "../../.test-builds", `hostile-${process.pid}`);

beforeAll(() => {
  mkdirSync(join(data, "series"), { recursive: true });
  const write = (p: string, body: unknown) => writeFileSync(join(data, p), JSON.stringify(body));
  write("organisations.json", {
    organisations: [{ id: "evil-org", name: `Evil ${SCRIPT}`, short_name: `Evil${IMG}`, kind: "ngo", home_page: null, counts: `Counts ${RLO}` }],
  });
  write("sources.json", {
    sources: [{ id: "evil-doc", title: `Title ${IMG} ${RLO}`, publisher: `Pub ${SCRIPT}`, url: "https://example.org/a?b=<c>&d=\"e\"", published: "2026-01-20", accessed: null, language: "en", kind: "news" }],
  });
  write("waves.json", { waves: [{ id: "w", title: `Wave ${SCRIPT}`, start: "2026-01-01", end: null, summary: `Summary ${IMG}`, annotations: [], searched_until: "2026-02-01" }] });
  write("series/evil-org-arrested.json", {
    series: { id: "evil-org-arrested", wave: "w", organisation: "evil-org", measure: "arrested", label: `Label units ${SCRIPT}`, unit: { one: `unit ${IMG}`, other: `units ${SCRIPT}` }, definition: `Def ${IMG}`, cumulative: true, caveats: [`Caveat ${RLO}`] },
    figures: [
      { id: "f1", organisation: "evil-org", measure: "arrested", as_of: "2026-01-10", value: 12, qualifier: "exact", source: "evil-doc", quote: `${SCRIPT} 12 people ${IMG} ${RLO}`, figure_text: "12", notes: `Note ${SCRIPT}`, flags: ["attribution_inferred"], attribution_reason: `Reason ${SCRIPT}` },
      { id: "f2", organisation: "evil-org", measure: "arrested", as_of: "2026-01-12", value: 15, qualifier: "at_least", source: "evil-doc", quote: "at least 15 people", figure_text: "15", flags: ["attribution_inferred"], attribution_reason: `Reason ${IMG}` },
    ],
  });
  execFileSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], {
    cwd: join(import.meta.dirname, "../.."),
    env: { ...process.env, DATA_DIR: data, OUT_DIR: out },
    stdio: "pipe",
  });
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const pages = ["figures/f1", "sources/evil-doc", "series/evil-org-arrested", "waves/w", "organisations/evil-org", "", "fa/figures/f1", "embed/series-evil-org-arrested", "embed/w-detainees"];

describe("text from data is always escaped", () => {
  for (const p of pages) {
    it(`/${p}/ shows hostile text as text, never as markup`, () => {
      const html = readFileSync(join(out, p, "index.html"), "utf8");
      // Inside a double-quoted attribute "<" is only text (Astro escapes the quote itself), so
      // look for markup outside attribute values: no injected element may appear there.
      const markup = html.replace(/="[^"]*"/g, '=""');
      expect(markup).not.toContain("<script>alert");
      expect(markup).not.toContain("<img");
      expect(markup).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i);
      expect(markup).not.toMatch(/<script(?! type="" src="")/);
    });
  }
  it("keeps the hostile text visible, escaped, in the figure's quote", () => {
    const html = readFileSync(join(out, "figures/f1/index.html"), "utf8");
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });
  it("keeps a right-to-left override inside an element that isolates its direction", () => {
    const html = readFileSync(join(out, "figures/f1/index.html"), "utf8");
    expect(html).toMatch(/<blockquote[^>]*dir="auto"[^>]*><p>(?:(?!<\/p>).)*\u202Egnp\.exe(?:(?!<\/p>).)*<\/p><\/blockquote>/s);
  });
  it("escapes text inside the chart SVG and the chart model JSON", () => {
    const svg = readFileSync(join(out, "images/w-detainees.svg"), "utf8");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("Label units &lt;script&gt;");
    const json = JSON.parse(readFileSync(join(out, "charts/series-evil-org-arrested.json"), "utf8"));
    expect(json.title).toBe(`Label units ${SCRIPT}`);
  });
  it("sends a Content-Security-Policy without unsafe-inline scripts on every page", () => {
    for (const p of pages) {
      const html = readFileSync(join(out, p, "index.html"), "utf8");
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(html).not.toMatch(/\son[a-z]+="/i);
    }
  });
});
