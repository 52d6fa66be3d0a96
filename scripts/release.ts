/**
 * `npm run release -- --summary "…" [--date YYYY-MM-DD]`: validates data/ and freezes it into
 * data/releases/<version>.json, and records it in data/releases/manifest.json. An existing
 * release file is never overwritten.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { citationCff } from "../src/citations/citation-cff.ts";
import { parseArgs } from "node:util";
import { formatProblem } from "../src/datasets/problem.ts";
import { prepareRelease } from "../src/domain/prepare-release.ts";
import { writeRelease } from "../src/domain/write-release.ts";
import { siteUrlProblem } from "../src/site/site-url.ts";

const { values } = parseArgs({
  options: { summary: { type: "string" }, date: { type: "string" }, data: { type: "string" } },
});
const dataDir = values.data ?? join(import.meta.dirname, "../data");
// CITATION.cff names the public origin when SITE_URL gives it; never a placeholder.
const origin = process.env.SITE_URL?.trim() || null;
const originProblem = origin ? siteUrlProblem(origin) : null;
if (originProblem) {
  console.log(`error: SITE_URL ${JSON.stringify(origin)} cannot be the public origin: ${originProblem}.`);
  process.exit(1);
}
const date = values.date ?? new Date().toISOString().slice(0, 10);

/**
 * The commit data/ is at, for the release's `dataset_commit`: only when git is there and data/
 * has no uncommitted change (otherwise the commit would not hold the released data), else null.
 */
function datasetCommit(dir: string): string | null {
  const git = (args: string[]) => spawnSync("git", args, { cwd: dir, encoding: "utf8" });
  const head = git(["rev-parse", "HEAD"]);
  const status = git(["status", "--porcelain", "--", "."]);
  if (head.status !== 0 || status.status !== 0) return null;
  if (status.stdout.trim() !== "") {
    console.log("data/ has uncommitted changes: the release records no dataset_commit (commit data/ first to record one).");
    return null;
  }
  return /^[0-9a-f]{40}$/.test(head.stdout.trim()) ? head.stdout.trim() : null;
}

const prepared = prepareRelease(dataDir, { summary: values.summary ?? "", date, root: process.cwd(), datasetCommit: datasetCommit(dataDir) });
if (!prepared.ok) {
  for (const p of prepared.problems) console.log(formatProblem(p));
  console.log(`\nNo release made: ${prepared.problems.length} error(s).`);
  process.exit(1);
}
const { release, text } = prepared;
const path = writeRelease(dataDir, release, text);
const c = release.changes;
console.log(
  `Released ${release.version} (previous: ${release.previous ?? "none"})\n  sha256 ${release.sha256}\n  ${release.data.figures.length} figures; ${c.figures_added.length} added, ${c.figures_changed.length} changed, ${c.figures_removed.length} removed; ${c.sources_added.length} sources added\n  ${path} (${text.length} bytes)`,
);
if (!values.data) {
  writeFileSync(join(import.meta.dirname, "../CITATION.cff"), citationCff({ version: release.version, date: release.date, origin }));
  console.log(origin ? `  CITATION.cff names ${release.version} at ${origin}` : "  CITATION.cff names this release without a URL: set SITE_URL to the public origin when releasing, so it gives one");
}
