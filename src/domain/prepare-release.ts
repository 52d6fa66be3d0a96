import { isRealDate, NonEmptyText } from "../datasets/schemas/primitives.ts";
import { canonicalJson } from "../datasets/canonical-json.ts";
import type { Problem } from "../datasets/problem.ts";
import { nextVersion, releaseHash } from "../datasets/release-hash.ts";
import type { Release } from "../datasets/schemas/release.ts";
import { snapshotOf } from "./release-changes.ts";
import { validateDataset } from "./validate-dataset.ts";

export type Prepared = { ok: true; release: Release; text: string } | { ok: false; problems: Problem[] };

/**
 * Validates data/ and freezes it into the next release: a normalised, key-sorted document
 * with its changes against the previous release and the SHA-256 of its content. Writing the
 * file is the caller's job (scripts/release.ts), so this can be tested without touching disk.
 */
export function prepareRelease(dataDir: string, options: { summary: string; date: string; root?: string; today?: string; datasetCommit?: string | null }): Prepared {
  // The date names the release file: a real day, not after today (a crafted "../x" never reaches the disk).
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const asked = (what: string, fix: string): Prepared => ({ ok: false, problems: [{ severity: "error", file: "npm run release", path: "--date", what, fix }] });
  if (!isRealDate(options.date)) return asked(`"${options.date}" is not a date`, "give the release day as YYYY-MM-DD, or leave --date out for today");
  if (options.date > today) return asked(`${options.date} is in the future (today is ${today})`, "a release is dated the day it is made: leave --date out, or give today or an earlier day");
  const summary = NonEmptyText.safeParse(options.summary);
  if (!summary.success && options.summary.trim() !== "") {
    const [what, fix] = summary.error.issues[0].message.split("|");
    return { ok: false, problems: [{ severity: "error", file: "npm run release", path: "--summary", what, fix: fix ?? "write the summary as plain text" }] };
  }
  const v = validateDataset(dataDir, { root: options.root, today: options.date });
  if (v.errors.length > 0) return { ok: false, problems: v.errors };
  const previous = v.releases.at(-1) ?? null;
  const c = v.unreleased;
  const nothing = c.figures_added.length + c.figures_changed.length + c.figures_removed.length + c.sources_added.length + (c.records_changed?.length ?? 0) === 0;
  if (previous && nothing)
    return {
      ok: false,
      problems: [
        {
          severity: "error",
          file: "data",
          path: "$",
          what: `nothing has changed since release ${previous.version}: no figure added, corrected or withdrawn, no source added, no record corrected`,
          fix: "edit data/ first; a release records changes",
        },
      ],
    };
  if (!options.summary.trim())
    return { ok: false, problems: [{ severity: "error", file: "data", path: "$", what: "the release has no summary", fix: 'run npm run release -- --summary "what changed and why"' }] };
  const unsigned = {
    schema_version: 1 as const,
    version: nextVersion(options.date, v.releases.map((r) => r.version)),
    date: options.date,
    previous: previous?.version ?? null,
    previous_sha256: previous?.sha256 ?? null,
    summary: options.summary.trim(),
    ...(options.datasetCommit ? { dataset_commit: options.datasetCommit } : {}),
    changes: c,
    data: snapshotOf(v.dataset),
  };
  const release: Release = { ...unsigned, sha256: releaseHash(unsigned) };
  return { ok: true, release, text: `${JSON.stringify(JSON.parse(canonicalJson(release)), null, 1)}\n` };
}
