/**
 * The checks a broken data file meets before JSON.parse and the schemas: what a contributor is
 * told (binary, UTF-16, invalid UTF-8 and where, nesting too deep, duplicate keys, numbers too
 * large, too many values) and the line and column it points to. Expected places are counted
 * by hand from the inputs written here.
 */
import { describe, expect, it } from "vitest";
import { binaryFault, byteLineColumn, depthFault, findTextFaults, findTooDeep, firstInvalidUtf8, lineColumn, nonJsonNumberWord } from "./json-guards.ts";

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => Uint8Array.from(Buffer.from(s, "latin1"));
const utf16le = (s: string) => Uint8Array.from(Buffer.from(s, "utf16le"));
const utf16be = (s: string) => Uint8Array.from(Buffer.from(s, "utf16le").swap16());

const UTF16 = "file is saved as UTF-16 text, not UTF-8";
const NUL = "file is not JSON text (it looks binary: it holds NUL bytes)";
const CONTROLS = "file is not JSON text (it looks binary: it holds many control characters)";

describe("lineColumn", () => {
  it("counts lines from 1 and columns from 1 after the last line break", () => {
    const text = "ab\ncd\nef";
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn(text, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn(text, 7)).toEqual({ line: 3, column: 2 });
  });
  it("puts a line break at the end of its own line, not at the start of the next", () => {
    expect(lineColumn("ab\ncd", 2)).toEqual({ line: 1, column: 3 });
  });
});

