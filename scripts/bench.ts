/**
 * `npm run bench`: builds the site from deterministic synthetic datasets at about 1x, 10x and
 * 100x today's size (in a temporary folder, never data/), and a naive baseline (one Astro page
 * per series embedding its data as JSON, drawn by Chart.js in the browser) from the same data.
 * Prints build time, peak memory, pages, output size and the gzip bytes pages transfer.
 * Set BENCH_SCALES=1,10 to run fewer sizes. Then, for the releases dimension (BENCH_RELEASES,
 * "<scale>x<releases>[s]" pairs), builds with N releases through `npm run build`'s script, cold
 * and then warm with one more release (scripts/bench/releases.ts); "s" seeds releases 2…N from
 * release 1's pages instead of rendering them all cold. BENCH_RELEASES= skips it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeBaselineProject } from "./bench/naive-baseline.ts";
import { benchReleases, type ReleasesRun } from "./bench/releases.ts";
import { pageWeight, type PageWeight } from "./bench/page-weight.ts";
import { writeSyntheticData } from "./bench/synthetic-data.ts";

const ROOT = join(import.meta.dirname, "..");
const ASTRO = join(ROOT, "node_modules/astro/bin/astro.mjs");
const scales = (process.env.BENCH_SCALES ?? "1,10,100").split(",").filter(Boolean).map(Number);
// The releases dimension: "<scale>x<releases>" pairs, each built cold, then warm with one release more.
// A trailing "s" ("10x52s") seeds releases 2…N from release 1's pages instead of rendering each.
const releaseRuns = (process.env.BENCH_RELEASES ?? "1x1,1x12,1x52,10x1,10x12s,10x52s").split(",").filter(Boolean).map((p) => {
  const m = /^(\d+)x(\d+)(s?)$/.exec(p.trim());
  if (!m) throw new Error(`BENCH_RELEASES: "${p}" is not <scale>x<releases>[s], e.g. 10x52s`);
  return [Number(m[1]), Number(m[2]), m[3] === "s"] as const;
});
const hasGnuTime = existsSync("/usr/bin/time");

interface Run {
  seconds: number;
  peakMb: number | null;
  /** User + system CPU seconds (steadier than wall time on a shared machine); null without GNU time. */
  cpu: number | null;
  pages: number;
  bytes: number;
}

