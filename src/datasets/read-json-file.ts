import { readFileSync, lstatSync, statSync } from "node:fs";
import { binaryFault, byteLineColumn, depthFault, findTextFaults, firstInvalidUtf8, MAX_TEXT_FAULTS, MAX_VALUES, nonJsonNumberWord } from "./json-guards.ts";
import type { Problem } from "./problem.ts";

/** Data files are small; anything larger is a mistake (or an attack), refused before parsing. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * `problem` is the first (often the only) problem; `problems` lists all of them, e.g. every
 * duplicate key in the file.
 */
export type ReadResult = { ok: true; value: unknown } | { ok: false; problem: Problem; problems: Problem[] };

function failure(problems: Problem[]): ReadResult {
  return { ok: false, problem: problems[0], problems };
}

/**
 * Reads one JSON file and explains, in plain words, why it cannot be read: not a regular file,
 * empty, too big (refused before it is read), binary, not UTF-8, a byte-order mark, a syntax
 * error with its line and column, nesting too deep, duplicate keys or a number too large.
 * It never throws.
 */
/** Limits for one file: working data files are small; a release holds the whole dataset. */
export interface ReadLimits {
  bytes: number;
  values: number;
}
export const DATA_FILE_LIMITS: ReadLimits = { bytes: MAX_FILE_BYTES, values: MAX_VALUES };
/** Releases freeze everything in one file: room for about 100 times today's dataset. */
export const RELEASE_FILE_LIMITS: ReadLimits = { bytes: 256 * 1024 * 1024, values: 5_000_000 };

export function readJsonFile(absolute: string, shown: string, limits: ReadLimits = DATA_FILE_LIMITS): ReadResult {
  const fail = (what: string, fix: string): ReadResult => failure([{ severity: "error", file: shown, path: "$", what, fix }]);
  let bytes: Uint8Array;
  try {
    // A link could point anywhere (/etc/passwd): refused unread, so no error ever echoes its target.
    if (lstatSync(absolute).isSymbolicLink()) return fail("is a symbolic link", "data/ holds the files themselves: replace the link with the JSON file");
    const stat = statSync(absolute);
    // A directory, a FIFO (reading it would wait forever) or a device is refused unread.
    if (stat.isDirectory()) return fail("is a directory, not a file", "a data file must be a JSON file: move the directory out of data/");
    if (!stat.isFile()) return fail("is not a regular file (a device, pipe or socket)", "replace it with the JSON file, or remove it from data/");
    if (stat.size > limits.bytes)
      return fail(`file is ${stat.size} bytes, more than the ${limits.bytes}-byte limit`, "split the data into smaller files (one series per file)");
    bytes = readFileSync(absolute);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(
      `file could not be read (${code ?? (e as Error).message})`,
      code === "EACCES" || code === "EPERM" ? "make the file readable (check its permissions and owner)" : "check that the file exists and is readable, then run the validator again",
    );
  }
  // It may have grown between stat and read.
  if (bytes.length > limits.bytes)
    return fail(`file is ${bytes.length} bytes, more than the ${limits.bytes}-byte limit`, "split the data into smaller files (one series per file)");
  return parseJsonText(bytes, shown, limits.values);
}

export function parseJsonText(bytes: Uint8Array, shown: string, maxValues = MAX_VALUES): ReadResult {
  const problem = (what: string, fix: string, path = "$"): Problem => ({ severity: "error", file: shown, path, what, fix });
  const fail = (what: string, fix: string): ReadResult => failure([problem(what, fix)]);
  if (bytes.length === 0 || /^\s*$/.test(Buffer.from(bytes).toString("latin1")))
    return fail("file is empty", "write the file's JSON content or restore it from git; delete the file only if it was added by mistake");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return fail("file starts with a byte-order mark (BOM)", "save the file as UTF-8 without a BOM");
  const binary = binaryFault(bytes);
  if (binary) return fail(binary.what, binary.fix);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const where = offset < 0 ? "" : (() => {
      const { line, column } = byteLineColumn(bytes, offset);
      return `: byte 0x${bytes[offset].toString(16).toUpperCase().padStart(2, "0")} at line ${line}, column ${column} is not UTF-8`;
    })();
    return fail(`file is not valid UTF-8 text${where}`, "save the file as UTF-8 (it may be binary, or saved in another encoding such as Windows-1252)");
  }
  // Before JSON.parse and everything after it: no later step may recurse into deep nesting.
  const deep = depthFault(text);
  if (deep) return fail(deep.what, deep.fix);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const { what, fix } = describeSyntaxError(text, e as Error);
    return fail(`file is not valid JSON: ${what}`, fix);
  }
  const faults = findTextFaults(text, maxValues);
  if (faults.length > 0) {
    const problems = faults.map((f) => problem(f.what, f.fix, f.path));
    if (faults.length >= MAX_TEXT_FAULTS)
      problems.push(problem(`more such problems may follow; only the first ${MAX_TEXT_FAULTS} are listed`, "fix these, then run the validator again"));
    return failure(problems);
  }
  return { ok: true, value };
}

