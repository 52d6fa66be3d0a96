import { join } from "node:path";
import { formatProblem } from "../datasets/problem.ts";
import type { Release } from "../datasets/schemas/release.ts";
import { buildSiteIndex, type SiteIndex } from "../domain/site-index.ts";
import { validateDataset } from "../domain/validate-dataset.ts";
import { makeRoutes, versionRoutes } from "./routes.ts";
import type { SiteContext } from "./site-context.ts";

export interface Site {
  /** What the root pages show: the latest release (or data/ itself before any release). */
  current: SiteContext;
  /** One context per release, oldest first, each at /v/<version>/. */
  archives: SiteContext[];
  releases: Release[];
  /** Kept for pages written before releases: the current index. */
  index: SiteIndex;
}

let cached: Site | undefined;

/**
 * The build's single entry to data/: validated once per build, and the build stops on any
 * error, so no page is ever made from half-valid data. Released versions are read from their
 * frozen files, so what a citation points to never changes.
 */
export function loadSite(): Site {
  if (cached) return cached;
  const root = process.cwd();
  const result = validateDataset(process.env.DATA_DIR ?? join(root, "data"), { root });
  if (result.errors.length > 0) {
    throw new Error(`data/ is not valid; run \`npm run validate\` for details.\n${result.errors.map(formatProblem).join("\n")}`);
  }
  const releases = result.releases;
  const latest = releases.at(-1) ?? null;
  const archives: SiteContext[] = releases.map((release) => ({
    index: buildSiteIndex({ ...release.data, withdrawn: [] }),
    routes: versionRoutes(release.version),
    release,
    archived: true,
    latestVersion: latest!.version,
  }));
  const current: SiteContext = latest
    ? { ...archives.at(-1)!, routes: makeRoutes(), archived: false }
    : { index: buildSiteIndex(result.dataset), routes: makeRoutes(), release: null, archived: false, latestVersion: null };
  cached = { current, archives, releases, index: current.index };
  return cached;
}