describe("binaryFault", () => {
  it("recognises UTF-16 by its byte-order mark, either way round", () => {
    expect(binaryFault(bytes(0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00))?.what).toBe(UTF16);
    expect(binaryFault(bytes(0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d))?.what).toBe(UTF16);
  });
  it("recognises UTF-16 without a byte-order mark from whichever character starts the JSON", () => {
    for (const start of ["{}", "[]", ' {}', "\n{}", "\r\n{}", "\t{}", '"x"']) {
      expect(binaryFault(utf16le(start))?.what, JSON.stringify(start)).toBe(UTF16);
      expect(binaryFault(utf16be(start))?.what, JSON.stringify(start)).toBe(UTF16);
    }
    // the shortest UTF-16 file that can be told apart: two characters
    expect(binaryFault(utf16le("[]"))?.what).toBe(UTF16);
    expect(binaryFault(utf16be("[]"))?.what).toBe(UTF16);
  });
  it("tells the fix for UTF-16: save as UTF-8", () => {
    expect(binaryFault(utf16le("{}"))?.fix).toBe('save the file as UTF-8 without a BOM (in most editors: "Save with encoding" > UTF-8)');
  });
  it("does not call text UTF-16 when only some of its bytes are 0: that is a NUL byte", () => {
    expect(binaryFault(bytes(0x7b, 0x00))?.what).toBe(NUL); // one character is too short to tell
    expect(binaryFault(bytes(0x7b, 0x00, 0x22, 0x41))?.what).toBe(NUL);
    expect(binaryFault(bytes(0x7b, 0x41, 0x00, 0x7d))?.what).toBe(NUL);
    expect(binaryFault(bytes(0x00, 0x7b, 0x41, 0x00))?.what).toBe(NUL);
    expect(binaryFault(bytes(0x00, 0x41, 0x00, 0x42))?.what).toBe(NUL); // "A" does not start JSON
  });
  it("a lone 0xFF or 0xFE byte at the start is not a byte-order mark", () => {
    expect(binaryFault(ascii("\xff{}"))).toBeUndefined();
    expect(binaryFault(ascii("{\xfe}"))).toBeUndefined();
    expect(binaryFault(ascii("\xfe{}"))).toBeUndefined();
    expect(binaryFault(ascii("{\xff}"))).toBeUndefined();
  });
  it("names images, documents and archives by their signature", () => {
    const cases: Array<[number[], string]> = [
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "a PNG image"],
      [[0xff, 0xd8, 0xff, 0xe0], "a JPEG image"],
      [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], "a GIF image"],
      [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], "a PDF document"],
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], "a ZIP archive (or an office document)"],
      [[0x1f, 0x8b, 0x08, 0x00], "a gzip archive"],
    ];
    for (const [signature, name] of cases) {
      const fault = binaryFault(bytes(...signature, ...ascii(" followed by enough plain text to keep the control count low")));
      expect(fault?.what).toBe(`file is not JSON text (it looks binary: ${name})`);
      expect(fault?.fix).toBe(
        "data/ holds JSON text files only: if this file was put here by mistake (an image, archive or export), move it out of data/; if it should be JSON, restore it from git (git checkout -- <file>)",
      );
    }
  });
  it("needs the whole signature: text that starts with part of one is text", () => {
    expect(binaryFault(ascii("%PDF is mentioned here"))).toBeUndefined();
    expect(binaryFault(ascii("GIF is mentioned here"))).toBeUndefined();
    expect(binaryFault(ascii("PK is mentioned here"))).toBeUndefined();
  });
  it("finds a NUL byte anywhere in the first 8000 bytes, and looks no further", () => {
    const text = new Uint8Array(9000).fill(0x20);
    text[7999] = 0;
    expect(binaryFault(text)?.what).toBe(NUL);
    text[7999] = 0x20;
    text[8000] = 0;
    expect(binaryFault(text)).toBeUndefined();
  });
  it("calls a file binary when more than one byte in 20 is a control character", () => {
    const withControls = (count: number, control: number) => {
      const b = new Uint8Array(100).fill(0x61);
      for (let i = 0; i < count; i++) b[i * 10 + 5] = control;
      return b;
    };
    expect(binaryFault(withControls(5, 0x01))).toBeUndefined();
    expect(binaryFault(withControls(6, 0x01))?.what).toBe(CONTROLS);
    expect(binaryFault(withControls(6, 0x1f))?.what).toBe(CONTROLS);
    expect(binaryFault(withControls(6, 0x7f))?.what).toBe(CONTROLS);
    expect(binaryFault(withControls(6, 0x0c))?.what).toBe(CONTROLS);
    expect(binaryFault(withControls(6, 0x0b))?.what).toBe(CONTROLS);
  });
  it("never counts tabs, line breaks or spaces, however many an indented file holds", () => {
    for (const ws of [0x09, 0x0a, 0x0d, 0x20]) expect(binaryFault(new Uint8Array(100).fill(ws)), `byte ${ws}`).toBeUndefined();
    expect(binaryFault(ascii('{\r\n\t"a": [\r\n\t\t1\r\n\t]\r\n}\r\n'))).toBeUndefined();
  });
  it("counts the control characters of the first 8000 bytes only", () => {
    // 7999 letters, then 500 control characters: 1 in 8000 looked at
    const b = new Uint8Array(8499).fill(0x61);
    b.fill(0x01, 7999);
    expect(binaryFault(b)).toBeUndefined();
  });
});

