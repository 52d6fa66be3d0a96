import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Every internal link and anchor in the built site must resolve; external URLs are listed in a
// report (test-results/external-links.txt), never fetched.
const DIST = join(import.meta.dirname, "../../dist");
// The origin the site was built for, as its home page declares it.
const SITE_URL = existsSync(join(DIST, "index.html")) ? new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(DIST, "index.html"), "utf8"))![1]).origin + "/" : "";

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : []));
}

/** The file a site path is served from, as the static server resolves it. */
function target(path: string): string | undefined {
  const p = decodeURIComponent(path);
  for (const candidate of [join(DIST, p), join(DIST, p, "index.html")]) if (existsSync(candidate) && !candidate.endsWith("/")) return candidate;
  return existsSync(join(DIST, p, "index.html")) ? join(DIST, p, "index.html") : undefined;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    ids.set(file, set);
  }
  return set;
}

describe("links in the built site", () => {
  it("carry no placeholder origin: every absolute address on the site uses the origin it was built for", () => {
    expect(SITE_URL, "run npm run build first").not.toBe("");
    const placeholder = /https?:\/\/detainees\.example\.org/;
    const offenders = allFiles(DIST).filter((f) => /\.(html|xml|json|txt|svg|csv|md|cff|webmanifest)$/.test(f) && placeholder.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => relative(DIST, f))).toEqual([]);
  });

  it("all resolve: every internal href and src, and every #anchor", () => {
    expect(existsSync(join(DIST, "index.html")), "run npm run build first").toBe(true);
    const broken: string[] = [];
    const external = new Map<string, number>();
    let checked = 0;
    for (const file of htmlFiles(DIST)) {
      const html = readFileSync(file, "utf8").replace(/<code>[\s\S]*?<\/code>/g, "");
      const page = "/" + relative(DIST, file).replace(/index\.html$/, "");
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        let raw = m[1].replace(/&amp;/g, "&");
        // Absolute links to the site's own origin (canonical, alternates) must resolve too.
        if (raw.startsWith(SITE_URL)) raw = raw.slice(SITE_URL.length - 1);
        if (/^(https?:)?\/\//.test(raw)) {
          external.set(raw, (external.get(raw) ?? 0) + 1);
          continue;
        }
        if (/^(mailto|data|javascript):/i.test(raw)) {
          if (/^javascript:/i.test(raw)) broken.push(`${page}: javascript: link ${raw}`);
          continue;
        }
        checked++;
        const url = new URL(raw, `http://site${page}`);
        const file2 = target(url.pathname);
        if (!file2) broken.push(`${page}: ${raw} (no such file)`);
        else if (url.hash && file2.endsWith(".html") && !idsOf(file2).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page}: ${raw} (no element with that id)`);
      }
    }
    mkdirSync(join(import.meta.dirname, "../../test-results"), { recursive: true });
    const report = [...external.entries()].sort().map(([u, n]) => `${u}\t${n}`).join("\n");
    writeFileSync(join(import.meta.dirname, "../../test-results/external-links.txt"), `${report}\n`);
    console.log(`links: ${checked} internal links checked; ${external.size} external URLs listed in test-results/external-links.txt`);
    expect(broken.slice(0, 30)).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  }, 120_000);
});
