/**
 * Writing to data/ only after the whole validator has passed: the changed files are put into
 * a copy of data/ in a temporary folder, `validateDataset` (what `npm run validate` runs)
 * checks the copy, the diff against data/ is shown, and only then each file is written to
 * a temporary name beside its target and renamed over it. A session stopped before that
 * point (Ctrl-C, closed input, a refusal) leaves data/ as it was.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Problem } from "../../src/datasets/problem.ts";
import { VerifiedReleases } from "../../src/datasets/verified-releases.ts";
import { validateDataset } from "../../src/domain/validate-dataset.ts";

/** A data file's new text; `path` is relative to data/ ("series/hrana-arrested-2025-26.json"). */
export interface FileChange {
  path: string;
  text: string;
}

/** A data file's text as every tool of the project writes it (two-space JSON, final newline). */
export const jsonText = (body: unknown) => `${JSON.stringify(body, null, 2)}\n`;

export interface Checked {
  errors: Problem[];
  warnings: Problem[];
  /** A unified diff of data/ against the changed copy. */
  diff: string;
}

/** Validates data/ with the changes applied, in a temporary copy; data/ itself is not touched. */
export function checkChanges(dataDir: string, changes: FileChange[], today: string, projectRoot: string): Checked {
  const tmp = mkdtempSync(join(tmpdir(), "intake-"));
  try {
    const copy = join(tmp, "data");
    cpSync(dataDir, copy, { recursive: true });
    for (const c of changes) {
      mkdirSync(dirname(join(copy, c.path)), { recursive: true });
      writeFileSync(join(copy, c.path), c.text);
    }
    // Releases already checked in full for this project are only parsed again (as npm run validate does).
    const result = validateDataset(copy, { root: tmp, today, verified: VerifiedReleases.forProject(projectRoot) });
    return { errors: result.errors, warnings: result.warnings, diff: diffOf(dataDir, copy, changes) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function diffOf(dataDir: string, copy: string, changes: FileChange[]): string {
  return changes
    .map((c) => {
      const before = join(dataDir, c.path);
      const args = ["diff", "--no-index", "--no-color", "--", existsSync(before) ? before : "/dev/null", join(copy, c.path)];
      const out = spawnSync("git", args, { encoding: "utf8" });
      if (out.error) return `(git is not available to show the diff of data/${c.path})`;
      // Name the files as data/… whichever folders they sit in.
      let text = out.stdout;
      // git writes a/<path> and b/<path>, dropping the leading "/" of an absolute path.
      for (const from of [copy, dataDir]) text = text.split(from.replace(/^\//, "")).join("data").split(from).join("data");
      return text;
    })
    .join("");
}

/** Writes every change: each to a temporary file beside its target, then renamed over it. */
export function applyChanges(dataDir: string, changes: FileChange[]): void {
  const staged = changes.map((c) => {
    const target = join(dataDir, c.path);
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.intake-${process.pid}.tmp`;
    writeFileSync(temp, c.text);
    return { temp, target };
  });
  for (const { temp, target } of staged) renameSync(temp, target);
}

/** The current text of a data file. */
export const readData = (dataDir: string, path: string) => readFileSync(join(dataDir, path), "utf8");
