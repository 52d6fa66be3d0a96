/**
 * Hostile files in data/: binary junk, a 50 MB file, nesting 100,000 levels deep, a number with
 * a million digits, a byte-order mark, invalid UTF-8, NaN and Infinity, duplicate keys, a
 * missing data directory. Each one must give a clear error naming the file (and the JSON path
 * or line where it can), and validateDataset must return, never throw, hang or overflow the
 * stack. The time limit is a crash/hang guard, generous because the machine is shared: each
 * case takes milliseconds.
 */
import { spawnSync } from "node:child_process";
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "../../src/datasets/problem.ts";
import { validateDataset, type Validated } from "../../src/domain/validate-dataset.ts";

const FIXTURE = fileURLToPath(new URL("../fixtures/valid", import.meta.url));
const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
const TODAY = "2026-11-29";
const ARRESTED = "series/example-monitor-arrested-2026.json";
const SHOWN = `data/${ARRESTED}`;
/**
 * A crash/hang guard, not a benchmark: every case here takes a few milliseconds alone. Under
 * mutation testing (StrykerJS sets STRYKER_MUTATOR_WORKER) the instrumented code runs several
 * times slower: 4.2 s measured for the 300,000 numbers on the shared 2-core machine.
 */
const LIMIT_MS = process.env.STRYKER_MUTATOR_WORKER === undefined ? 2000 : 20_000;

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function copyFixture(): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), "hostile-files-"));
  roots.push(root);
  const data = join(root, "data");
  cpSync(FIXTURE, data, { recursive: true });
  return { root, data };
}

const fixtureText = (file = ARRESTED) => readFileSync(join(FIXTURE, file), "utf8");

/** Applies `mutate` to a fresh copy of the fixture, validates it and times the validation. */
function validateHostile(mutate: (data: string) => void): { result: Validated; errors: string[]; ms: number } {
  const { root, data } = copyFixture();
  mutate(data);
  const started = performance.now();
  let result: Validated | undefined;
  expect(() => (result = validateDataset(data, { root, today: TODAY }))).not.toThrow();
  const ms = performance.now() - started;
  expect(ms, `validation took ${Math.round(ms)} ms`).toBeLessThan(LIMIT_MS);
  return { result: result!, errors: result!.errors.map(formatProblem), ms };
}

/** The series file replaced by `content`: exactly this one error, no warning. */
function expectOnlyError(content: string | Uint8Array | ((text: string) => string), expected: string): void {
  const { result, errors } = validateHostile((d) => writeFileSync(join(d, ARRESTED), typeof content === "function" ? content(fixtureText()) : content));
  expect(errors).toEqual([expected]);
  expect(result.warnings).toEqual([]);
}

/** A seeded byte generator (mulberry32), so the junk is the same on every run. */
function randomBytes(length: number, seed: number, from = 0, to = 255): Uint8Array {
  let a = seed >>> 0;
  return Uint8Array.from({ length }, () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return from + ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (to - from + 1)) | 0;
  });
}

const BINARY_FIX =
  "data/ holds JSON text files only: if this file was put here by mistake (an image, archive or export), move it out of data/; if it should be JSON, restore it from git (git checkout -- <file>)";

describe("binary junk", () => {
  it("random bytes", () => {
    expectOnlyError(randomBytes(4096, 1), `error ${SHOWN} $: file is not JSON text (it looks binary: it holds NUL bytes)\n  fix: ${BINARY_FIX}`);
  });

  it("a few random bytes with no NUL and no control character: the UTF-8 error, with its place", () => {
    // 0xDD 0xA9 is a valid two-byte character (column 1); the next byte, 0xA4, cannot start one
    const bytes = randomBytes(64, 2, 0x80, 0xff);
    expect([...bytes.subarray(0, 3)]).toEqual([0xdd, 0xa9, 0xa4]);
    expectOnlyError(
      bytes,
      `error ${SHOWN} $: file is not valid UTF-8 text: byte 0xA4 at line 1, column 2 is not UTF-8
  fix: save the file as UTF-8 (it may be binary, or saved in another encoding such as Windows-1252)`,
    );
  });

  it("a PNG image", () => {
    const png = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"), randomBytes(200, 3)]);
    expectOnlyError(png, `error ${SHOWN} $: file is not JSON text (it looks binary: a PNG image)\n  fix: ${BINARY_FIX}`);
  });

  it("NUL bytes", () => {
    expectOnlyError(Buffer.alloc(1000), `error ${SHOWN} $: file is not JSON text (it looks binary: it holds NUL bytes)\n  fix: ${BINARY_FIX}`);
  });

  it("a NUL byte inside otherwise valid JSON", () => {
    expectOnlyError((t) => t.replace("people", "peo\u0000ple"), `error ${SHOWN} $: file is not JSON text (it looks binary: it holds NUL bytes)\n  fix: ${BINARY_FIX}`);
  });

  it("UTF-16 text (as Windows Notepad may save it)", () => {
    expectOnlyError(
      Buffer.from(fixtureText(), "utf16le"),
      `error ${SHOWN} $: file is saved as UTF-16 text, not UTF-8
  fix: save the file as UTF-8 without a BOM (in most editors: "Save with encoding" > UTF-8)`,
    );
  });
});

