/**
 * `npm run build`: validates data/, then builds the site into a fresh folder beside dist/ and
 * swaps it in only when the build succeeded (issue 13 §3). An interrupted or failed build
 * leaves the previous dist/ whole, never half a site; a second build while one runs is refused
 * with a message instead of two builds writing the same files.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { listedReleases, ReleaseCache, releaseTrees, rendererKey } from "./release-cache.ts";
import { PREVIEW_ORIGIN, siteUrlProblem } from "../src/site/site-url.ts";
import { basePathProblem, normaliseBasePath } from "../src/site/rewrite-links.ts";
import { ARCHIVE_FILE, factsHtml, fillFacts, ZIM_FILE, type OfflineCopies } from "../src/site/offline-copies.ts";
import { strings } from "../src/i18n/strings.ts";
import { keptCopies, placeOfflineCopies, zimRequiredError, zimwriterProblem, type OfflineReport } from "./offline-files.ts";
import { rebaseSite } from "./rebase-site.ts";

const ROOT = join(import.meta.dirname, "..");
const DIST = process.env.OUT_DIR ?? join(ROOT, "dist");
// Builds share Astro's caches in the project, so one lock for the project (tests may name another).
const LOCK = process.env.BUILD_LOCK ?? join(ROOT, ".build.lock");
const NEXT = `${DIST}.next-${process.pid}`;
const OLD = `${DIST}.old-${process.pid}`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One build at a time: the lock is a directory (made atomically) holding the builder's pid. */
function lock(): void {
  try {
    mkdirSync(LOCK);
  } catch {
    const pid = Number(existsSync(join(LOCK, "pid")) ? readFileSync(join(LOCK, "pid"), "utf8") : NaN);
    if (Number.isInteger(pid) && alive(pid)) {
      console.error(`error: another build is running (process ${pid}); wait for it to finish, or stop it, then build again.`);
      process.exit(1);
    }
    // A build that was killed outright left its lock: take it over.
    rmSync(LOCK, { recursive: true, force: true });
    mkdirSync(LOCK);
  }
  writeFileSync(join(LOCK, "pid"), String(process.pid));
}

/** Removes a built site: `rm -rf` is several times faster than Node's rmSync on many small files. */
function removeTree(path: string): void {
  if (spawnSync("rm", ["-rf", "--", path]).status !== 0) rmSync(path, { recursive: true, force: true });
}

function cleanUp(): void {
  removeTree(NEXT);
  rmSync(LOCK, { recursive: true, force: true });
}

// The public origin goes into every citation, permanent link and share card: a production build
// needs it (SITE_URL); `--preview` (npm start, npm test) builds for the local preview server.
const preview = process.argv.includes("--preview");
const siteUrl = preview ? process.env.SITE_URL?.trim() || PREVIEW_ORIGIN : process.env.SITE_URL?.trim();
if (!siteUrl) {
  console.error(
    "error: SITE_URL is not set. A production build writes the public origin into every citation, permanent link and share card.\n" +
      "  fix: SITE_URL=https://your.domain/ npm run build   (or `npm start`, which builds a preview for http://localhost:4321/)",
  );
  process.exit(1);
}
const siteProblem = siteUrlProblem(siteUrl);
if (siteProblem) {
  console.error(`error: SITE_URL ${JSON.stringify(siteUrl)} cannot be the public origin: ${siteProblem}.`);
  process.exit(1);
}
// A mirror's path prefix (issue 16): pages are rendered for the root and their links prefixed after.
const basePath = normaliseBasePath(process.env.BASE_PATH ?? "/");
const baseProblem = process.env.BASE_PATH ? basePathProblem(process.env.BASE_PATH) : null;
if (baseProblem) {
  console.error(`error: BASE_PATH ${JSON.stringify(process.env.BASE_PATH)} cannot be the path prefix: ${baseProblem}.`);
  process.exit(1);
}
if (basePath !== "/") console.log(`mirror build for the path ${basePath}: links are prefixed; canonical links and citations still name ${siteUrl}.`);
if (preview) console.log(`preview build for ${siteUrl}: pages say so, and their links and citations point there, not to the public site.`);

