/**
 * CI's narrowed Stryker run (`npm run test:mutation`, mutation.ts --ci), for a tree whose code
 * or tests changed since the committed incremental file: which files to mutate again, and the
 * report the scores are then read from. Re-running only those files keeps CI inside its time
 * budget: Stryker's first, instrumented run of the tests (the dry run) then runs only the test
 * files related to them (the vitest runner's `related`), not all of them (5–10 min here).
 */

type Mutant = { status: string; coveredBy?: string[]; killedBy?: string[] };
type Report = {
  files: Record<string, { mutants: Mutant[] }>;
  testFiles?: Record<string, { tests: { id: string }[] }>;
};

/**
 * The files to mutate again: each file to mutate that `changed` lists (edited or new), and each
 * recorded file with a mutant that a changed (or removed) test file covered or killed, since that
 * mutant's result may no longer hold. Sorted.
 */
export function filesToRerun(recorded: Report, changed: string[], filesToMutate: string[]): string[] {
  const toMutate = new Set(filesToMutate);
  const rerun = new Set(changed.filter((p) => toMutate.has(p)));
  const changedTests = new Set(
    changed.filter((p) => !toMutate.has(p)).flatMap((p) => recorded.testFiles?.[p]?.tests.map((t) => t.id) ?? []),
  );
  for (const [path, file] of Object.entries(recorded.files)) {
    if (!toMutate.has(path) || rerun.has(path)) continue;
    if (file.mutants.some((m) => [...(m.coveredBy ?? []), ...(m.killedBy ?? [])].some((id) => changedTests.has(id)))) rerun.add(path);
  }
  return [...rerun].sort();
}

/**
 * The report to score: the recorded results of every file still to mutate, with each re-run
 * file's results taken from the narrowed run (never the recorded ones, which a changed test may
 * have made wrong). A removed file drops out; a re-run file with no mutant has no entry.
 */
export function withRerun<R extends Report>(recorded: R, narrowed: Report, rerun: string[], filesToMutate: string[]): R {
  const toMutate = new Set(filesToMutate);
  const again = new Set(rerun);
  const files: Report["files"] = {};
  for (const [path, file] of Object.entries(recorded.files)) if (toMutate.has(path) && !again.has(path)) files[path] = file;
  for (const path of rerun) if (narrowed.files[path]) files[path] = narrowed.files[path];
  return { ...recorded, files };
}
