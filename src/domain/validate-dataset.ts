import { crossRecordProblems } from "../datasets/cross-record-rules.ts";
import { loadDataset, type Loaded } from "../datasets/load-dataset.ts";
import { revisionWarnings } from "./revision-warnings.ts";

export interface Validated extends Loaded {
  errors: Loaded["problems"];
  warnings: Loaded["problems"];
}

/** Loads data/ and applies every rule; callers publish nothing while `errors` is non-empty. */
export function validateDataset(dataDir: string, options: { root?: string; today?: string } = {}): Validated {
  const loaded = loadDataset(dataDir, options.root);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const problems = [...loaded.problems, ...crossRecordProblems(loaded.dataset, loaded.origins, today), ...revisionWarnings(loaded.dataset, loaded.origins)];
  return {
    ...loaded,
    problems,
    errors: problems.filter((p) => p.severity === "error"),
    warnings: problems.filter((p) => p.severity === "warning"),
  };
}
