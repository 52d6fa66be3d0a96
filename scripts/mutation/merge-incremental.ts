/**
 * Folds the results of narrowed Stryker runs (each worker's reports/tmp/partial-incremental.json)
 * into one incremental file, so that a later run reuses all of them.
 *
 * Test ids are numbers that mean something only inside one report, so every test a mutant names
 * (killedBy, coveredBy) is carried over by what Stryker itself identifies a test by: its file,
 * name and position. For each file the entry kept is one whose recorded text is the file's text
 * now; among those, the one that detects the most mutants (each worker's copy of a file it did not
 * re-run carries the base's older result).
 * A mutant naming a test that is no longer there keeps the rest: Stryker then re-runs it if it
 * was killed by that test, so a wrong guess here costs time, never a wrong score.
 *
 *   node --experimental-strip-types scripts/mutation/merge-incremental.ts base.json part.json… > merged.json
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileText } from "./file-text.ts";

type Test = { id: string; name: string; location?: { start: { line: number; column: number } } };
type Mutant = { killedBy?: string[]; coveredBy?: string[]; [k: string]: unknown };
type FileEntry = { source: string; mutants: Mutant[]; [k: string]: unknown };
type TestFileEntry = { source?: string; tests: Test[] };
export type IncrementalReport = { files: Record<string, FileEntry>; testFiles?: Record<string, TestFileEntry>; [k: string]: unknown };

const testKey = (file: string, t: Test) => `${file}\u0000${t.name}\u0000${t.location?.start.line ?? ""}:${t.location?.start.column ?? ""}`;

export function mergeIncremental(base: IncrementalReport, parts: IncrementalReport[], current: (path: string) => string | undefined): IncrementalReport {
  const reports = [base, ...parts];
  // Each report's test ids, as keys that mean the same in every report.
  const keysById = reports.map((r) => {
    const m = new Map<string, string>();
    for (const [file, tf] of Object.entries(r.testFiles ?? {})) for (const t of tf.tests) m.set(t.id, testKey(file, t));
    return m;
  });

  const testFiles: Record<string, TestFileEntry> = {};
  const idByKey = new Map<string, string>();
  const testPaths = [...new Set(reports.flatMap((r) => Object.keys(r.testFiles ?? {})))].sort();
  for (const path of testPaths) {
    const now = current(path);
    const entry = reports.map((r) => r.testFiles?.[path]).find((tf) => tf !== undefined && tf.source !== undefined && tf.source === now);
    if (!entry) continue;
    testFiles[path] = {
      ...entry,
      tests: entry.tests.map((t) => {
        const id = String(idByKey.size + 1);
        idByKey.set(testKey(path, t), id);
        return { ...t, id };
      }),
    };
  }

  const files: Record<string, FileEntry> = {};
  const filePaths = [...new Set(reports.flatMap((r) => Object.keys(r.files)))].sort();
  for (const path of filePaths) {
    const now = current(path);
    const candidates = reports.map((r, i) => ({ i, entry: r.files[path] })).filter((c) => c.entry !== undefined && c.entry.source === now);
    if (candidates.length === 0) continue;
    // The entry that detects the most mutants: a run that had more tests. Safe, because Stryker
    // reuses a killed result only while the test that killed it is still there, unchanged.
    const detected = (entry: FileEntry) => entry.mutants.filter((m) => m.status === "Killed" || m.status === "Timeout").length;
    const { i, entry } = candidates.reduce((best, c) => (detected(c.entry) > detected(best.entry) ? c : best));
    const remap = (ids?: string[]) => ids?.map((id) => idByKey.get(keysById[i].get(id) ?? "")).filter((id): id is string => id !== undefined);
    files[path] = { ...entry, mutants: entry.mutants.map((m) => ({ ...m, killedBy: remap(m.killedBy), coveredBy: remap(m.coveredBy) })) };
  }
  return { ...base, files, testFiles };
}

if (import.meta.main) {
  const root = join(import.meta.dirname, "..", "..");
  const [basePath, ...partPaths] = process.argv.slice(2);
  if (!basePath || partPaths.length === 0) {
    console.error("usage: merge-incremental.ts base.json part.json… > merged.json");
    process.exit(2);
  }
  const read = (p: string) => JSON.parse(readFileSync(p, "utf8")) as IncrementalReport;
  process.stdout.write(JSON.stringify(mergeIncremental(read(basePath), partPaths.map(read), fileText(root))));
}
