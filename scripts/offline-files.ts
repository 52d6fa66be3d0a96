/**
 * Each release's offline copies (issue 16): /downloads/<version>/site.zip, the whole site of that
 * release to open from disk in any browser, and /downloads/<version>/site.zim, the same pages for
 * Kiwix, each with its SHA-256 beside it (<file>.sha256, in `sha256sum` format).
 *
 * A release's copies are made once, by the build in which it is the latest release (from the
 * root pages, which then show it), and kept in .cache/offline/ under the release and the origin:
 * later builds link them in and never make them again, whatever else changes (a release is
 * frozen). The pages inside use relative links naming index.html (src/site/rewrite-links.ts),
 * since file:// serves no directory index; pages the copy leaves out (other releases' /v/ pages,
 * share-card PNGs, other releases' downloads) are linked on the official site instead.
 */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { portableCss, portableHtml, type PortableLinks } from "../src/site/rewrite-links.ts";
import { ARCHIVE_FILE, ZIM_FILE, zimMetadata } from "../src/site/offline-copies.ts";
import { faviconSvg, iconPng } from "../src/site/icons.ts";
import { filesUnder } from "./files-under.ts";
import type { ReleaseRef } from "./release-cache.ts";

export interface OfflineRelease extends ReleaseRef {
  /** The release's date (YYYY-MM-DD): the files' timestamps and the ZIM's description. */
  date: string;
}


/**
 * Whether a built file belongs in a release's offline copy (a path relative to the site): the
 * latest pages in both languages with their assets, chart models, search index and API, and the
 * release's own downloads. Left out: other releases' pages and downloads (each has its own copy),
 * the /downloads/latest/ alias, the share cards (PNG images for link previews, 4.6 MB), and the
 * offline copies themselves.
 */
