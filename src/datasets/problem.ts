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

export function formatProblem(p: Problem): string {
  return `${p.severity} ${p.file} ${p.path}: ${p.what}\n  fix: ${p.fix}`;
}
