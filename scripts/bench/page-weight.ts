/**
 * What a page transfers: its HTML and the CSS and JavaScript it loads at once (stylesheets,
 * module scripts and their static imports), gzip-compressed; and, separately, the JavaScript
 * fetched later (dynamic imports of the loaded scripts, and theirs): the chart code when a chart
 * nears the viewport, and code that waits for its control's first use (citation formats, the
 * "as reported on" control, a chart's date-range axes, its log scale).
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** gzip bytes before any chart is interactive. */
  onLoad: number;
  /** gzip bytes of JavaScript fetched later: on view (charts) or on first use (controls). */
  lazyJs: number;
  /** lazyJs file by file (name without its hash: gzip bytes), largest first. */
  lazyFiles: Record<string, number>;
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function resolveAsset(siteRoot: string, from: string, spec: string): string {
  return spec.startsWith("/") ? join(siteRoot, spec) : normalize(join(dirname(from), spec));
}

/** Static and dynamic imports of an ES module file, resolved to files on disk. */
function imports(siteRoot: string, file: string): { statics: string[]; dynamics: string[] } {
  const text = readFileSync(file, "utf8");
  const statics = [...text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'`()]*?from\s*)?["'`]([^"'`]+\.js)["'`]/g)].map((m) => resolveAsset(siteRoot, file, m[1]));
  const dynamics = [...text.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => resolveAsset(siteRoot, file, m[1]));
  return { statics: statics.filter(existsSync), dynamics: dynamics.filter(existsSync) };
}

function closure(siteRoot: string, entries: string[]): { loaded: Set<string>; lazy: Set<string> } {
  const loaded = new Set<string>();
  const lazyEntries: string[] = [];
  const visit = (f: string, into: Set<string>, lazyOut: string[]) => {
    if (into.has(f)) return;
    into.add(f);
    const { statics, dynamics } = imports(siteRoot, f);
    statics.forEach((s) => visit(s, into, lazyOut));
    lazyOut.push(...dynamics);
  };
  entries.forEach((e) => visit(e, loaded, lazyEntries));
  const lazy = new Set<string>();
  const more: string[] = [];
  lazyEntries.forEach((e) => !loaded.has(e) && visit(e, lazy, more));
  more.forEach((e) => !loaded.has(e) && visit(e, lazy, []));
  for (const f of loaded) lazy.delete(f);
  return { loaded, lazy };
}

export function pageWeight(siteRoot: string, htmlPath: string): PageWeight {
  const html = readFileSync(htmlPath, "utf8");
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => join(siteRoot, m[1]));
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) =>
    join(siteRoot, m[1]),
  );
  const { loaded, lazy } = closure(siteRoot, scripts.filter(existsSync));
  const htmlGz = gzipSync(html, { level: 9 }).length;
  const cssGz = css.filter(existsSync).reduce((n, f) => n + gz(f), 0);
  const jsGz = [...loaded].reduce((n, f) => n + gz(f), 0);
  const lazyFiles = Object.fromEntries([...lazy].map((f) => [basename(f).replace(/\.[\w-]{8}\.js$/, ".js"), gz(f)] as const).sort((a, b) => b[1] - a[1]));
  const lazyGz = Object.values(lazyFiles).reduce((n, b) => n + b, 0);
  return { html: htmlGz, css: cssGz, js: jsGz, onLoad: htmlGz + cssGz + jsGz, lazyJs: lazyGz, lazyFiles };
}