lock();
// Phase times, printed at the end, show where a build's time goes (docs/BENCHMARKS.md).
const phases: string[] = [];
let phaseStart = performance.now();
const phase = (name: string) => {
  const now = performance.now();
  phases.push(`${name} ${((now - phaseStart) / 1000).toFixed(1)} s`);
  phaseStart = now;
};
const validate = spawnSync(process.execPath, ["--experimental-strip-types", join(ROOT, "scripts/validate.ts"), ...(process.env.DATA_DIR ? [process.env.DATA_DIR] : [])], { stdio: "inherit" });
if (validate.status !== 0) {
  cleanUp();
  process.exit(validate.status ?? 1);
}
phase("validate");
// Releases rendered by an earlier build with the same renderer are reused, not rendered again.
const dataDir = process.env.DATA_DIR ?? join(ROOT, "data");
const cache = process.env.RELEASE_CACHE === "off" ? null : new ReleaseCache(process.env.RELEASE_CACHE_DIR ?? join(ROOT, ".cache/releases"), rendererKey(ROOT));
const releases = listedReleases(dataDir);
const reused = cache ? releases.filter((r) => cache.has(r)) : [];
if (cache) console.log(`releases: ${reused.length} of ${releases.length} reused from ${process.env.RELEASE_CACHE_DIR ?? ".cache/releases"}; ${releases.length - reused.length} to render`);
// Each release's offline copies (site.zip, site.zim): kept ones, and the latest release's, made after rendering.
// Beside the release cache (tests and benchmarks name their own).
const offlineStore = cache ? join(dirname(process.env.RELEASE_CACHE_DIR ?? join(ROOT, ".cache/releases")), "offline") : null;
const origin = new URL(siteUrl).origin + "/";
const latestRelease = releases.at(-1);
const zimProblem = latestRelease ? zimwriterProblem() : null;
const offlineCopies: OfflineCopies = keptCopies(offlineStore, releases, origin);
if (latestRelease) offlineCopies[latestRelease.version] = zimProblem ? [...new Set([ARCHIVE_FILE, ...(offlineCopies[latestRelease.version] ?? [])])] : [ARCHIVE_FILE, ZIM_FILE];
if (latestRelease && zimProblem) {
  if (!preview) {
    // Before rendering anything: the same refusal placeOfflineCopies would give after it.
    console.error(`error: ${zimRequiredError(zimProblem, latestRelease.version)}`);
    cleanUp();
    process.exit(1);
  }
  console.warn(`warning: ${zimProblem} (apt-get install -y zim-tools): this preview build makes no Kiwix file (${ZIM_FILE}).`);
}
let swapped = false;
/** Versions whose pages were moved out of the previous site into the new one. */
const adopted: string[] = [];
const child = spawn(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, SITE_URL: siteUrl, SITE_PREVIEW: preview ? "1" : "", OUT_DIR: NEXT, RELEASES_PRERENDERED: reused.map((r) => r.version).join(","), OFFLINE_COPIES: JSON.stringify(offlineCopies) },
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => {
    if (swapped) return; // the new site is in place: nothing to undo
    child.kill(signal);
    cleanUp();
    console.error(`\nbuild stopped (${signal}): ${DIST} is unchanged.`);
    process.exit(130);
  });
child.on("exit", (code) => {
  if (code !== 0) {
    cleanUp();
    console.error(`\nbuild failed: ${DIST} is unchanged.`);
    process.exit(code ?? 1);
  }
  phase("render");
  try {
    // Build intermediates are not part of the site.
    rmSync(join(NEXT, ".prerender"), { recursive: true, force: true });
    if (cache) {
      // New renderings are kept first; kept ones come last, just before the swap, since they
      // are moved out of the previous site when it holds them (a rename per folder, no page
      // touched). This block is synchronous: a signal cannot stop it between the moves and the
      // swap, so the previous site is never left without its archived pages.
      const kept = new Set(reused.map((r) => r.version));
      for (const r of releases) if (!kept.has(r.version)) cache.store(r, NEXT);
      for (const r of releases) if (kept.has(r.version)) (existsSync(DIST) && cache.adopt(r, DIST, NEXT) ? adopted.push(r.version) : cache.restore(r, NEXT));
      phase(`keep releases (${adopted.length} moved from the previous site, ${kept.size - adopted.length} linked from the cache)`);
    }
    if (latestRelease) {
      const date = (JSON.parse(readFileSync(join(dataDir, "releases", `${latestRelease.version}.json`), "utf8")) as { date: string }).date;
      const report: OfflineReport = placeOfflineCopies({ site: NEXT, releases, latestDate: date, origin, store: offlineStore, zim: preview ? "optional" : "required" });
      fillOfflineFacts(NEXT);
      const s = report.seconds;
      phase(`offline copies (${report.made.length ? `made ${report.made.join(", ")}: zip ${s.zip.toFixed(1)} s, ZIM's folder ${s.tree.toFixed(1)} s, zimwriterfs ${s.zim.toFixed(1)} s` : "none made"}; ${report.kept.length} kept)`);
    }
    if (basePath !== "/") {
      const n = rebaseSite(NEXT, basePath);
      phase(`prefix ${basePath} (${n} files)`);
    }
    if (existsSync(DIST)) renameSync(DIST, OLD);
    renameSync(NEXT, DIST);
    swapped = true;
    removeTree(OLD);
    rmSync(LOCK, { recursive: true, force: true });
    phase("swap");
    console.log(`build phases: ${phases.join(", ")}`);
  } catch (e) {
    // Releases already moved out of the previous site go back before the new one is dropped.
    if (!swapped) for (const version of adopted) for (const tree of releaseTrees(version)) if (existsSync(join(NEXT, tree))) renameSync(join(NEXT, tree), join(DIST, tree));
    cleanUp();
    console.error(`\nbuild failed while putting the site in place (${(e as Error).message}): ${existsSync(DIST) ? DIST : `${OLD} (the previous site)`} is unchanged.`);
    process.exit(1);
  }
});

/** The data pages with each offline copy's size and SHA-256, once the copies exist. */
function fillOfflineFacts(site: string): void {
  const factsOf = (key: string) => {
    const [version, name] = key.split("/");
    const file = join(site, "downloads", version, name);
    const sums = `${file}.sha256`;
    if (!existsSync(file) || !existsSync(sums)) return null;
    return { bytes: statSync(file).size, sha256: readFileSync(sums, "utf8").slice(0, 64) };
  };
  for (const [page, locale] of [["data/index.html", "en"], ["fa/data/index.html", "fa"]] as const) {
    const path = join(site, page);
    if (!existsSync(path)) continue;
    const t = strings(locale);
    writeFileSync(path, fillFacts(readFileSync(path, "utf8"), factsOf, (f) => factsHtml(f, t)));
  }
}
