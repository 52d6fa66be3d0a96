/**
 * Each release's pages rendered once (issue 13 §2). A release never changes, so its pages —
 * /v/<version>/, /fa/v/<version>/ and /downloads/<version>/ — depend only on the release and on
 * the renderer: the site's code, its dependencies, public/ and the translations. Builds keep
 * them in .cache/releases/<version>-<release hash>-<renderer hash>/ and copy them into the new
 * site as hard links (no bytes copied), so a new release costs one release's pages.
 *
 * Archived pages are re-rendered when the renderer changes (a fix to the page frame, to
 * accessibility or to a translation reaches old versions too); their figures never change,
 * since they come from the frozen release file. Set RELEASE_CACHE=off to render everything.
 */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { filesUnder } from "./files-under.ts";

/** The folders of one release in a built site. */
export const releaseTrees = (version: string) => [`v/${version}`, `fa/v/${version}`, `downloads/${version}`];


/** The first file of a tree, depth first in name order (a probe for which rendering a tree is). */
function firstFile(dir: string): string | null {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, e.name);
    if (e.isFile()) return path;
    if (e.isDirectory()) {
      const found = firstFile(path);
      if (found) return found;
    }
  }
  return null;
}

/** A hash of everything that shapes a page apart from the data: code, lock file, config, public/, translations. */
export function rendererKey(root: string): string {
  const h = createHash("sha256");
  const inputs = ["src", "public", "data/translations", "astro.config.mjs", "package-lock.json", "tsconfig.json"]
    .map((p) => join(root, p))
    .filter(existsSync)
    .flatMap((abs) => (statSync(abs).isDirectory() ? filesUnder(abs) : [abs]));
  for (const f of inputs.sort()) h.update(relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex").slice(0, 16);
}

/** Hard-links a tree (cp -al: instant, no bytes copied); copies where links cannot be made. */
function linkTree(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  const r = spawnSync("cp", ["-al", from, to]);
  if (r.status !== 0) cpSync(from, to, { recursive: true });
}

export interface ReleaseRef {
  version: string;
  sha256: string;
}

export class ReleaseCache {
  private readonly dir: string;
  private readonly key: string;
  constructor(dir: string, key: string) {
    this.dir = dir;
    this.key = key;
  }

  private entry(r: ReleaseRef) {
    return join(this.dir, `${r.version}-${r.sha256.slice(0, 16)}-${this.key}`);
  }

  /** Whether a complete earlier rendering of this release, by this renderer, is kept. */
  has(r: ReleaseRef): boolean {
    return existsSync(join(this.entry(r), "complete"));
  }

  /** Puts the kept pages of a release into a site being built. */
  restore(r: ReleaseRef, site: string): void {
    for (const tree of releaseTrees(r.version)) if (existsSync(join(this.entry(r), tree))) linkTree(join(this.entry(r), tree), join(site, tree));
  }

  /**
   * Moves a kept release's pages from the previous site into the one being built, when the
   * previous site holds this very rendering (its files are the cache's own, hard-linked: same
   * inode). A rename per folder, whatever the number of pages: linking every file again on every
   * build made the cost of a build grow with the number of releases. Returns false (nothing
   * moved) when the previous site has another rendering or none; then restore() links it.
   */
  adopt(r: ReleaseRef, previous: string, site: string): boolean {
    const trees = releaseTrees(r.version).filter((tree) => existsSync(join(this.entry(r), tree)));
    const same = (tree: string) => {
      const probe = firstFile(join(this.entry(r), tree));
      if (!probe) return false;
      const there = join(previous, tree, relative(join(this.entry(r), tree), probe));
      if (!existsSync(there)) return false;
      const [a, b] = [lstatSync(probe), lstatSync(there)];
      return a.ino === b.ino && a.dev === b.dev;
    };
    if (!trees.every(same)) return false;
    for (const tree of trees) {
      mkdirSync(dirname(join(site, tree)), { recursive: true });
      renameSync(join(previous, tree), join(site, tree));
    }
    return true;
  }

  /** Keeps the pages a build rendered for a release; older renderings of it are dropped. */
  store(r: ReleaseRef, site: string): void {
    const entry = this.entry(r);
    const partial = `${entry}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    for (const tree of releaseTrees(r.version)) if (existsSync(join(site, tree))) linkTree(join(site, tree), join(partial, tree));
    writeFileSync(join(partial, "complete"), "");
    rmSync(entry, { recursive: true, force: true });
    renameSync(partial, entry);
    // Renderings of this release by an older renderer are of no further use.
    for (const old of readdirSync(this.dir)) if (old.startsWith(`${r.version}-`) && join(this.dir, old) !== entry) rmSync(join(this.dir, old), { recursive: true, force: true });
  }
}

/** The releases data/releases/manifest.json lists (the build validated them before this runs). */
export function listedReleases(dataDir: string): ReleaseRef[] {
  const path = join(dataDir, "releases/manifest.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as { releases: ReleaseRef[] }).releases : [];
}
