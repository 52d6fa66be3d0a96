/**
 * What a contributor is told when one data file cannot be read: which file, where in it, what
 * is wrong and how to fix it. Every line and column below is counted by hand in the input.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findSyntaxFault, parseJsonText, readJsonFile } from "./read-json-file.ts";

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "read-json-file-"));
  roots.push(dir);
  return dir;
}

const SHOWN = "data/series/x.json";
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => Uint8Array.from(b);

/** The one error a text gives, as { path, what, fix }. */
function onlyError(input: string | Uint8Array, maxValues?: number) {
  const result = parseJsonText(typeof input === "string" ? utf8(input) : input, SHOWN, maxValues);
  if (result.ok) throw new Error("expected an error");
  expect(result.problems).toHaveLength(1);
  expect(result.problem).toBe(result.problems[0]);
  expect(result.problem.severity).toBe("error");
  expect(result.problem.file).toBe(SHOWN);
  const { path, what, fix } = result.problem;
  return { path, what, fix };
}
const whatOf = (input: string | Uint8Array) => onlyError(input).what;

const GENERIC_FIX = "fix the JSON syntax at that place (a missing or extra comma, quote or bracket is the usual cause)";

describe("readJsonFile", () => {
  it("reads a JSON file", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.json"), '{"a": [1, "b"]}');
    expect(readJsonFile(join(dir, "a.json"), "data/a.json")).toEqual({ ok: true, value: { a: [1, "b"] } });
  });
  it("refuses a symbolic link unread, even to a valid file, and never names its target", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "target.json"), "{}");
    symlinkSync(join(dir, "target.json"), join(dir, "link.json"));
    const result = readJsonFile(join(dir, "link.json"), "data/link.json");
    expect(result).toEqual({
      ok: false,
      problem: { severity: "error", file: "data/link.json", path: "$", what: "is a symbolic link", fix: "data/ holds the files themselves: replace the link with the JSON file" },
      problems: [{ severity: "error", file: "data/link.json", path: "$", what: "is a symbolic link", fix: "data/ holds the files themselves: replace the link with the JSON file" }],
    });
  });
  it("refuses a directory", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "waves.json"));
    expect(readJsonFile(join(dir, "waves.json"), "data/waves.json")).toMatchObject({
      ok: false,
      problem: { file: "data/waves.json", what: "is a directory, not a file", fix: "a data file must be a JSON file: move the directory out of data/" },
    });
  });
  it("refuses a named pipe without waiting on it", () => {
    const dir = tempDir();
    const fifo = join(dir, "pipe.json");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect(readJsonFile(fifo, "data/pipe.json")).toMatchObject({
      ok: false,
      problem: { what: "is not a regular file (a device, pipe or socket)", fix: "replace it with the JSON file, or remove it from data/" },
    });
  });
  it("refuses a file larger than the limit before reading it, and accepts one exactly at the limit", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ten.json"), "[1,2,3,45]");
    writeFileSync(join(dir, "eleven.json"), "[1,2,3,456]");
    const limits = { bytes: 10, values: 100 };
    expect(readJsonFile(join(dir, "ten.json"), "data/ten.json", limits)).toEqual({ ok: true, value: [1, 2, 3, 45] });
    expect(readJsonFile(join(dir, "eleven.json"), "data/eleven.json", limits)).toMatchObject({
      ok: false,
      problem: { what: "file is 11 bytes, more than the 10-byte limit", fix: "split the data into smaller files (one series per file)" },
    });
  });
  it("allows a data file 5 MiB by default", () => {
    const dir = tempDir();
    const path = join(dir, "big.json");
    // Exactly 5 MiB gets past the size check and is read: its byte-order mark is found only by
    // reading it. (A BOM rather than valid JSON: the checks that scan every character take
    // minutes on 5 MiB under mutation testing; a valid file is read in full by the other tests here.)
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`[${" ".repeat(5 * 1024 * 1024 - 5)}]`)]));
    expect(readJsonFile(path, "data/big.json")).toMatchObject({ ok: false, problem: { what: "file starts with a byte-order mark (BOM)" } });
    writeFileSync(path, `[${" ".repeat(5 * 1024 * 1024 - 1)}]`);
    expect(readJsonFile(path, "data/big.json")).toMatchObject({ ok: false, problem: { what: "file is 5242881 bytes, more than the 5242880-byte limit" } });
  });
  it("measures a file again once read, when the size the system reported was wrong (a /proc file reports 0)", () => {
    const result = readJsonFile("/proc/self/status", "data/status.json", { bytes: 10, values: 100 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.what).toMatch(/^file is \d{2,} bytes, more than the 10-byte limit$/);
      expect(result.problem.fix).toBe("split the data into smaller files (one series per file)");
    }
  });
  it("applies the limit on values it is given", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.json"), "[1,2]");
    expect(readJsonFile(join(dir, "a.json"), "data/a.json", { bytes: 100, values: 3 })).toEqual({ ok: true, value: [1, 2] });
    expect(readJsonFile(join(dir, "a.json"), "data/a.json", { bytes: 100, values: 2 })).toMatchObject({ ok: false, problem: { path: "$" } });
  });
  it("says a missing file could not be read, and why, in the system's word", () => {
    const dir = tempDir();
    expect(readJsonFile(join(dir, "none.json"), "data/none.json")).toMatchObject({
      ok: false,
      problem: { file: "data/none.json", path: "$", what: "file could not be read (ENOENT)", fix: "check that the file exists and is readable, then run the validator again" },
    });
  });
});

