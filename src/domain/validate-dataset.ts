import { join } from "node:path";
import { claimProblems } from "../datasets/claim-rules.ts";
import { factTextProblems } from "../datasets/fact-text-rules.ts";
import { crossRecordProblems } from "../datasets/cross-record-rules.ts";
import { loadDataset, type Loaded } from "../datasets/load-dataset.ts";
import { loadReleases } from "../datasets/load-releases.ts";
import type { VerifiedReleases } from "../datasets/verified-releases.ts";
import { translationProblems } from "../datasets/translation-rules.ts";
import type { Release, ReleaseChanges } from "../datasets/schemas/release.ts";
import { releaseChanges } from "./release-changes.ts";
import { revisionWarnings } from "./revision-warnings.ts";

export interface Validated extends Loaded {
  errors: Loaded["problems"];
  warnings: Loaded["problems"];
  /** Released versions, oldest first (data/releases/). */
  releases: Release[];
  /** What data/ changes against the latest release (everything, before the first release). */
  unreleased: ReleaseChanges;
}

/**
 * Loads data/ and applies every rule: the schemas, the cross-record rules, the release rules
 * (released files unedited; changed or removed figures explained) and the revision warnings.
 * Callers publish nothing while `errors` is non-empty.
 */
export function validateDataset(dataDir: string, options: { root?: string; today?: string; verified?: VerifiedReleases | null } = {}): Validated {
  const root = options.root ?? join(dataDir, "..");
  const loaded = loadDataset(dataDir, root);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { releases, problems: releaseProblems } = loadReleases(join(dataDir, "releases"), root, options.verified);
  const latest = releases.at(-1) ?? null;
  const { changes, problems: changeProblems } = releaseChanges(latest, loaded.dataset, loaded.origins);
  const problems = [
    ...loaded.problems,
    ...crossRecordProblems(loaded.dataset, loaded.origins, today),
    ...claimProblems(loaded.dataset, loaded.origins),
    ...factTextProblems(loaded.dataset, loaded.origins),
    ...releaseProblems,
    ...changeProblems,
    ...translationProblems(loaded.dataset, loaded.origins, releases),
    ...revisionWarnings(loaded.dataset, loaded.origins),
  ];
  return {
    ...loaded,
    problems,
    errors: problems.filter((p) => p.severity === "error"),
    warnings: problems.filter((p) => p.severity === "warning"),
    releases,
    unreleased: changes,
  };
}
