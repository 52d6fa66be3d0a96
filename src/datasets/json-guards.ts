/**
 * Checks on a data file's bytes and text that JSON.parse and the schemas cannot make safely:
 * binary content, the place of an invalid UTF-8 byte, nesting too deep for the recursive code
 * after parsing (zod, our walkers, JSON.stringify), duplicate keys (JSON.parse silently keeps
 * the last) and numbers too large to read (JSON.parse turns them into Infinity).
 *
 * Every scanner here is a loop over the input, never a recursion, so no input can overflow
 * the stack, and each runs in time proportional to the file's size.
 */
import { jsonPath } from "./problem.ts";

/** Data files nest a few levels (file, list, record, field, list); anything deeper is a mistake. */
export const MAX_DEPTH = 64;

/** At most this many duplicate keys or unreadable numbers are listed for one file. */
export const MAX_TEXT_FAULTS = 20;

/**
 * Values (numbers, texts, lists, objects...) one file may hold. The largest real file holds a
 * few thousand and a 5 MB file of real data under 100,000; a file of millions (e.g. a list of
 * a million numbers) would keep the schema check busy for many seconds.
 */
export const MAX_VALUES = 200_000;

/** How many bytes at the start of a file are inspected for binary content (as git does). */
const BINARY_PROBE = 8000;

export interface Fault {
  what: string;
  fix: string;
  /** JSON path when known; "$" otherwise. */
  path: string;
}

/** "line 3, column 12" for a character offset in `text` (columns count UTF-16 units from 1). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function at(text: string, offset: number): string {
  const { line, column } = lineColumn(text, offset);
  return `line ${line}, column ${column}`;
}

const MAGIC: Array<[string, number[]]> = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["a ZIP archive (or an office document)", [0x50, 0x4b, 0x03, 0x04]],
  ["a gzip archive", [0x1f, 0x8b]],
];

/**
 * Whether the bytes are a binary file rather than text: a known file signature, UTF-16 text,
 * a NUL byte, or many control characters near the start.
 */
export function binaryFault(bytes: Uint8Array): Omit<Fault, "path"> | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksUtf16(bytes))
    return { what: "file is saved as UTF-16 text, not UTF-8", fix: "save the file as UTF-8 without a BOM (in most editors: \"Save with encoding\" > UTF-8)" };
  for (const [name, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b))
      return { what: `file is not JSON text (it looks binary: ${name})`, fix: BINARY_FIX };
  }
  const n = Math.min(bytes.length, BINARY_PROBE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return { what: "file is not JSON text (it looks binary: it holds NUL bytes)", fix: BINARY_FIX };
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) controls++;
  }
  if (controls * 20 > n) return { what: "file is not JSON text (it looks binary: it holds many control characters)", fix: BINARY_FIX };
  return undefined;
}

const BINARY_FIX =
  "data/ holds JSON text files only: if this file was put here by mistake (an image, archive or export), move it out of data/; if it should be JSON, restore it from git (git checkout -- <file>)";

/** UTF-16 without a BOM: a JSON file starts with an ASCII character, so every other byte is 0. */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const ascii = (b: number) => b === 0x7b || b === 0x5b || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x22;
  const le = ascii(bytes[0]) && bytes[1] === 0 && bytes[3] === 0;
  const be = bytes[0] === 0 && ascii(bytes[1]) && bytes[2] === 0;
  return le || be;
}

/** Byte offset of the first byte that breaks UTF-8 (RFC 3629), or -1 when all of it is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c === 0xe0) (need = 2), (lo = 0xa0);
    else if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) need = 2;
    else if (c === 0xed) (need = 2), (hi = 0x9f);
    else if (c === 0xf0) (need = 3), (lo = 0x90);
    else if (c >= 0xf1 && c <= 0xf3) need = 3;
    else if (c === 0xf4) (need = 3), (hi = 0x8f);
    else return i;
    if (i + 1 >= n || bytes[i + 1] < lo || bytes[i + 1] > hi) return i;
    for (let k = 2; k <= need; k++) if (i + k >= n || bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += need + 1;
  }
  return -1;
}

/** "line 3, column 12" for a byte offset: lines counted in bytes, the column in characters. */
export function byteLineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/**
 * Offset of the first bracket that opens a level deeper than `max`, counting the brackets
 * outside strings. It runs on any text (valid JSON or not), before JSON.parse.
 */
export function findTooDeep(text: string, max = MAX_DEPTH): number | undefined {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < n; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c /* \ */) i++;
        else if (s === 0x22 || s === 0x0a) break; // a string never spans lines in JSON
      }
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (depth > 0) depth--;
    }
  }
  return undefined;
}

