import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Instrumenter } from "@stryker-mutator/instrumenter";

/**
 * How many mutants Stryker makes in each file (its own instrumenter, the version `stryker run`
 * uses), so that a mutant with no result in a report (a run stopped before testing it) counts
 * against the score instead of vanishing from it. A few seconds for the whole of src/.
 */
export async function instrumentedCounts(root: string, files: string[]): Promise<Record<string, number>> {
  const quiet = () => {};
  const logger = { isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => false, isErrorEnabled: () => false, isFatalEnabled: () => false, trace: quiet, debug: quiet, info: quiet, warn: quiet, error: quiet, fatal: quiet };
  const { mutants } = await new Instrumenter(logger).instrument(
    files.map((name) => ({ name, content: readFileSync(join(root, name), "utf8"), mutate: true })),
    { plugins: null, excludedMutations: [], ignorers: [], noHeader: false },
  );
  const counts: Record<string, number> = Object.fromEntries(files.map((f) => [f, 0]));
  for (const m of mutants) counts[m.fileName] = (counts[m.fileName] ?? 0) + 1;
  return counts;
}
