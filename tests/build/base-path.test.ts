import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareRelease } from "../../src/domain/prepare-release.ts";
import { writeRelease } from "../../src/domain/write-release.ts";
import { figure, makeDataDir } from "../unit/release-fixture.ts";

/**
 * A mirror build (issue 16): `BASE_PATH=/mirror/dashboard/ npm run build` makes a site to serve
 * under that path. Every internal address of every page carries the prefix and leads to a built
 * file; canonical links keep naming the official origin, without the prefix.
 */
const ROOT = join(import.meta.dirname, "../..");
const BASE = "/mirror/dashboard/";
const DIR = join(ROOT, ".test-builds", `base-path-${process.pid}`);
const OUT = join(DIR, "site");
const data = makeDataDir([figure("f1", "2026-01-10", 100), figure("f2", "2026-01-11", 150)]);
let log = "";
// The data page's examples and the compare page name records of the real data that this test's data lacks.
const FIXTURE_GAPS = /\/(iran-2025-26|hrana-arrested-2025-26)[/.]/;

beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
  const p = prepareRelease(data, { summary: "First", date: "2026-02-01", root: join(data, "..") });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  writeRelease(data, p.release, p.text);
  const r = spawnSync(process.execPath, ["--experimental-strip-types", join(ROOT, "scripts/build.ts"), "--preview"], {
    cwd: ROOT,
    env: { ...process.env, BASE_PATH: BASE, DATA_DIR: data, OUT_DIR: OUT, BUILD_LOCK: join(DIR, "lock"), RELEASE_CACHE: "off" },
    encoding: "utf8",
  });
  log = r.stdout + r.stderr;
  if (r.status !== 0) throw new Error(`the mirror build failed:\n${log.slice(-3000)}`);
}, 240_000);
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The built file a served address reaches, as a static server under BASE would resolve it. */
function served(path: string): string | null {
  const inner = decodeURIComponent(path.slice(BASE.length));
  for (const candidate of [join(OUT, inner), join(OUT, inner, "index.html")]) if (existsSync(candidate) && !candidate.endsWith("/") && !readdirSafe(candidate)) return candidate;
  return null;
}
const readdirSafe = (p: string) => {
  try {
    readdirSync(p);
    return true;
  } catch {
    return false;
  }
};

describe(`a mirror build under ${BASE}`, () => {
  it("says so, and every internal address of every page has the prefix and leads to a file", () => {
    expect(log).toContain(`mirror build for the path ${BASE}`);
    const broken: string[] = [];
    let checked = 0;
    const pages = files(OUT).filter((f) => f.endsWith(".html"));
    for (const file of pages) {
      const page = "/" + relative(OUT, file);
      for (const [, attribute, raw] of readFileSync(file, "utf8").matchAll(/\s([a-z][a-z0-9:-]*)="(\/[^"]*)"/g)) {
        if (raw.startsWith("//")) continue;
        const url = new URL(raw.replace(/&amp;/g, "&"), "http://mirror.test");
        if (!url.pathname.startsWith(BASE)) broken.push(`${page}: ${attribute}="${raw}" (no prefix)`);
        else if (attribute !== "data-site-root" && !served(url.pathname) && !FIXTURE_GAPS.test(raw)) broken.push(`${page}: ${attribute}="${raw}" (no such file)`);
        checked++;
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
    expect(pages.length).toBeGreaterThan(20);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  it("keeps canonical links and the official-copy line on the official origin, without the prefix", () => {
    const html = readFileSync(join(OUT, "waves/test-wave/index.html"), "utf8");
    expect(html).toContain('<link rel="canonical" href="http://localhost:4321/waves/test-wave/">');
    expect(html).toMatch(/class="official-copy">[^<]*<a href="http:\/\/localhost:4321\/waves\/test-wave\/"/);
    expect(html).toContain(`data-site-root="${BASE}"`);
  });

  it("prefixes stylesheets' and web manifests' addresses too", () => {
    const manifest = JSON.parse(readFileSync(join(OUT, "manifest.webmanifest"), "utf8")) as { start_url: string; icons: Array<{ src: string }> };
    expect(manifest.start_url).toBe(BASE);
    for (const icon of manifest.icons) expect(served(icon.src), icon.src).not.toBeNull();
    for (const css of files(OUT).filter((f) => f.endsWith(".css")))
      for (const [, url] of readFileSync(css, "utf8").matchAll(/url\(\s*["']?(\/[^"')\s]*)/g)) expect(url.startsWith(BASE), `${relative(OUT, css)}: ${url}`).toBe(true);
  });

  it("offers the release's site.zip, whose pages carry no prefix (they are relative)", () => {
    const zip = join(OUT, "downloads/latest/site.zip");
    expect(existsSync(zip)).toBe(true);
    expect(readFileSync(join(OUT, "data/index.html"), "utf8")).toContain(`href="${BASE}downloads/`);
    const home = strFromU8(unzipSync(readFileSync(zip))["index.html"]);
    expect(home).toContain('href="waves/test-wave/index.html"');
    expect(home).not.toContain(BASE);
  });
});