describe("size", () => {
  it("a 50 MB file is refused by its size, before it is read", () => {
    const { errors } = validateHostile((d) => {
      const path = join(d, ARRESTED);
      closeSync(openSync(path, "w"));
      truncateSync(path, 50 * 1024 * 1024); // sparse: instant to write, 50 MB to read
    });
    expect(errors).toEqual([
      `error ${SHOWN} $: file is 52428800 bytes, more than the 5242880-byte limit
  fix: split the data into smaller files (one series per file)`,
    ]);
  });

  it("a list of 300,000 numbers (600 kB) is refused before the schema check", () => {
    const series = JSON.parse(fixtureText()).series;
    expectOnlyError(
      JSON.stringify({ series, figures: Array(300_000).fill(1) }),
      `error ${SHOWN} $: file holds more than 200000 values (numbers, texts, lists and objects; the limit is reached at line 1, column 400349)
  fix: data files hold at most a few thousand records: this is not a data file or it is damaged; restore it from git, or split it into smaller files`,
    );
  });

  it("100,000 empty figures: the schema check stops after 50 problems", () => {
    // zod alone would list 900,000 missing fields, which takes seconds
    const series = JSON.parse(fixtureText()).series;
    const { errors } = validateHostile((d) => writeFileSync(join(d, ARRESTED), JSON.stringify({ series, figures: Array(100_000).fill({}) })));
    expect(errors[0]).toBe(`error ${SHOWN} $.figures[0].id: required field "id" is missing
  fix: add "id" (text) to this record; see CONTRIBUTING.md for what it holds`);
    expect(errors.length).toBeLessThan(60);
    expect(errors.at(-1)).toBe(`error ${SHOWN} $: the check of this file stopped after 50 problems; there are more
  fix: fix the problems listed above (they often share one cause), then run the validator again`);
  });
});

describe("nesting", () => {
  const DEEP = `error ${SHOWN} $: file is nested more than 64 levels deep (at line 1, column 65)
  fix: data files nest only a few levels (file, list, record, field): this is not a data file or it is damaged; restore it from git`;

  it("100,000 nested [ ]", () => expectOnlyError(`${"[".repeat(100_000)}${"]".repeat(100_000)}`, DEEP));

  it("100,000 [ never closed", () => expectOnlyError("[".repeat(100_000), DEEP));

  it("100,000 nested objects", () => expectOnlyError(`${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`, DEEP.replace("column 65", "column 321")));

  it("deep nesting inside a figure's field", () => {
    expectOnlyError(
      (t) => t.replace('"flags": []', `"flags": ${"[".repeat(100_000)}${"]".repeat(100_000)}`),
      `error ${SHOWN} $: file is nested more than 64 levels deep (at line 24, column 77)
  fix: data files nest only a few levels (file, list, record, field): this is not a data file or it is damaged; restore it from git`,
    );
  });

  it("brackets inside texts do not count", () => {
    const { errors } = validateHostile((d) => writeFileSync(join(d, ARRESTED), fixtureText().replace('"Synthetic test data."', JSON.stringify("[".repeat(10_000)))));
    expect(errors).toEqual([]);
  });
});