// A write-only file: reading it is refused for its permissions, even to root (Linux only).
const WRITE_ONLY = "/proc/sys/vm/drop_caches";
describe("readJsonFile: a file without read permission", () => {
  it.skipIf(!existsSync(WRITE_ONLY))("says so, and to make it readable", () => {
    expect(readJsonFile(WRITE_ONLY, "data/x.json")).toMatchObject({
      ok: false,
      problem: { what: "file could not be read (EACCES)", fix: "make the file readable (check its permissions and owner)" },
    });
  });
});

describe("parseJsonText: files that are not JSON text", () => {
  it("an empty file, or one of whitespace only", () => {
    const empty = {
      path: "$",
      what: "file is empty",
      fix: "write the file's JSON content or restore it from git; delete the file only if it was added by mistake",
    };
    expect(onlyError(new Uint8Array(0))).toEqual(empty);
    expect(onlyError(" \n\t\r\n  ")).toEqual(empty);
  });
  it("a byte-order mark, and only a whole one", () => {
    expect(onlyError(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ path: "$", what: "file starts with a byte-order mark (BOM)", fix: "save the file as UTF-8 without a BOM" });
    // U+FFFD (EF BF BD), "»" (C2 BB) and "¿" (C2 BF) share a byte with the mark at its place
    expect(whatOf("\ufffd")).toBe('file is not valid JSON: unexpected "\ufffd" at line 1, column 1');
    expect(whatOf("\u00bb")).toBe('file is not valid JSON: unexpected "\u00bb" at line 1, column 1');
    expect(parseJsonText(utf8('"\u00bf"'), SHOWN)).toEqual({ ok: true, value: "\u00bf" });
  });
  it("a binary file", () => {
    expect(whatOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("file is not JSON text (it looks binary: a PNG image)");
  });
  it("invalid UTF-8: the byte, its line and its column in characters", () => {
    // "é" as Latin-1 (0xE9) on line 2, after a two-byte "ü"
    const text = Uint8Array.from([...utf8('{\n"ü'), 0xe9, ...utf8('": 1}')]);
    expect(onlyError(text)).toEqual({
      path: "$",
      what: "file is not valid UTF-8 text: byte 0xE9 at line 2, column 3 is not UTF-8",
      fix: "save the file as UTF-8 (it may be binary, or saved in another encoding such as Windows-1252)",
    });
    expect(whatOf(bytes(0x5b, 0xad, 0x5d))).toBe("file is not valid UTF-8 text: byte 0xAD at line 1, column 2 is not UTF-8");
    expect(whatOf(bytes(0x80, 0x5b, 0x5d))).toBe("file is not valid UTF-8 text: byte 0x80 at line 1, column 1 is not UTF-8");
  });
  it("nesting too deep, refused before it is parsed", () => {
    expect(whatOf(`[\n${"[".repeat(70)}`)).toBe("file is nested more than 64 levels deep (at line 2, column 64)");
  });
});

describe("parseJsonText: syntax errors, with their place", () => {
  it("a comma after the last item", () => {
    expect(onlyError("[1, 2,]")).toEqual({ path: "$", what: "file is not valid JSON: a comma after the last item at line 1, column 6", fix: "remove that comma: JSON allows no comma before a closing ] or }" });
    expect(whatOf('{\n  "a": 1,\n}')).toBe("file is not valid JSON: a comma after the last item at line 2, column 9");
  });
  it("a truncated file", () => {
    expect(onlyError('{\n  "a": [1,\n')).toEqual({
      path: "$",
      what: "file is not valid JSON: the file ends too early (line 3): it looks truncated",
      fix: "the end of the file is missing: compare it with the last committed version (git diff) and restore the missing part",
    });
    expect(whatOf('{"a": "tex')).toBe("file is not valid JSON: the file ends too early (line 1): it looks truncated");
  });
  it("a text not closed on its line", () => {
    expect(onlyError('{\n  "a": "one\ntwo"}')).toEqual({
      path: "$",
      what: "file is not valid JSON: a text that is not closed on its line, starting at line 2, column 8",
      fix: "add the closing double quote; a line break inside a text must be written as \\n",
    });
  });
  it("NaN and Infinity, named", () => {
    const fix = "write the number as the source prints it, in digits; if the source gives no number, leave the field out";
    expect(onlyError('{"value": NaN}')).toEqual({ path: "$", what: "file is not valid JSON: NaN at line 1, column 11 (JSON has no NaN or Infinity)", fix });
    expect(whatOf("[1,\n -Infinity]")).toBe("file is not valid JSON: -Infinity at line 2, column 2 (JSON has no NaN or Infinity)");
  });
  it("anything else unexpected: the next 12 characters, quoted", () => {
    expect(onlyError('{"a": 1 "b": 2}')).toEqual({ path: "$", what: 'file is not valid JSON: unexpected "\\"b\\": 2}" at line 1, column 9', fix: GENERIC_FIX });
    expect(whatOf("[1, abcdefghijklmnop]")).toBe('file is not valid JSON: unexpected "abcdefghijkl" at line 1, column 5');
  });
  it("a file with many duplicate keys: the first 20, then a line saying more may follow", () => {
    const keys = (n: number) => `{${Array.from({ length: n }, (_, i) => `"k":${i}`).join(",\n")}}`;
    const result = parseJsonText(utf8(keys(26)), SHOWN);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(21);
    expect(result.problem).toEqual({ severity: "error", file: SHOWN, path: "$.k", what: 'duplicate key "k" at line 2, column 1', fix: "keep one of them: JSON keeps only the last, so the other one would be silently lost" });
    expect(result.problems[19].what).toBe('duplicate key "k" at line 21, column 1');
    expect(result.problems[20]).toEqual({ severity: "error", file: SHOWN, path: "$", what: "more such problems may follow; only the first 20 are listed", fix: "fix these, then run the validator again" });
    const fewer = parseJsonText(utf8(keys(20)), SHOWN);
    expect(fewer.ok ? [] : fewer.problems.map((p) => p.what)).toEqual(Array.from({ length: 19 }, (_, i) => `duplicate key "k" at line ${i + 2}, column 1`));
  });
  it("a number too large, at its path", () => {
    expect(onlyError('{"figures": [{"value": 1e999}]}').path).toBe("$.figures[0].value");
  });
  it("too many values for the limit given", () => {
    expect(parseJsonText(utf8("[1,2]"), SHOWN, 3)).toEqual({ ok: true, value: [1, 2] });
    expect(onlyError("[1,2,3]", 3)).toEqual({
      path: "$",
      what: "file holds more than 3 values (numbers, texts, lists and objects; the limit is reached at line 1, column 6)",
      fix: "data files hold at most a few thousand records: this is not a data file or it is damaged; restore it from git, or split it into smaller files",
    });
  });
  it("200,000 values by default", () => {
    // the list itself is a value: 1 + 199,999 zeros; then the 200,000th zero, at offset 1 + 2 × 199,999, is one too many
    expect(parseJsonText(utf8(`[${"0,".repeat(199_998)}0]`), SHOWN).ok).toBe(true);
    expect(whatOf(`[${"0,".repeat(199_999)}0]`)).toBe("file holds more than 200000 values (numbers, texts, lists and objects; the limit is reached at line 1, column 400000)");
  });
});

describe("findSyntaxFault", () => {
  it("finds nothing wrong in valid JSON", () => {
    for (const text of ["{}", "[ ]", "{ }", " 1 ", "-0.5e-3", "true", "false", "null", '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D"', '{"a": [1, {"b": null}], "c": "d"}', "\t[\r\n1\r\n]\n", '"a b"', "12.25E+10", "100e-10", "-0", "[10,0.5,2e5]"])
      expect(findSyntaxFault(text), text).toBeUndefined();
  });
  it("names the kind and offset of the first fault", () => {
    const cases: Array<[string, string, number]> = [
      ["", "end", 0],
      ["  ", "end", 2],
      ["[1", "end", 2],
      ['{"a":', "end", 5],
      ['"abc', "end", 4],
      ["[1,]", "trailing-comma", 2],
      ['{"a":1 , }', "trailing-comma", 7],
      ['["a\tb"]', "string", 1],
      ['{"a": "x\u0001"}', "string", 6],
      ["[1 2]", "unexpected", 3],
      ["[,1]", "unexpected", 1],
      ["{a:1}", "unexpected", 1],
      ['{"a" 1}', "unexpected", 5],
      ['{"a":1 "b":2}', "unexpected", 7],
      ["1 2", "unexpected", 2],
      ["-", "unexpected", 0],
      ["01", "unexpected", 1],
      ["1.", "unexpected", 1],
      ["tru", "unexpected", 0],
      ["nul]", "unexpected", 0],
      ['["\\x"]', "unexpected", 2],
      ['["\\u12G4"]', "unexpected", 2],
      ["[1}", "unexpected", 2],
      ["{]", "unexpected", 1],
      ["'a'", "unexpected", 0],
      ["[x1]", "unexpected", 1],
    ];
    for (const [text, kind, offset] of cases) expect(findSyntaxFault(text), JSON.stringify(text)).toEqual({ kind, offset });
  });
  it("gives up, without throwing, on nesting deeper than it can follow", () => {
    expect(findSyntaxFault("[".repeat(100_000))).toBeUndefined();
  });
});
