/**
 * What every intake session shares: the prompt functions (injected, so tests script them),
 * the data it reads, and the last step (check the whole of data/ with the changes, show the
 * diff, ask, write).
 */
import { loadDataset } from "../../src/datasets/load-dataset.ts";
import type { Dataset } from "../../src/datasets/dataset.ts";
import { formatProblem } from "../../src/datasets/problem.ts";
import { applyChanges, checkChanges, type FileChange } from "./data-changes.ts";

type Check = (value: string) => true | string;

/** The prompt functions of @inquirer/prompts that sessions use, with the options they pass. */
export interface Prompts {
  input(options: { message: string; default?: string; validate?: Check }): Promise<string>;
  select<T>(options: { message: string; choices: Array<{ name: string; value: T; description?: string }>; default?: T }): Promise<T>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
}

export interface SessionOptions {
  /** The data/ folder written to. */
  dataDir: string;
  /** The project folder (for the release-verification cache). */
  root: string;
  /** YYYY-MM-DD: dates after it are refused, as the validator refuses them. */
  today: string;
  prompts: Prompts;
  log: (line: string) => void;
  /** Write without asking once everything is valid (batch mode). */
  yes?: boolean;
}

export interface Outcome {
  written: boolean;
  /** Why nothing was written, when nothing was. */
  refused?: string;
  /** Ids of the records added or corrected. */
  ids: string[];
}

export const refused = (why: string, log: (l: string) => void): Outcome => {
  log(`\n${why}\nNothing was written.`);
  return { written: false, refused: why, ids: [] };
};

/** data/ as loaded; null (with the problems logged) when it does not pass its own schemas. */
export function loadData(o: SessionOptions): Dataset | null {
  const loaded = loadDataset(o.dataDir, o.root);
  const errors = loaded.problems.filter((p) => p.severity === "error");
  if (errors.length === 0) return loaded.dataset;
  for (const p of errors) o.log(formatProblem(p));
  return null;
}

/** The last step of every session: validate data/ with the changes, show the diff, confirm, write. */
export async function finish(o: SessionOptions, changes: FileChange[], ids: string[]): Promise<Outcome> {
  o.log("\nChecking data/ with the new records (npm run validate) …");
  const checked = checkChanges(o.dataDir, changes, o.today, o.root);
  if (checked.errors.length) {
    for (const p of checked.errors) o.log(formatProblem(p));
    return refused(`The validator refuses the new records (${checked.errors.length} error${checked.errors.length === 1 ? "" : "s"} above).`, o.log);
  }
  o.log("The validator accepts them.");
  // Warnings never stop a build, but one about a changed file may be about the new record.
  const touched = new Set(changes.map((c) => `data/${c.path}`));
  for (const p of checked.warnings.filter((w) => touched.has(w.file))) o.log(formatProblem(p));
  o.log("");
  o.log(checked.diff);
  if (!o.yes && !(await o.prompts.confirm({ message: "Write these changes to data/?", default: true }))) return refused("You chose not to write them.", o.log);
  applyChanges(o.dataDir, changes);
  o.log(`Written: ${changes.map((c) => `data/${c.path}`).join(", ")}. Review with git diff data/, then commit.`);
  return { written: true, ids };
}