describe("firstInvalidUtf8", () => {
  it("is -1 for valid UTF-8 of every length, at the edges of each range", () => {
    const valid = [
      [0x7b, 0x7d],
      [0xc2, 0x80],
      [0xdf, 0xbf],
      [0xe0, 0xa0, 0x80],
      [0xe1, 0x80, 0x80],
      [0xec, 0xbf, 0xbf],
      [0xed, 0x80, 0x80],
      [0xed, 0x9f, 0xbf],
      [0xee, 0x80, 0x80],
      [0xef, 0xbf, 0xbf],
      [0xf0, 0x90, 0x80, 0x80],
      [0xf0, 0xbf, 0xbf, 0xbf],
      [0xf1, 0x80, 0x80, 0x80],
      [0xf3, 0xbf, 0xbf, 0xbf],
      [0xf4, 0x80, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
    ];
    for (const v of valid) expect(firstInvalidUtf8(bytes(...v)), v.map((b) => b.toString(16)).join(" ")).toBe(-1);
    expect(firstInvalidUtf8(new TextEncoder().encode('{"name": "هرانا", "note": "€ 😀"}'))).toBe(-1);
  });
  it("gives the offset of the first byte of a sequence that is not UTF-8", () => {
    const invalid: Array<[number[], number]> = [
      [[0x80], 0], // a continuation byte alone
      [[0xbf], 0],
      [[0xc0, 0x80], 0], // overlong
      [[0xc1, 0xbf], 0],
      [[0xe0, 0x9f, 0xbf], 0], // overlong
      [[0xed, 0xa0, 0x80], 0], // a UTF-16 surrogate
      [[0xf0, 0x8f, 0xbf, 0xbf], 0], // overlong
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0xf5, 0x80, 0x80, 0x80], 0],
      [[0xff], 0],
      [[0xc3, 0x41], 0], // continuation missing
      [[0xc3, 0xc3], 0],
      [[0xe2, 0x41, 0xac], 0],
      [[0xe2, 0x82, 0x41], 0],
      [[0xe2, 0x82, 0xc0], 0],
      [[0xf0, 0x9f, 0x98, 0x41], 0],
      [[0xf0, 0x9f, 0x98, 0xc0], 0],
      [[0xe2, 0x82], 0], // truncated at the end of the file
      [[0xf0, 0x9f, 0x98], 0],
      [[0xc3], 0],
      [[0x61, 0x62, 0xe9, 0x63], 2], // a Latin-1 é between ASCII letters
      [[0xc3, 0xa9, 0xff], 2], // after a two-byte character
      [[0xe2, 0x82, 0xac, 0xff], 3], // after a three-byte character
      [[0xf0, 0x9f, 0x98, 0x80, 0x80], 4], // after a four-byte character
    ];
    for (const [b, offset] of invalid) expect(firstInvalidUtf8(bytes(...b)), b.map((x) => x.toString(16)).join(" ")).toBe(offset);
  });
  it("agrees with the UTF-8 decoder on every lead byte followed by each kind of second byte", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const valid = (b: Uint8Array) => {
      try {
        decoder.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    for (let a = 0x80; a <= 0xff; a++)
      for (const c of [0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0]) {
        const seq = bytes(a, c, ...(a >= 0xf0 ? [0x80, 0x80] : a >= 0xe0 ? [0x80] : []));
        expect(firstInvalidUtf8(seq) === -1, seq.join(" ")).toBe(valid(seq));
      }
  });
});

describe("byteLineColumn", () => {
  it("counts lines by line breaks and the column in characters, not bytes", () => {
    // a, LF, b, é (2 bytes), then the byte at offset 5
    const b = bytes(0x61, 0x0a, 0x62, 0xc3, 0xa9, 0xff);
    expect(byteLineColumn(b, 5)).toEqual({ line: 2, column: 3 });
    expect(byteLineColumn(b, 0)).toEqual({ line: 1, column: 1 });
    expect(byteLineColumn(b, 2)).toEqual({ line: 2, column: 1 });
  });
  it("puts a line break on its own line", () => {
    expect(byteLineColumn(ascii("ab\ncd"), 2)).toEqual({ line: 1, column: 3 });
  });
});

describe("findTooDeep", () => {
  it("gives the offset of the first bracket deeper than the limit", () => {
    expect(findTooDeep("[[[]]]", 2)).toBe(2);
    expect(findTooDeep("[[[]]]", 3)).toBeUndefined();
    expect(findTooDeep('{"a":{"b":[1]}}', 2)).toBe(10);
  });
  it("counts depth, not brackets: closed lists give their level back", () => {
    expect(findTooDeep("[][][][]", 1)).toBeUndefined();
    expect(findTooDeep("[{},{},[]]", 2)).toBeUndefined();
  });
  it("is not fooled by closing brackets before any opening one", () => {
    expect(findTooDeep("]]][[", 1)).toBe(4);
  });
  it("ignores brackets inside texts, including after an escaped quote", () => {
    expect(findTooDeep('["[[[[", "{{{{"]', 1)).toBeUndefined();
    expect(findTooDeep('["\\"[[[["]', 1)).toBeUndefined();
    expect(findTooDeep('["\\\\", [[]]]', 2)).toBe(8);
  });
  it("ends an unclosed text at the end of its line (JSON texts never span lines)", () => {
    expect(findTooDeep('"abc\n[[[', 2)).toBe(7);
  });
  it("allows 64 levels by default and refuses the 65th", () => {
    expect(findTooDeep("[".repeat(64))).toBeUndefined();
    expect(findTooDeep("[".repeat(65))).toBe(64);
  });
});