function build(cwd: string, env: Record<string, string>, outDir: string): Run {
  const args = hasGnuTime ? ["-f", "BENCH %e %M %U %S", process.execPath, ASTRO, "build"] : [ASTRO, "build"];
  const started = performance.now();
  const r = spawnSync(hasGnuTime ? "/usr/bin/time" : process.execPath, args, { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: "1" }, encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`build failed in ${cwd}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  const m = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  const { files, bytes } = walk(outDir);
  return { seconds, peakMb: m ? Number(m[2]) / 1024 : null, cpu: m ? Number(m[3]) + Number(m[4]) : null, pages: files, bytes };
}

function walk(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const sub = walk(p);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      bytes += s.size;
      if (name.endsWith(".html")) files++;
    }
  }
  return { files, bytes };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)}`;
const rows: string[][] = [];
const ratios: string[][] = [];
for (const scale of scales) {
  const tmp = mkdtempSync(join(tmpdir(), `bench-${scale}x-`));
  const data = join(tmp, "data");
  const size = writeSyntheticData(data, scale);
  // Inside the project: Astro keeps its build intermediates beside an out dir within the
  // project, but shares ./.astro/ for one outside it (which breaks concurrent builds).
  const oursOut = join(ROOT, ".bench-out", `${scale}x-${process.pid}`);
  const ours = build(ROOT, { SITE_URL: "https://bench.example.org/", DATA_DIR: data, OUT_DIR: oursOut }, oursOut);
  const wave: PageWeight = pageWeight(oursOut, join(oursOut, "waves/synthetic-wave-0/index.html"));
  const series: PageWeight = pageWeight(oursOut, join(oursOut, "series/synthetic-series-0/index.html"));
  const baseDir = join(tmp, "baseline");
  writeBaselineProject(baseDir, ROOT);
  const base = build(baseDir, { DATA_DIR: data }, join(baseDir, "dist"));
  const baseSeries = pageWeight(join(baseDir, "dist"), join(baseDir, "dist/series/synthetic-series-0/index.html"));
  rows.push([
    `${scale}x`,
    String(size.figures),
    String(size.series),
    `${ours.seconds.toFixed(1)} / ${base.seconds.toFixed(1)}`,
    `${ours.peakMb?.toFixed(0) ?? "n/a"} / ${base.peakMb?.toFixed(0) ?? "n/a"}`,
    `${ours.pages} / ${base.pages}`,
    `${(ours.bytes / 1048576).toFixed(1)} / ${(base.bytes / 1048576).toFixed(1)}`,
    `${kb(wave.onLoad)} (+${kb(wave.lazyJs)} JS later)`,
    `${kb(series.onLoad)} / ${kb(baseSeries.onLoad)}`,
    `${((ours.seconds * 1000) / ours.pages).toFixed(2)} / ${((base.seconds * 1000) / base.pages).toFixed(2)}`,
    `${((ours.seconds * 1000) / size.figures).toFixed(3)} / ${((base.seconds * 1000) / size.figures).toFixed(3)}`,
  ]);
  ratios.push([
    `${scale}x`,
    (ours.seconds / base.seconds).toFixed(2),
    (ours.seconds / ours.pages / (base.seconds / base.pages)).toFixed(2),
    ours.cpu && base.cpu ? `${((ours.cpu * 1000) / ours.pages).toFixed(2)} / ${((base.cpu * 1000) / base.pages).toFixed(2)} = ${(ours.cpu / ours.pages / (base.cpu / base.pages)).toFixed(2)}` : "n/a",
    (series.onLoad / baseSeries.onLoad).toFixed(2),
  ]);
  if (!process.env.BENCH_KEEP) {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(oursOut, { recursive: true, force: true });
  }
  else console.error(`kept ${tmp}`);
}

const table = (header: string[], body: string[][]) =>
  [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...body.map((r) => `| ${r.join(" | ")} |`)].join("\n");
console.log(`Benchmark (ours / naive baseline), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(
  table(
    ["size", "figures", "series", "build s", "peak MB", "pages", "output MB", "wave page KB gz on load", "series page KB gz", "ms per page", "ms per figure"],
    rows,
  ),
);
console.log("\nRatios to the baseline (lower is better for us):\n");
console.log(table(["size", "build time", "time per page", "CPU ms per page (ours / baseline = ratio)", "series page bytes"], ratios));

if (releaseRuns.length > 0) {
  const runs: ReleasesRun[] = releaseRuns.map(([scale, n, seeded]) => {
    const r = benchReleases(scale, n, seeded);
    // Each run as it ends: a long benchmark that is stopped still leaves its figures.
    console.log(`releases ${scale}x${n}${seeded ? "s" : ""}: cold ${r.cold.seconds.toFixed(1)} s (${r.cold.pages} pages${r.cold.cpu === null ? "" : `, ${r.cold.cpu.toFixed(0)} s CPU`}; ${r.cold.phases}; ${r.cold.offline}); warm ${r.warm.seconds.toFixed(1)} s (${r.warm.pages} pages${r.warm.cpu === null ? "" : `, ${r.warm.cpu.toFixed(0)} s CPU`}; ${r.warm.phases})`);
    return r;
  });
  // The reference: a cold build of the same scale with one release (a seeded run's own cold build is one).
  const one = (r: ReleasesRun) => (r.seeded ? r.cold : runs.find((o) => o.scale === r.scale && o.releases === 1)?.cold);
  const cpu = (b: { cpu: number | null }) => (b.cpu === null ? "" : `, ${b.cpu.toFixed(0)} s CPU`);
  console.log("\nReleases: a build with N published releases, every one rendered (cold), and after one more release with the N kept from the build before (warm):\n");
  console.log(
    table(
      ["size", "releases", "cold build s (pages rendered)", "+1 release, warm s (pages rendered)", "warm ÷ one-release cold build (wall; CPU)"],
      runs.map((r) => {
        const base = one(r);
        const ratio = base ? `${(r.warm.seconds / base.seconds).toFixed(2)}; ${base.cpu && r.warm.cpu ? (r.warm.cpu / base.cpu).toFixed(2) : "n/a"}` : "n/a";
        const cold = r.seeded ? `1 release rendered: ${r.cold.seconds.toFixed(1)} (${r.cold.pages}${cpu(r.cold)}); ${r.releases - 1} seeded` : `${r.cold.seconds.toFixed(1)} (${r.cold.pages}${cpu(r.cold)})`;
        return [`${r.scale}x`, String(r.releases), cold, `${r.warm.seconds.toFixed(1)} (${r.warm.pages}${cpu(r.warm)})`, ratio];
      }),
    ),
  );
}