export function inOfflineCopy(path: string, version: string): boolean {
  if (/^(fa\/)?v\//.test(path)) return false;
  if (path.startsWith("downloads/") && !path.startsWith(`downloads/${version}/`)) return false;
  if (/^downloads\/[^/]+\/site\.(zip|zim)(\.sha256)?$/.test(path)) return false;
  if (/^images\/.*\.png$/.test(path)) return false;
  return true;
}

/**
 * Whether a file of the offline copy also goes into the ZIM. Kiwix reads pages: it has its own
 * search, and the ZIM's pages run no script (below), so the chart models, the search index, the
 * JSON API, the embeds, the scripts, the data files and the crawler files stay out (links to them lead to the
 * official site). This also halves the time zimwriterfs takes.
 */
export function inZim(path: string): boolean {
  if (/^(fa\/)?(api|charts|embed|downloads)\//.test(path)) return false;
  if (/(^|\/)(documents|as-reported)\.json$/.test(path)) return false;
  if (/\.js$/.test(path)) return false;
  return !/^(sitemap.*\.xml|robots\.txt)$/.test(path);
}

/**
 * A page for Kiwix runs no script: charts stay the SVG drawn at build time, and no enhancement
 * can try to reach the official site from a reader's Kiwix (a request that could expose them).
 */
export const withoutScripts = (html: string): string => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");

/** Where a site path is in the offline copy, resolved as a static server would ("/x/" → "x/index.html"). */
export function offlineFileOf(included: ReadonlySet<string>, version: string) {
  return (sitePath: string): string | null => {
    let p = sitePath.replace(/^\/+/, "").replace(/^downloads\/latest\//, `downloads/${version}/`);
    if (p === "" || p.endsWith("/")) p += "index.html";
    if (included.has(p)) return p;
    return included.has(`${p}/index.html`) ? `${p}/index.html` : null;
  };
}

/** The files of the latest release's offline copy (for the ZIM: its part), each with its portable bytes on demand. */
function portableFiles(site: string, version: string, origin: string, forZim: boolean): Array<{ path: string; bytes: () => Uint8Array }> {
  const paths = filesUnder(site)
    .map((f) => relative(site, f))
    .filter((p) => inOfflineCopy(p, version) && (!forZim || inZim(p)))
    .sort();
  const links: PortableLinks = { fileOf: offlineFileOf(new Set(paths), version), origin };
  const text = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
  return paths.map((p) => ({
    path: p,
    bytes: () => {
      if (p.endsWith(".html")) {
        const html = portableHtml(readFileSync(join(site, p), "utf8"), p, links);
        return text(forZim ? withoutScripts(html) : html);
      }
      if (p.endsWith(".css")) return text(portableCss(readFileSync(join(site, p), "utf8"), p, links));
      return readFileSync(join(site, p));
    },
  }));
}

/**
 * Writes the zip file by file as it goes (fflate's streaming Zip: memory stays flat at 100× the
 * data), each file dated to the release, so the same pages give the same bytes.
 */
function writeZip(entries: Array<{ path: string; bytes: () => Uint8Array }>, date: string, out: string): void {
  const fd = openSync(out, "w");
  try {
    let failure: Error | null = null;
    // fflate's deflate is synchronous: each chunk reaches this callback before push() returns.
    const zip = new Zip((err, chunk) => {
      if (err) failure = err;
      else writeSync(fd, chunk);
    });
    const mtime = new Date(`${date}T00:00:00Z`);
    for (const e of entries) {
      // Already-compressed files are stored as they are.
      const file = /\.(png|ico|zip|zim)$/.test(e.path) ? new ZipPassThrough(e.path) : new ZipDeflate(e.path, { level: 9 });
      file.mtime = mtime;
      zip.add(file);
      file.push(e.bytes(), true);
      if (failure) throw failure;
    }
    zip.end();
    if (failure) throw failure;
  } finally {
    closeSync(fd);
  }
}

/** Writes the ZIM's part of the copy into a folder for zimwriterfs. */
function writeTree(entries: Array<{ path: string; bytes: () => Uint8Array }>, into: string): void {
  for (const e of entries) {
    mkdirSync(dirname(join(into, e.path)), { recursive: true });
    writeFileSync(join(into, e.path), e.bytes());
  }
}

export type ZimMode = "required" | "optional";

/** Why zimwriterfs cannot run, or null when it can. */
export function zimwriterProblem(): string | null {
  const r = spawnSync("zimwriterfs", ["--version"], { encoding: "utf8" });
  return r.error || r.status !== 0 ? "zimwriterfs is not installed" : null;
}

/** The refusal of a production build that cannot make the latest release's ZIM, with its fix. */
export const zimRequiredError = (problem: string, version: string): string =>
  `${problem}: a production build makes the release's Kiwix file (/downloads/${version}/${ZIM_FILE}).\n` +
  "  fix: apt-get install -y zim-tools   (Debian/Ubuntu; it gives zimwriterfs and zimcheck), then build again.";

/** Where the store keeps a release's copies: per release and per origin, since a copy's links name the official origin. */
function storeEntry(store: string, release: ReleaseRef, origin: string): string {
  const originKey = createHash("sha256").update(origin).digest("hex").slice(0, 8);
  return join(store, `${release.version}-${release.sha256.slice(0, 16)}-${originKey}`);
}

/** The copies the store already holds for each release, for this origin (the files a build will link in). */
export function keptCopies(store: string | null, releases: ReleaseRef[], origin: string): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  if (!store) return kept;
  for (const r of releases) {
    const names = [ARCHIVE_FILE, ZIM_FILE].filter((f) => existsSync(join(storeEntry(store, r, origin), f)));
    if (names.length) kept[r.version] = names;
  }
  return kept;
}

/** The ZIM of the tree, made with zimwriterfs (openZIM's zim-tools). */
function makeZim(dir: string, release: OfflineRelease, out: string): void {
  writeFileSync(join(dir, "zim-illustration-48.png"), iconPng(faviconSvg(), 48));
  const m = zimMetadata(release);
  const args = [
    `--welcome=index.html`,
    `--illustration=zim-illustration-48.png`,
    `--language=${m.language}`,
    `--title=${m.title}`,
    `--description=${m.description}`,
    `--creator=${m.creator}`,
    `--publisher=${m.publisher}`,
    `--name=${m.name}`,
    `--tags=${m.tags}`,
    `--source=${m.source}`,
    `--scraper=${m.scraper}`,
    dir,
    out,
  ];
  const r = spawnSync("zimwriterfs", args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`zimwriterfs failed (exit ${r.status}):\n${(r.stderr || r.stdout).trim().split("\n").slice(-10).join("\n")}`);
}

const sha256File = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Links a file (no bytes copied), or copies it where links cannot be made. */
function place(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export interface OfflineReport {
  /** "<version>/<file>" made by this build. */
  made: string[];
  /** "<version>/<file>" linked in from the store, made by an earlier build. */
  kept: string[];
  skippedZim: string | null;
  /** Seconds: the zip (pages made portable and compressed), the ZIM's folder, zimwriterfs. */
  seconds: { zip: number; tree: number; zim: number };
}

/**
 * Puts every release's offline copies into the site being built: kept ones are linked from the
 * store; the latest release's are made when the store lacks them. `store` null (RELEASE_CACHE=off)
 * makes the latest release's copies in a scratch folder and keeps nothing.
 */
export function placeOfflineCopies(options: { site: string; releases: ReleaseRef[]; latestDate: string; origin: string; store: string | null; zim: ZimMode }): OfflineReport {
  const { site, releases, origin, zim } = options;
  const report: OfflineReport = { made: [], kept: [], skippedZim: null, seconds: { zip: 0, tree: 0, zim: 0 } };
  const last = releases.at(-1);
  if (!last) return report;
  const latest: OfflineRelease = { ...last, date: options.latestDate };
  const scratch = mkdtempSync(join(tmpdir(), "offline-"));
  const store = options.store ?? scratch;
  const entryOf = (r: ReleaseRef) => storeEntry(store, r, origin);
  try {
    const entry = entryOf(latest);
    const needZip = !existsSync(join(entry, ARCHIVE_FILE));
    const zimProblem = zimwriterProblem();
    const needZim = !existsSync(join(entry, ZIM_FILE));
    if (needZim && zimProblem && zim === "required") throw new Error(zimRequiredError(zimProblem, latest.version));
    if (needZip || (needZim && !zimProblem)) {
      const partial = `${entry}.partial-${process.pid}`;
      rmSync(partial, { recursive: true, force: true });
      mkdirSync(partial, { recursive: true });
      // Copies kept from an earlier build stay: only what is missing is made.
      if (existsSync(entry)) for (const name of readdirSync(entry)) copyFileSync(join(entry, name), join(partial, name));
      let t = performance.now();
      if (needZip) {
        writeZip(portableFiles(site, latest.version, origin, false), latest.date, join(partial, ARCHIVE_FILE));
        report.seconds.zip = (performance.now() - t) / 1000;
        report.made.push(`${latest.version}/${ARCHIVE_FILE}`);
      }
      if (needZim && !zimProblem) {
        t = performance.now();
        const tree = join(scratch, "zim");
        writeTree(portableFiles(site, latest.version, origin, true), tree);
        report.seconds.tree += (performance.now() - t) / 1000;
        t = performance.now();
        makeZim(tree, latest, join(partial, ZIM_FILE));
        report.seconds.zim = (performance.now() - t) / 1000;
        report.made.push(`${latest.version}/${ZIM_FILE}`);
      }
      for (const name of [ARCHIVE_FILE, ZIM_FILE]) if (existsSync(join(partial, name))) writeFileSync(join(partial, `${name}.sha256`), `${sha256File(join(partial, name))}  ${name}\n`);
      rmSync(entry, { recursive: true, force: true });
      renameSync(partial, entry);
    }
    if (needZim && zimProblem) report.skippedZim = zimProblem;
    for (const r of releases) {
      const from = entryOf(r);
      if (!existsSync(from)) continue;
      const names = readdirSync(from);
      for (const name of names) place(join(from, name), join(site, "downloads", r.version, name));
      if (r === last) for (const name of names) place(join(from, name), join(site, "downloads/latest", name));
      report.kept.push(...names.filter((n) => !n.endsWith(".sha256") && !report.made.includes(`${r.version}/${n}`)).map((n) => `${r.version}/${n}`));
    }
    return report;
  } finally {
    // `rm -rf` is several times faster than Node's rmSync on thousands of small files.
    if (spawnSync("rm", ["-rf", "--", scratch]).status !== 0) rmSync(scratch, { recursive: true, force: true });
  }
}

/** The size of a built file in bytes, or null. */
export const sizeOf = (path: string): number | null => (existsSync(path) ? statSync(path).size : null);