describe("depthFault", () => {
  it("says how deep, where, and what to do", () => {
    expect(depthFault(`{"a":\n${"[".repeat(65)}`)).toEqual({
      path: "$",
      what: "file is nested more than 64 levels deep (at line 2, column 64)",
      fix: "data files nest only a few levels (file, list, record, field): this is not a data file or it is damaged; restore it from git",
    });
    expect(depthFault('{"a": [[1]]}')).toBeUndefined();
  });
});

describe("nonJsonNumberWord", () => {
  it("names NaN and Infinity, with their sign, where they stand", () => {
    expect(nonJsonNumberWord("NaN", 0)).toBe("NaN");
    expect(nonJsonNumberWord('{"a": -Infinity}', 6)).toBe("-Infinity");
    expect(nonJsonNumberWord("[1, +Infinity]", 4)).toBe("+Infinity");
    expect(nonJsonNumberWord("[NaN,1]", 1)).toBe("NaN");
  });
  it("does not name a longer word or one elsewhere in the text", () => {
    expect(nonJsonNumberWord("Nanny", 0)).toBeUndefined();
    expect(nonJsonNumberWord("NaNa", 0)).toBeUndefined();
    expect(nonJsonNumberWord("Infinity_", 0)).toBeUndefined();
    expect(nonJsonNumberWord("Infinity2", 0)).toBeUndefined();
    expect(nonJsonNumberWord("x NaN", 0)).toBeUndefined();
    expect(nonJsonNumberWord("[1, NaN]", 1)).toBeUndefined();
  });
});

