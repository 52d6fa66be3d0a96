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
    return fail("file is empty", "write the file's JSON content or restore it from git; delete the file only if it was added by mistake");
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
    const { what, fix } = describeSyntaxError(text, e as Error);
    return fail(`file is not valid JSON: ${what}`, fix);
  }
}

/**
 * Says where and why JSON.parse failed. V8's messages do not always give a position (a
 * trailing comma in a list gives none), so a small scanner finds the first fault itself.
 */
function describeSyntaxError(text: string, error: Error): { what: string; fix: string } {
  const fault = findSyntaxFault(text);
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
    case "unexpected":
      return { what: `unexpected ${JSON.stringify(text.slice(fault.offset, fault.offset + 12))} at ${at}`, fix: GENERIC_FIX };
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
