/**
 * `npm run mutation` and `npm run test:mutation` (part of `npm test`): StrykerJS over the folders
 * in stryker.config.json, then each folder's score against its threshold (mutation-scores.ts).
 *
 *   npm run mutation                  run Stryker incrementally (reports/stryker-incremental.json),
 *                                     write reports/mutation/mutation.json and .html, check the scores
 *   npm run mutation -- --mutate 'src/format/**\/*.ts'   one folder while working (others are not checked)
 *   npm run test:mutation             CI: when no file Stryker mutated or ran tests from has changed
 *                                     since the committed incremental file, check its scores without
 *                                     running Stryker (a run would reuse every result); else run it
 *                                     on the files that changed or whose tests did (ci-rerun.ts), and
 *                                     check the committed results with theirs replaced
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, globSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join, matchesGlob } from "node:path";
import { filesToRerun, withRerun } from "./ci-rerun.ts";
import { fileText } from "./file-text.ts";
import { instrumentedCounts } from "./instrumented-counts.ts";
import { belowThresholds, changedSince, folderScores, scoreTable, THRESHOLDS, type MutationReport } from "./mutation-scores.ts";

const root = join(import.meta.dirname, "..", "..");
const config = JSON.parse(readFileSync(join(root, "stryker.config.json"), "utf8")) as { mutate: string[]; incrementalFile: string; jsonReporter: { fileName: string } };
const incrementalFile = join(root, config.incrementalFile);
const jsonReport = join(root, config.jsonReporter.fileName);
const args = process.argv.slice(2);
const ci = args[0] === "--ci";
const strykerArgs = ci ? [] : args;
const partialFile = join(root, "reports", "tmp", "partial-incremental.json");
// A run narrowed with --mutate works on reports/tmp/partial-incremental.json, so it cannot
// shrink the committed file to the files it ran. The partial file starts as a copy of the
// committed one and is kept while it is newer, so the next narrowed run reuses its results
// (merge-incremental.ts folds it back into the committed file).
function narrowToPartialFile({ fresh }: { fresh: boolean }): void {
  mkdirSync(join(root, "reports", "tmp"), { recursive: true });
  if (fresh || !existsSync(partialFile) || statSync(partialFile).mtimeMs < statSync(incrementalFile).mtimeMs) copyFileSync(incrementalFile, partialFile);
  strykerArgs.push("--incrementalFile", partialFile);
}
const narrowed = strykerArgs.some((a) => a === "--mutate" || a.startsWith("--mutate=") || a === "-m");
if (narrowed && existsSync(incrementalFile)) narrowToPartialFile({ fresh: false });

function filesToMutate(): string[] {
  const include = config.mutate.filter((p) => !p.startsWith("!"));
  const exclude = config.mutate.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  return [...new Set(include.flatMap((p) => globSync(p, { cwd: root })))].filter((f) => !exclude.some((p) => matchesGlob(f, p))).sort();
}

function runStryker(): void {
  const started = Date.now();
  const run = spawnSync(join(root, "node_modules", ".bin", "stryker"), ["run", ...strykerArgs], { cwd: root, stdio: "inherit" });
  console.log(`Stryker finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (run.status !== 0) {
    console.error(`error: Stryker exited with ${run.status ?? run.signal}`);
    process.exit(1);
  }
}

/** What this script reads of a Stryker report (the JSON report and the incremental file share its schema). */
type Report = {
  files: Record<string, { source: string; mutants: { status: string; coveredBy?: string[]; killedBy?: string[] }[] }>;
  testFiles?: Record<string, { source?: string; tests: { id: string }[] }>;
};
const readReport = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Report;
// Every mutant the code has, so one without a result (a run stopped early) counts as undetected.
const mutateFiles = filesToMutate();
const counts = await instrumentedCounts(root, mutateFiles);
let report: MutationReport;
if (ci && existsSync(incrementalFile)) {
  const recorded = readReport(incrementalFile);
  // A file with no mutant (types only) may be missing from a report: nothing to compare.
  const toMutate = mutateFiles.filter((f) => counts[f] > 0);
  const changed = changedSince(recorded, toMutate, fileText(root), root);
  const rerun = filesToRerun(recorded, changed, toMutate);
  if (changed.length === 0) {
    console.log(`No file Stryker mutates or ran tests from has changed since ${config.incrementalFile}: its scores stand (a run would reuse every result).`);
  } else if (rerun.length === 0) {
    console.log(`Changed since ${config.incrementalFile}: ${changed.join(", ")}. No recorded result depends on them: its scores stand.`);
  } else {
    console.log(`Changed since ${config.incrementalFile}: ${changed.join(", ")}.\nRunning Stryker on ${rerun.length} file(s) to mutate that changed or whose tests did: ${rerun.join(", ")}.`);
    console.log(`  (after a change to src/, run \`npm run mutation\` and commit ${config.incrementalFile}: CI then only reads it)`);
    strykerArgs.push("--mutate", rerun.join(","));
    narrowToPartialFile({ fresh: true });
    runStryker();
  }
  report = rerun.length === 0 ? recorded : withRerun(recorded, readReport(jsonReport), rerun, toMutate);
} else {
  runStryker();
  report = readReport(jsonReport);
}

const folders = Object.keys(THRESHOLDS);
// A run narrowed with --mutate is held to the files it ran.
const expected = ci || !narrowed ? counts : Object.fromEntries(Object.entries(counts).filter(([f]) => f in report.files));
const scores = folderScores(report, folders, root, expected);
// A run narrowed with --mutate checks only the folders it ran.
const checked = ci || !narrowed ? scores : scores.filter((s) => s.score !== null);
console.log(scoreTable(checked, THRESHOLDS));
const failures = belowThresholds(checked, THRESHOLDS);
for (const f of failures) console.error(`error ${f}`);
if (failures.length > 0) {
  console.error("  fix: add tests that check what the surviving mutants break (open reports/mutation/mutation.html), or mark a mutant that changes nothing a reader could notice with `// Stryker disable next-line <mutator>: <why>` (docs/TESTING.md)");
  process.exit(1);
}