describe("findTextFaults", () => {
  const DUPLICATE_FIX = "keep one of them: JSON keeps only the last, so the other one would be silently lost";
  const NUMBER_FIX =
    "write the figure as published, in plain digits: counts of people are whole numbers up to 9007199254740991 (a number this long is a typing or export mistake)";

  it("finds a duplicate key, with its path, line and column", () => {
    expect(findTextFaults('{"a":1,"a":2}')).toEqual([{ path: "$.a", what: 'duplicate key "a" at line 1, column 8', fix: DUPLICATE_FIX }]);
    expect(findTextFaults('{"a":1,"b":2,"a":3}')).toEqual([{ path: "$.a", what: 'duplicate key "a" at line 1, column 14', fix: DUPLICATE_FIX }]);
  });
  it("finds duplicates deep in lists, at the right index", () => {
    const text = '{"x": [\n  {"k": 1},\n  {"k": 1, "k": 2}\n]}';
    expect(findTextFaults(text)).toEqual([{ path: "$.x[1].k", what: 'duplicate key "k" at line 3, column 12', fix: DUPLICATE_FIX }]);
  });
  it("finds a duplicate written with an escape, and shows the key as JSON", () => {
    expect(findTextFaults('{"a":1,"\\u0061":2}').map((f) => f.what)).toEqual(['duplicate key "a" at line 1, column 8']);
    expect(findTextFaults('{"a\\"b":1,"a\\"b":2}').map((f) => f.what)).toEqual(['duplicate key "a\\"b" at line 1, column 11']);
  });
  it("does not mistake texts for keys, or keys of different objects for duplicates", () => {
    expect(findTextFaults('{"a":"b","b":1}')).toEqual([]);
    expect(findTextFaults('{"a":["a","a"],"b":"a"}')).toEqual([]);
    expect(findTextFaults('{"a":{"b":1},"b":2}')).toEqual([]);
    expect(findTextFaults('[{"a":1},{"a":2}]')).toEqual([]);
    expect(findTextFaults('{"a\\\\":1,"b":2}')).toEqual([]);
  });
  it("lists each of several duplicates, at most 20", () => {
    expect(findTextFaults('{"a":1,"a":2,"b":3,"b":4}').map((f) => f.path)).toEqual(["$.a", "$.b"]);
    const many = `{${Array.from({ length: 30 }, (_, i) => `"k":${i}`).join(",")}}`;
    expect(findTextFaults(many)).toHaveLength(20);
  });
  it("finds a number too large to read, with its path and place", () => {
    expect(findTextFaults('{"n": [1, 1e400]}')).toEqual([{ path: "$.n[1]", what: "the number 1e400 at line 1, column 11 is too large to be read", fix: NUMBER_FIX }]);
    expect(findTextFaults('{"n":-1e400}').map((f) => f.what)).toEqual(["the number -1e400 at line 1, column 6 is too large to be read"]);
    expect(findTextFaults('{"n":1e300,"m":9e999}').map((f) => f.path)).toEqual(["$.m"]);
    expect(findTextFaults("[0.5e999]").map((f) => f.what)).toEqual(["the number 0.5e999 at line 1, column 2 is too large to be read"]);
  });
  it("shows a long number cut short, with its count of digits, from 25 characters", () => {
    const at24 = `1.${"0".repeat(18)}e999`;
    const at25 = `1.${"0".repeat(19)}e999`;
    expect(at24).toHaveLength(24);
    expect(findTextFaults(`[${at24}]`)[0].what).toBe(`the number ${at24} at line 1, column 2 is too large to be read`);
    expect(findTextFaults(`[${at25}]`)[0].what).toBe("the number 1.0000000000... (23 digits) at line 1, column 2 is too large to be read");
    expect(findTextFaults(`[${"9".repeat(400)}]`)[0].what).toBe("the number 999999999999... (400 digits) at line 1, column 2 is too large to be read");
  });
  it("refuses a file with more values than the limit, at the value that passes it", () => {
    const text = '{"a":true,"b":false,"c":null,"d":"x","e":-1}';
    expect(findTextFaults(text, 6)).toEqual([]);
    expect(findTextFaults(text, 5)).toEqual([
      {
        path: "$",
        what: "file holds more than 5 values (numbers, texts, lists and objects; the limit is reached at line 1, column 42)",
        fix: "data files hold at most a few thousand records: this is not a data file or it is damaged; restore it from git, or split it into smaller files",
      },
    ]);
    expect(findTextFaults("[0,9]", 3)).toEqual([]);
    expect(findTextFaults("[0,9]", 2)[0].what).toContain("the limit is reached at line 1, column 4)");
    expect(findTextFaults('[[],{"k":[]}]', 3)[0].what).toContain("the limit is reached at line 1, column 10)");
  });
  it("counts a value after any whitespace or colon", () => {
    for (const text of ["[ true]", "[\ttrue]", "[\rtrue]", "[\ntrue]", '{"a":true}', '{"a": true}'])
      expect(findTextFaults(text, 1), JSON.stringify(text)).toHaveLength(1);
    expect(findTextFaults("[\n\ttrue]", 1)[0].what).toContain("at line 2, column 2)");
  });
  it("returns the value limit alone, even after other faults", () => {
    expect(findTextFaults('{"a":1,"a":2,"b":[1,2,3]}', 4).map((f) => f.path)).toEqual(["$"]);
  });
  it("reads a file that is a single value", () => {
    expect(findTextFaults('"x"')).toEqual([]);
    expect(findTextFaults('"x"', 0)).toHaveLength(1);
    expect(findTextFaults("1e999").map((f) => f.path)).toEqual(["$"]);
  });
  it("finds nothing wrong in ordinary data", () => {
    expect(findTextFaults('{\n  "figures": [\n    {"id": "a-1", "value": 12000, "low": 0, "flags": [], "ok": true, "n": null, "x": -0.5e-3}\n  ]\n}')).toEqual([]);
  });
});