describe("numbers", () => {
  it("a number with a million digits", () => {
    expectOnlyError(
      (t) => t.replace('"value": 1203', `"value": 1${"0".repeat(999_999)}`),
      `error ${SHOWN} $.figures[0].value: the number 100000000000... (1000000 digits) at line 19, column 16 is too large to be read
  fix: write the figure as published, in plain digits: counts of people are whole numbers up to 9007199254740991 (a number this long is a typing or export mistake)`,
    );
  });

  it("1e400", () => {
    expectOnlyError(
      (t) => t.replace('"high": 4000', '"high": 1e400'),
      `error ${SHOWN} $.figures[2].high: the number 1e400 at line 45, column 15 is too large to be read
  fix: write the figure as published, in plain digits: counts of people are whole numbers up to 9007199254740991 (a number this long is a typing or export mistake)`,
    );
  });

  it("a count above Number.MAX_SAFE_INTEGER", () => {
    expectOnlyError(
      (t) => t.replace('"value": 1203', '"value": 9007199254740993'),
      `error ${SHOWN} $.figures[0].value: 9007199254740992 is too large
  fix: counts of people are whole numbers up to 9007199254740991, the largest a JSON reader keeps exactly: copy the figure exactly as published`,
    );
  });

  it("1e300 is too large, not \"not whole\"", () => {
    expectOnlyError(
      (t) => t.replace('"value": 1203', '"value": 1e300'),
      `error ${SHOWN} $.figures[0].value: 1e+300 is too large
  fix: counts of people are whole numbers up to 9007199254740991, the largest a JSON reader keeps exactly: copy the figure exactly as published`,
    );
  });

  it("-1e300 is negative (once)", () => {
    expectOnlyError(
      (t) => t.replace('"value": 1203', '"value": -1e300'),
      `error ${SHOWN} $.figures[0].value: -1e+300 is negative
  fix: counts of people cannot be negative: copy the figure exactly as published`,
    );
  });

  it.each([
    ["NaN", "NaN"],
    ["Infinity", "Infinity"],
    ["-Infinity", "-Infinity"],
  ])("%s is not JSON", (token) => {
    expectOnlyError(
      (t) => t.replace('"value": 1203', `"value": ${token}`),
      `error ${SHOWN} $: file is not valid JSON: ${token} at line 19, column 16 (JSON has no NaN or Infinity)
  fix: write the number as the source prints it, in digits; if the source gives no number, leave the field out`,
    );
  });
});

describe("encoding", () => {
  it("a byte-order mark", () => {
    expectOnlyError(`\ufeff${fixtureText()}`, `error ${SHOWN} $: file starts with a byte-order mark (BOM)\n  fix: save the file as UTF-8 without a BOM`);
  });

  it("invalid UTF-8 (a Latin-1 é in a quote)", () => {
    const text = fixtureText().replace("had been arrested", "had been arr\u0000sted");
    const at = Buffer.from(text).indexOf(0);
    const bytes = Buffer.from(text);
    bytes[at] = 0xe9;
    expectOnlyError(
      bytes,
      `error ${SHOWN} $: file is not valid UTF-8 text: byte 0xE9 at line 22, column 61 is not UTF-8
  fix: save the file as UTF-8 (it may be binary, or saved in another encoding such as Windows-1252)`,
    );
  });
});

describe("duplicate keys", () => {
  it("in a figure", () => {
    expectOnlyError(
      (t) => t.replace('"value": 2638', '"value": 2638, "value": 2639'),
      `error ${SHOWN} $.figures[1].value: duplicate key "value" at line 31, column 22
  fix: keep one of them: JSON keeps only the last, so the other one would be silently lost`,
    );
  });

  it("at the top of the file", () => {
    expectOnlyError(
      (t) => t.replace('"figures": [', '"figures": [], "figures": ['),
      `error ${SHOWN} $.figures: duplicate key "figures" at line 13, column 18
  fix: keep one of them: JSON keeps only the last, so the other one would be silently lost`,
    );
  });

  it("written differently (\\u escapes) and deep in a list", () => {
    expectOnlyError(
      (t) => t.replace('"flags": ["as_of_inferred"]', '"flags": [[{"a": 1, "\\u0061": 2}]]'),
      `error ${SHOWN} $.figures[2].flags[0][0].a: duplicate key "a" at line 52, column 27
  fix: keep one of them: JSON keeps only the last, so the other one would be silently lost`,
    );
  });

  it("several, each listed", () => {
    const { errors } = validateHostile((d) =>
      writeFileSync(join(d, ARRESTED), fixtureText().replace('"value": 2638', '"value": 2638, "value": 2639').replace('"value": 1203', '"value": 1203, "value": 1203')),
    );
    expect(errors.map((e) => e.split("\n")[0])).toEqual([
      `error ${SHOWN} $.figures[0].value: duplicate key "value" at line 19, column 22`,
      `error ${SHOWN} $.figures[1].value: duplicate key "value" at line 31, column 22`,
    ]);
  });
});

