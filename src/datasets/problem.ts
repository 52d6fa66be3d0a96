import { terminalSafe } from "./unusual-characters.ts";
/**
 * One thing wrong (or suspicious) in data/: where it is, what is wrong, how to fix it.
 * Every message the validator prints is built from this shape, so tests can pin the text.
 */
export interface Problem {
  severity: "error" | "warning";
  /** Path relative to the project root, e.g. "data/series/hrana-arrested-2025-26.json". */
  file: string;
  /** JSON path inside the file, e.g. "$.figures[3].as_of"; "$" for the whole file. */
  path: string;
  what: string;
  fix: string;
}

/** Turns ["figures", 3, "as_of"] into "$.figures[3].as_of". */
export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = "$";
  for (const s of segments) out += typeof s === "number" ? `[${s}]` : `.${String(s)}`;
  return out;
}

/** One problem as the terminal shows it; control characters from file names or data are written out, never obeyed. */
export function formatProblem(p: Problem): string {
  return `${p.severity} ${terminalSafe(p.file)} ${terminalSafe(p.path)}: ${terminalSafe(p.what)}\n  fix: ${terminalSafe(p.fix)}`;
}
