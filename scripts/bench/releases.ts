/**
 * The releases dimension of `npm run bench` (issue 13 §2): what a build costs with N releases
 * already published, cold (every release rendered) and warm (N rendered by an earlier build,
 * one new release added), through scripts/build.ts as `npm run build` runs it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareRelease } from "../../src/domain/prepare-release.ts";
import { writeRelease } from "../../src/domain/write-release.ts";
import { listedReleases, ReleaseCache, releaseTrees, rendererKey } from "../release-cache.ts";
import { writeSyntheticData } from "./synthetic-data.ts";

const ROOT = join(import.meta.dirname, "../..");

/** One more release of the synthetic data: a new source each time, so there is a change to release. */
function addRelease(data: string, k: number): void {
  const path = join(data, "sources.json");
  const sources = JSON.parse(readFileSync(path, "utf8"));
  sources.sources.push({ id: `bench-extra-${k}`, title: `Benchmark source ${k}`, publisher: "Benchmark", url: `https://example.org/bench/${k}`, published: "2025-06-01", accessed: "2025-06-02", language: "en", kind: "report" });
  writeFileSync(path, JSON.stringify(sources));
  const date = new Date(Date.UTC(2026, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
  const p = prepareRelease(data, { summary: `Benchmark release ${k}`, date, root: join(data, "..") });
  if (!p.ok) throw new Error(JSON.stringify(p.problems.slice(0, 3)));
  writeRelease(data, p.release, p.text);
}

interface Build {
  seconds: number;
  /** User + system CPU seconds of the build and its children (less noisy than wall time on a shared machine). */
  cpu: number | null;
  pages: number;
  /** The build's own phase times ("validate 1.2 s, render 15.0 s, …"), as scripts/build.ts prints them. */
  phases: string;
  /** The latest release's offline copies (issue 16): "site.zip 11.4 MB, site.zim 5.0 MB". */
  offline: string;
}

const hasGnuTime = existsSync("/usr/bin/time");

const mb = (path: string) => (existsSync(path) ? `${(statSync(path).size / 1_000_000).toFixed(1)} MB` : "none");

function build(env: Record<string, string>): Build {
  const script = [process.execPath, "--experimental-strip-types", join(ROOT, "scripts/build.ts")];
  const started = performance.now();
  const r = spawnSync(hasGnuTime ? "/usr/bin/time" : script[0], hasGnuTime ? ["-f", "BENCH %U %S", ...script] : script.slice(1), { cwd: ROOT, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: "1" }, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const m = /(\d+) page\(s\) built/.exec(r.stdout);
  const t = /BENCH ([\d.]+) ([\d.]+)/.exec(r.stderr);
  const p = /build phases: (.*)/.exec(r.stdout);
  const latest = join(env.OUT_DIR, "downloads/latest");
  const offline = `site.zip ${mb(join(latest, "site.zip"))}, site.zim ${mb(join(latest, "site.zim"))}`;
  return { seconds: (performance.now() - started) / 1000, cpu: t ? Number(t[1]) + Number(t[2]) : null, pages: m ? Number(m[1]) : 0, phases: p ? p[1] : "", offline };
}

/**
 * Fills the release cache for releases 2…n with copies of release 1's rendered pages, moved to
 * their versions' folders, instead of rendering each (52 releases at 10× would render 1.3 million
 * pages), and into the site as the build that rendered them would have left it. The copies' text
 * names the wrong release, but a warm build never reads kept pages: it moves or links them,
 * which is the cost measured. Their release files are real.
 */
function seedCache(data: string, cacheDir: string, tmp: string, out: string): void {
  const cache = new ReleaseCache(cacheDir, rendererKey(ROOT));
  const [first, ...rest] = listedReleases(data);
  const entry = join(cacheDir, `${first.version}-${first.sha256.slice(0, 16)}-${rendererKey(ROOT)}`);
  if (!cache.has(first)) throw new Error(`release ${first.version} was not kept by the cold build (${entry})`);
  for (const r of rest) {
    const site = join(tmp, `seed-${r.version}`);
    for (const [from, to] of releaseTrees(first.version).map((t, i) => [t, releaseTrees(r.version)[i]])) {
      if (!existsSync(join(entry, from))) continue;
      mkdirSync(join(site, to, ".."), { recursive: true });
      spawnSync("cp", ["-al", join(entry, from), join(site, to)]);
    }
    cache.store(r, site);
    rmSync(site, { recursive: true, force: true });
    // As a build that rendered it would have left it: in the site too, the cache's own files.
    cache.restore(r, out);
  }
}

export interface ReleasesRun {
  scale: number;
  releases: number;
  /** Releases 2…n kept by copying release 1's pages (seedCache) instead of rendering them. */
  seeded: boolean;
  /** A cold build: every release rendered (with `seeded`, release 1 only). */
  cold: Build;
  /** After one release more, with the n releases kept from before. */
  warm: Build;
}

/**
 * Builds the synthetic data at `scale` with `n` releases cold, then with one release more, warm.
 * With `seeded`, the cold build has one release and releases 2…n are put in the cache by seedCache.
 */
export function benchReleases(scale: number, n: number, seeded = false): ReleasesRun {
  const tmp = mkdtempSync(join(tmpdir(), `bench-releases-${scale}x-${n}-`));
  const data = join(tmp, "data");
  writeSyntheticData(data, scale);
  for (let k = 1; k <= (seeded ? 1 : n); k++) addRelease(data, k);
  const out = join(ROOT, ".bench-out", `releases-${scale}x-${n}-${process.pid}`);
  const env = { SITE_URL: "https://bench.example.org/", DATA_DIR: data, OUT_DIR: out, RELEASE_CACHE_DIR: join(tmp, "cache"), BUILD_LOCK: join(tmp, "lock") };
  try {
    const cold = build(env);
    if (seeded) {
      for (let k = 2; k <= n; k++) addRelease(data, k);
      seedCache(data, env.RELEASE_CACHE_DIR, tmp, out);
    }
    addRelease(data, n + 1);
    const warm = build(env);
    return { scale, releases: n, seeded, cold, warm };
  } finally {
    // rm -rf: Node's rmSync took minutes on the million files of 52 releases at 10×.
    for (const dir of [tmp, out]) if (spawnSync("rm", ["-rf", "--", dir]).status !== 0) rmSync(dir, { recursive: true, force: true });
  }
}
