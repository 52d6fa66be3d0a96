/**
 * Mutation scores per folder, from a Stryker report (reports/mutation/mutation.json, or the
 * incremental file, which has the same schema: https://github.com/stryker-mutator/mutation-testing-elements).
 * Stryker's own `thresholds.break` is one number for the whole run; the project holds each
 * folder to its own (docs/TESTING.md). Pure: the caller reads the file.
 */

export interface MutantResult {
  status: string;
}
export interface MutationReport {
  files: Record<string, { mutants: MutantResult[] }>;
}

export interface FolderScore {
  folder: string;
  /** Killed or timed out: a test noticed the change. */
  detected: number;
  /** Survived, or no test ran the code at all. */
  undetected: number;
  /** Ignored (static mutants, `Stryker disable` comments), compile and runtime errors: not in the score. */
  excluded: number;
  /** Mutants the code has but the report has no result for (a run stopped early): counted as undetected. */
  missing: number;
  /** detected / (detected + undetected + missing) in per cent (Stryker's score when nothing is missing); null when nothing was tested. */
  score: number | null;
}

/** The score a folder must reach. */
export const THRESHOLDS: Record<string, number> = {
  "src/datasets": 90,
  "src/domain": 90,
  "src/format": 85,
  "src/citations": 85,
  "src/charts": 85,
  "src/site": 85,
};

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

/** Report paths may be absolute or relative, with either slash: compare them as relative, with "/". */
function relative(path: string, root: string): string {
  const p = path.replace(/\\/g, "/");
  const r = root.replace(/\\/g, "/").replace(/\/?$/, "/");
  return p.startsWith(r) ? p.slice(r.length) : p;
}

/**
 * Each folder's counts and score; a file belongs to the folder its path starts with. `expected`
 * (instrumented-counts.ts): how many mutants each file to mutate has; those a file's report
 * lacks are `missing`.
 */
export function folderScores(report: MutationReport, folders: string[], root = "", expected: Record<string, number> = {}): FolderScore[] {
  const reported = new Map(Object.entries(report.files).map(([path, file]) => [relative(path, root), file.mutants]));
  return folders.map((folder) => {
    const prefix = `${folder.replace(/\/$/, "")}/`;
    const score: FolderScore = { folder, detected: 0, undetected: 0, excluded: 0, missing: 0, score: null };
    for (const [path, mutants] of reported) {
      if (!path.startsWith(prefix)) continue;
      for (const m of mutants) {
        if (DETECTED.has(m.status)) score.detected++;
        else if (UNDETECTED.has(m.status)) score.undetected++;
        else score.excluded++;
      }
    }
    for (const [path, n] of Object.entries(expected)) if (path.startsWith(prefix)) score.missing += Math.max(0, n - (reported.get(path)?.length ?? 0));
    const tested = score.detected + score.undetected + score.missing;
    score.score = tested === 0 ? null : (100 * score.detected) / tested;
    return score;
  });
}

/** One line per folder below its threshold (a folder with nothing tested fails too: its report is missing). */
export function belowThresholds(scores: FolderScore[], thresholds: Record<string, number>): string[] {
  return scores.flatMap((s) => {
    const min = thresholds[s.folder];
    if (min === undefined) return [];
    if (s.score === null) return [`${s.folder}: no mutant tested (needs ${min} %); is the folder in stryker.config.json's "mutate"?`];
    const missing = s.missing > 0 ? `, ${s.missing} with no result` : "";
    return s.score < min ? [`${s.folder}: mutation score ${s.score.toFixed(2)} % is below ${min} % (${s.undetected} mutants undetected${missing})`] : [];
  });
}

/** The scores as a table for the log (and for docs/TESTING.md). */
export function scoreTable(scores: FolderScore[], thresholds: Record<string, number>): string {
  const rows = scores.map((s) => `| ${s.folder} | ${s.score === null ? "–" : `${s.score.toFixed(2)} %`} | ${thresholds[s.folder] ?? "–"} % | ${s.detected} | ${s.undetected} | ${s.missing} | ${s.excluded} |`);
  return ["| folder | score | threshold | detected | undetected | no result | not scored |", "| --- | --- | --- | --- | --- | --- | --- |", ...rows].join("\n");
}

/**
 * Whether a report still describes the code: every file it mutated and every test file it ran has
 * the same text now, and no file to mutate is new. Then a Stryker run would reuse every result, so
 * CI can check the committed report without running Stryker at all. `current` gives a file's text
 * now (undefined when it is gone). Returns the paths that differ.
 */
export function changedSince(
  report: { files: Record<string, { source: string }>; testFiles?: Record<string, { source?: string }> },
  filesToMutate: string[],
  current: (path: string) => string | undefined,
  root = "",
): string[] {
  const recorded = new Map(Object.entries(report.files).map(([p, f]) => [relative(p, root), f.source]));
  const changed = new Set<string>();
  for (const [path, source] of recorded) if (current(path) !== source) changed.add(path);
  for (const path of filesToMutate) if (!recorded.has(path)) changed.add(path);
  for (const [p, t] of Object.entries(report.testFiles ?? {})) {
    const path = relative(p, root);
    // A test file recorded without its text (Stryker keeps none for some runners) cannot be compared: count it as changed.
    if (t.source === undefined || current(path) !== t.source) changed.add(path);
  }
  return [...changed].sort();
}
