import { readFileSync, statSync } from "node:fs";
import type { Problem } from "./problem.ts";

/** Data files are small; anything larger is a mistake (or an attack), refused before parsing. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * Reads one JSON file and explains, in plain words, why it cannot be read: empty, too big,
 * not UTF-8, a byte-order mark, or a syntax error with its line and column.
 */
export function readJsonFile(absolute: string, shown: string): ReadResult {
  const fail = (what: string, fix: string): ReadResult => ({ ok: false, problem: { severity: "error", file: shown, path: "$", what, fix } });
  const size = statSync(absolute).size;
  if (size > MAX_FILE_BYTES)
    return fail(`file is ${size} bytes, more than the ${MAX_FILE_BYTES}-byte limit`, "split the data into smaller files (one series per file)");
  const bytes = readFileSync(absolute);
  return parseJsonText(bytes, shown);
}

export function parseJsonText(bytes: Uint8Array, shown: string): ReadResult {
  const fail = (what: string, fix: string): ReadResult => ({ ok: false, problem: { severity: "error", file: shown, path: "$", what, fix } });
  if (bytes.length === 0 || /^\s*$/.test(Buffer.from(bytes).toString("latin1")))
    return fail("file is empty", "write the file's JSON content, or delete the file");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return fail("file starts with a byte-order mark (BOM)", "save the file as UTF-8 without a BOM");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail("file is not valid UTF-8 text", "save the file as UTF-8 (it may be binary, or saved in another encoding)");
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return fail(`is not valid JSON: ${describeSyntaxError(text, e as Error)}`, "fix the JSON syntax at that place (a missing or extra comma, quote or bracket is the usual cause)");
  }
}

function describeSyntaxError(text: string, error: Error): string {
  const pos = /position (\d+)/.exec(error.message);
  if (!pos) {
    if (/Unexpected end/i.test(error.message)) return `the text ends too early (line ${text.split("\n").length}): the file looks truncated`;
    return error.message;
  }
  const offset = Number(pos[1]);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  if (offset >= text.trimEnd().length) return `the text ends too early (line ${line}): the file looks truncated`;
  const near = JSON.stringify(text.slice(offset, offset + 12));
  const trailingComma = /,\s*$/.test(before) && /^[\]}]/.test(text.slice(offset).trimStart());
  return `${trailingComma ? "a trailing comma before a closing bracket" : "unexpected text"} at line ${line}, column ${column} (near ${near})`;
}