/** The fault for text nested deeper than MAX_DEPTH, if it is. */
export function depthFault(text: string): Fault | undefined {
  const offset = findTooDeep(text);
  if (offset === undefined) return undefined;
  return {
    path: "$",
    what: `file is nested more than ${MAX_DEPTH} levels deep (at ${at(text, offset)})`,
    fix: "data files nest only a few levels (file, list, record, field): this is not a data file or it is damaged; restore it from git",
  };
}

/** Words that are not JSON but that other tools write for numbers: named in the syntax error. */
export function nonJsonNumberWord(text: string, offset: number): string | undefined {
  const m = /^[+-]?(?:NaN|Infinity)(?![A-Za-z0-9_])/.exec(text.slice(offset, offset + 12));
  return m?.[0];
}

const expectsKey = (f: Frame | undefined): boolean => f?.kind === "object" && f.expectKey;

type Frame = { kind: "object"; keys: Set<string>; key: string | undefined; expectKey: boolean } | { kind: "array"; index: number };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Duplicate keys (at any depth), numbers too large to read and more than MAX_VALUES values, in
 * text that JSON.parse has accepted and whose depth findTooDeep has bounded. At most
 * MAX_TEXT_FAULTS are returned.
 */
export function findTextFaults(text: string, maxValues = MAX_VALUES): Fault[] {
  const faults: Fault[] = [];
  const stack: Frame[] = [];
  const path = (): string => {
    const segments: Array<string | number> = [];
    for (const f of stack) {
      if (f.kind === "array") segments.push(f.index);
      else if (f.key !== undefined) segments.push(f.key);
    }
    return jsonPath(segments);
  };
  const n = text.length;
  let i = 0;
  let values = 0;
  while (i < n && faults.length < MAX_TEXT_FAULTS) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b || c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e || (c === 0x22 && !expectsKey(stack.at(-1)))) {
      if (++values > maxValues)
        return [
          {
            path: "$",
            what: `file holds more than ${maxValues} values (numbers, texts, lists and objects; the limit is reached at ${at(text, i)})`,
            fix: "data files hold at most a few thousand records: this is not a data file or it is damaged; restore it from git, or split it into smaller files",
          },
        ];
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3a /* : */) {
      i++;
    } else if (c === 0x7b /* { */) {
      stack.push({ kind: "object", keys: new Set(), key: undefined, expectKey: true });
      i++;
    } else if (c === 0x5b /* [ */) {
      stack.push({ kind: "array", index: 0 });
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      i++;
    } else if (c === 0x2c /* , */) {
      const top = stack.at(-1);
      if (top?.kind === "array") top.index++;
      else if (top) top.expectKey = true;
      i++;
    } else if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < n; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) (escaped = true), i++;
        else if (s === 0x22) break;
      }
      i++;
      const top = stack.at(-1);
      if (top?.kind === "object" && top.expectKey) {
        const key = escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
        top.expectKey = false;
        top.key = key;
        if (top.keys.has(key)) {
          faults.push({
            path: path(),
            what: `duplicate key ${JSON.stringify(key)} at ${at(text, start)}`,
            fix: "keep one of them: JSON keeps only the last, so the other one would be silently lost",
          });
        }
        top.keys.add(key);
      }
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      NUMBER.test(text);
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: JSON.parse accepted the text, so a number always matches here and ends after i; i + 1 only guards against an endless loop
      const end = NUMBER.lastIndex > i ? NUMBER.lastIndex : i + 1;
      const token = text.slice(i, end);
      if (!Number.isFinite(Number(token))) {
        const digits = token.replace(/[^0-9]/g, "").length;
        const shown = token.length > 24 ? `${token.slice(0, 12)}...` : token;
        faults.push({
          path: path(),
          what: `the number ${shown}${token.length > 24 ? ` (${digits} digits)` : ""} at ${at(text, i)} is too large to be read`,
          fix: `write the figure as published, in plain digits: counts of people are whole numbers up to ${Number.MAX_SAFE_INTEGER} (a number this long is a typing or export mistake)`,
        });
      }
      i = end;
    } else {
      // true, false, null: skip the word
      i++;
      // Stryker disable next-line all: the letters after the t, f or n are never a value's first character, so skipping them one by one instead counts the same
      while (i < n && text.charCodeAt(i) >= 0x61 && text.charCodeAt(i) <= 0x7a) i++;
    }
  }
  return faults;
}
