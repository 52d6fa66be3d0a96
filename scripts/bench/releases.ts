/**
 * The releases dimension of `npm run bench` (issue 13 §2): what a build costs with N releases
 * already published, cold (every release rendered) and warm (N rendered by an earlier build,
 * one new release added), through scripts/build.ts as `npm run build` runs it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareRelease } from "../../src/domain/prepare-release.ts";
import { writeRelease } from "../../src/domain/write-release.ts";
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

function build(env: Record<string, string>): { seconds: number; pages: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, ["--experimental-strip-types", join(ROOT, "scripts/build.ts")], { cwd: ROOT, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: "1" }, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const m = /(\d+) page\(s\) built/.exec(r.stdout);
  return { seconds: (performance.now() - started) / 1000, pages: m ? Number(m[1]) : 0 };
}

export interface ReleasesRun {
  scale: number;
  releases: number;
  cold: { seconds: number; pages: number };
  warm: { seconds: number; pages: number };
}

/** Builds the synthetic data at `scale` with `n` releases cold, then with one release more, warm. */
export function benchReleases(scale: number, n: number): ReleasesRun {
  const tmp = mkdtempSync(join(tmpdir(), `bench-releases-${scale}x-${n}-`));
  const data = join(tmp, "data");
  writeSyntheticData(data, scale);
  for (let k = 1; k <= n; k++) addRelease(data, k);
  const out = join(ROOT, ".bench-out", `releases-${scale}x-${n}-${process.pid}`);
  const env = { SITE_URL: "https://bench.example.org/", DATA_DIR: data, OUT_DIR: out, RELEASE_CACHE_DIR: join(tmp, "cache"), BUILD_LOCK: join(tmp, "lock") };
  try {
    const cold = build(env);
    addRelease(data, n + 1);
    const warm = build(env);
    return { scale, releases: n, cold, warm };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