/**
 * Says where and why JSON.parse failed. V8's messages do not always give a position (a
 * trailing comma in a list gives none), so a small scanner finds the first fault itself.
 */
function describeSyntaxError(text: string, error: Error): { what: string; fix: string } {
  const fault = findSyntaxFault(text);
  // Stryker disable next-line all: unreachable: JSON.parse refused the text and findSyntaxFault follows the same grammar (RFC 8259), so it finds the fault; V8's message is only a fallback
  if (!fault) return { what: error.message.split("\n")[0].slice(0, 100), fix: GENERIC_FIX };
  const before = text.slice(0, fault.offset);
  const line = before.split("\n").length;
  const column = fault.offset - before.lastIndexOf("\n");
  const at = `line ${line}, column ${column}`;
  switch (fault.kind) {
    case "end":
      return {
        what: `the file ends too early (line ${line}): it looks truncated`,
        fix: "the end of the file is missing: compare it with the last committed version (git diff) and restore the missing part",
      };
    case "trailing-comma":
      return { what: `a comma after the last item at ${at}`, fix: "remove that comma: JSON allows no comma before a closing ] or }" };
    case "string":
      return { what: `a text that is not closed on its line, starting at ${at}`, fix: "add the closing double quote; a line break inside a text must be written as \\n" };
    case "unexpected": {
      const word = nonJsonNumberWord(text, fault.offset);
      if (word)
        return {
          what: `${word} at ${at} (JSON has no NaN or Infinity)`,
          fix: "write the number as the source prints it, in digits; if the source gives no number, leave the field out",
        };
      return { what: `unexpected ${JSON.stringify(text.slice(fault.offset, fault.offset + 12))} at ${at}`, fix: GENERIC_FIX };
    }
  }
}

const GENERIC_FIX = "fix the JSON syntax at that place (a missing or extra comma, quote or bracket is the usual cause)";

interface SyntaxFault {
  kind: "end" | "trailing-comma" | "string" | "unexpected";
  offset: number;
}

/** The first syntax error in `text` (RFC 8259 grammar), or undefined when it is valid JSON. */
export function findSyntaxFault(text: string): SyntaxFault | undefined {
  let i = 0;
  const stop = (kind: SyntaxFault["kind"], offset = i): never => {
    throw { kind: offset >= text.length ? "end" : kind, offset } satisfies SyntaxFault;
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const string = () => {
    const start = i++;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') return void i++;
      if (c === "\\") {
        const e = text[i + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else stop("unexpected");
      } else if (c < " ") stop("string", start);
      else i++;
    }
    stop("end");
  };
  const container = (close: "}" | "]") => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      if (close === "}") {
        ws();
        if (text[i] !== '"') stop("unexpected");
        string();
        ws();
        if (text[i] !== ":") stop("unexpected");
        i++;
      }
      value();
      ws();
      if (text[i] === close) return void i++;
      if (text[i] !== ",") stop("unexpected");
      const comma = i++;
      ws();
      if (text[i] === "}" || text[i] === "]") stop("trailing-comma", comma);
    }
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === "{") return container("}");
    if (c === "[") return container("]");
    if (c === '"') return string();
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (number.test(text)) return void (i = number.lastIndex);
    for (const word of ["true", "false", "null"]) if (text.startsWith(word, i)) return void (i += word.length);
    stop("unexpected");
  };
  try {
    value();
    ws();
    if (i < text.length) stop("unexpected");
    return undefined;
  } catch (fault) {
    if (fault instanceof Error) return undefined; // e.g. nesting too deep for the scanner
    return fault as SyntaxFault;
  }
}