describe("directories and odd files", () => {
  it("a missing data directory", () => {
    const started = performance.now();
    const root = mkdtempSync(join(tmpdir(), "hostile-files-"));
    roots.push(root);
    let result: Validated | undefined;
    expect(() => (result = validateDataset(join(root, "data"), { root, today: TODAY }))).not.toThrow();
    expect(performance.now() - started).toBeLessThan(LIMIT_MS);
    expect(result!.errors.map(formatProblem)).toEqual([
      `error data $: the data directory does not exist
  fix: run the validator from the project root (npm run validate), or give the path of the data directory: npm run validate -- path/to/data`,
    ]);
  });

  it("a data directory that is a file", () => {
    const { errors } = validateHostile((d) => {
      rmSync(d, { recursive: true });
      writeFileSync(d, "{}");
    });
    expect(errors).toEqual([
      `error data $: the data directory is a file, not a directory
  fix: run the validator from the project root (npm run validate), or give the path of the data directory: npm run validate -- path/to/data`,
    ]);
  });

  it("series/ is a file", () => {
    const { errors } = validateHostile((d) => {
      rmSync(join(d, "series"), { recursive: true });
      writeFileSync(join(d, "series"), "{}");
    });
    expect(errors).toEqual([
      `error data/series $: is a file, not a directory
  fix: this name is kept for a directory of JSON files: move the file away`,
    ]);
  });

  it("waves.json is a directory: one error for it, and the references it would resolve", () => {
    const { errors } = validateHostile((d) => {
      unlinkSync(join(d, "waves.json"));
      mkdirSync(join(d, "waves.json"));
    });
    expect(errors).toEqual([
      `error data/waves.json $: is a directory, not a file
  fix: a data file must be a JSON file: move the directory out of data/`,
      `error data/series/example-monitor-arrested-2026.json $.series.wave: unknown wave "example-wave"
  fix: no wave could be read from data/waves.json: fix the errors reported for it first, or add the wave there`,
      `error data/series/example-observatory-killed-2026.json $.series.wave: unknown wave "example-wave"
  fix: no wave could be read from data/waves.json: fix the errors reported for it first, or add the wave there`,
    ]);
  });
});

describe("follow-on errors of a broken reference file", () => {
  it("at most 10 references to an unreadable sources.json are listed, then one line counts the rest", () => {
    const { errors } = validateHostile((d) => {
      const json = JSON.parse(fixtureText());
      const figure = json.figures[1];
      for (let i = 0; i < 15; i++) json.figures.push({ ...figure, id: `${figure.id}-copy-${i}` });
      writeFileSync(join(d, ARRESTED), JSON.stringify(json, null, 2));
      writeFileSync(join(d, "sources.json"), "{ \"sources\": [ }");
    });
    // 1 annotation + 18 + 2 figures refer to a source
    expect(errors).toHaveLength(1 + 10 + 1);
    expect(errors[0]).toBe(`error data/sources.json $: file is not valid JSON: unexpected "}" at line 1, column 16
  fix: fix the JSON syntax at that place (a missing or extra comma, quote or bracket is the usual cause)`);
    expect(errors[1]).toBe(`error data/waves.json $.waves[0].annotations[0].source.document: unknown source "example-monitor-day-10"
  fix: no source could be read from data/sources.json: fix the errors reported for it first, or add the source there`);
    for (const e of errors.slice(1, 11)) expect(e).toMatch(/ unknown source "/);
    expect(errors[11]).toBe(`error data/sources.json $: 11 more references to sources could not be checked (the first 10 are listed above)
  fix: no source could be read from data/sources.json: fix the errors reported for it first, then run the validator again`);
  });
});

describe("the npm run validate command on hostile input", () => {
  const cli = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, ["--experimental-strip-types", ...args], { cwd, encoding: "utf8", env: { ...process.env, ...env } });
  const noStack = (run: { stdout: string; stderr: string }) => expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^ {4}at /m);

  it("a binary series file: exit 1, a clear error, no stack trace", () => {
    const { root, data } = copyFixture();
    writeFileSync(join(data, ARRESTED), randomBytes(4096, 1));
    const run = cli(root, [join(PROJECT, "scripts/validate.ts"), data]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`error ${SHOWN} $: file is not JSON text (it looks binary: it holds NUL bytes)`);
    expect(run.stdout).toContain("1 error, 0 warnings: data/ is not valid; nothing was built.");
    noStack(run);
  });

  it("a data directory that does not exist: exit 1, a clear error, no stack trace", () => {
    const root = mkdtempSync(join(tmpdir(), "hostile-files-"));
    roots.push(root);
    const run = cli(root, [join(PROJECT, "scripts/validate.ts"), join(root, "no-such-dir")]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("error no-such-dir $: the data directory does not exist");
    noStack(run);
  });

  it("a failure of the validator itself: exit 2, one line, the stack only with DEBUG=1", () => {
    // Break WeakMap.prototype.set (which the loader and zod use) before the script runs.
    const breakIt = 'data:text/javascript,WeakMap.prototype.set=function(){throw new Error("simulated failure")}';
    const args = ["--import", breakIt, join(PROJECT, "scripts/validate.ts"), FIXTURE];
    const run = cli(PROJECT, args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe("validate: internal error: simulated failure — please report this");
    noStack(run);
    const debug = cli(PROJECT, args, { DEBUG: "1" });
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(/^ {4}at /m);
  });
});
