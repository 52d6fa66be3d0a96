import { join } from "node:path";
import { formatProblem } from "../datasets/problem.ts";
import { validateDataset } from "../domain/validate-dataset.ts";
import type { Dataset } from "../datasets/dataset.ts";

let cached: { dataset: Dataset } | undefined;

/**
 * The build's single entry to data/: validated once per build, and the build stops on any
 * error, so no page is ever made from half-valid data.
 */
export function loadSite(): { dataset: Dataset } {
  if (cached) return cached;
  const root = process.cwd();
  const result = validateDataset(process.env.DATA_DIR ?? join(root, "data"), { root });
  if (result.errors.length > 0) {
    throw new Error(`data/ is not valid; run \`npm run validate\` for details.\n${result.errors.map(formatProblem).join("\n")}`);
  }
  cached = { dataset: result.dataset };
  return cached;
}
