/**
 * A seeded property-based test of the figure schema and the figure rules. Thousands of figures
 * (random types in every field, hostile texts, huge and odd numbers, missing, extra and
 * duplicate fields) are put into an otherwise valid copy of tests/fixtures/valid/ and run
 * through validateDataset. Invariants:
 *
 * - it never throws, and every problem names a file, a JSON path starting with "$", what is
 *   wrong and how to fix it; the only file blamed is the one that was changed;
 * - a figure accepted without errors keeps the documented rules (a non-negative safe whole
 *   value, or low <= high with qualifier "range"; figure_text in the quote; as_of a real date
 *   or null, inside its wave and not after its source's publication);
 * - valid figures are accepted, and changing one field of a valid figure gives the expected
 *   verdict (accepted, or an error on that figure);
 * - the loader's bounded schema walk (boundedParse) agrees with zod's safeParse.
 *
 * The seed is fixed so a failure reproduces; FUZZ_SEED=<n> tries another one. A failure
 * prints the seed, the iteration and the figure's JSON text.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatasetFigure } from "../../src/datasets/dataset.ts";
import { boundedParse } from "../../src/datasets/load-dataset.ts";
import { formatProblem, type Problem } from "../../src/datasets/problem.ts";
import { FIGURE_FLAGS } from "../../src/datasets/schemas/figure.ts";
import { SeriesFile } from "../../src/datasets/schemas/files.ts";
import { isRealDate } from "../../src/datasets/schemas/primitives.ts";
import { QUALIFIERS } from "../../src/datasets/schemas/qualifier.ts";
import { validateDataset, type Validated } from "../../src/domain/validate-dataset.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
/** A few seconds on a quiet machine; generous because the machine is shared. */
const TIMEOUT = 120_000;
const FIXTURE = fileURLToPath(new URL("../fixtures/valid", import.meta.url));
const TODAY = "2026-11-29";
const SERIES_ID = "example-monitor-arrested-2026";
const FILE = `series/${SERIES_ID}.json`;
const SHOWN = `data/${FILE}`;
const WAVE_START = "2026-01-01";
/** The fixture's sources and their publication dates. */
const SOURCES: Record<string, string> = { "example-monitor-day-5": "2026-01-06", "example-monitor-day-10": "2026-01-11", "example-news-story": "2026-01-13" };

// ---------------------------------------------------------------- a seeded generator

/** mulberry32: small, fast and good enough to drive a fuzz test reproducibly. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, chance: (p: number) => next() < p, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)] };
}
type Rng = ReturnType<typeof rng>;

// ---------------------------------------------------------------- JSON text with odd parts

/** A number written exactly as given (1e400, -0, a thousand digits), or any raw JSON-ish token. */
class Raw {
  constructor(readonly token: string) {}
}
/** An object as a list of entries, so keys may repeat and "__proto__" stays an ordinary key. */
class Obj {
  constructor(readonly entries: Array<[string, unknown]>) {}
  get(key: string) {
    return this.entries.find(([k]) => k === key)?.[1];
  }
  set(key: string, value: unknown): Obj {
    const i = this.entries.findIndex(([k]) => k === key);
    if (i >= 0) this.entries[i] = [key, value];
    else this.entries.push([key, value]);
    return this;
  }
  delete(key: string): Obj {
    const i = this.entries.findIndex(([k]) => k === key);
    if (i >= 0) this.entries.splice(i, 1);
    return this;
  }
  clone(): Obj {
    return new Obj(this.entries.map(([k, v]) => [k, v]));
  }
}

function toJson(v: unknown, indent = ""): string {
  if (v instanceof Raw) return v.token;
  if (v instanceof Obj) {
    if (v.entries.length === 0) return "{}";
    const inner = `${indent}  `;
    return `{\n${v.entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${toJson(x, inner)}`).join(",\n")}\n${indent}}`;
  }
  if (Array.isArray(v)) return `[${v.map((x) => toJson(x, indent)).join(", ")}]`;
  if (v !== null && typeof v === "object") return toJson(new Obj(Object.entries(v)), indent);
  if (typeof v === "number" && !Number.isFinite(v)) throw new Error("use Raw for non-finite numbers");
  return JSON.stringify(v);
}

// ---------------------------------------------------------------- ingredients

const HOSTILE_TEXTS = [
  "<script>alert(1)</script>",
  "\u202Egnp.exe",
  "\u202B\u0645\u0639\u062A\u0642\u0644\u0627\u0646\u202C",
  "😀👍🏽🇮🇷",
  "۱۲۳٬۴۵۶",
  "Zero\u200Bwidth",
  "line\nbreak",
  "\ud800",
  "\"quoted\" \\ back",
  "${x} {{y}} %s",
  "javascript:alert(1)",
  "𝟙𝟚𝟛",
  "x".repeat(5000),
];
const ODD_NUMBERS: unknown[] = [
  0, 1, -1, 1.5, -0.5, 1203, 2638, Number.MAX_SAFE_INTEGER, 2 ** 53, 2 ** 53 + 2, 1e21, 1e300, -1e300, 5e-324, Number.MIN_SAFE_INTEGER,
  new Raw("-0"), new Raw("0.0"), new Raw("1e3"), new Raw("1E+2"), new Raw("1e400"), new Raw("-1e400"), new Raw(`1${"0".repeat(400)}`),
  new Raw(`0.${"0".repeat(400)}1`), new Raw("12345678901234567890"), new Raw("NaN"), new Raw("Infinity"), new Raw("-Infinity"),
];
const IDS = ["example-monitor", "example-observatory", "example-news-story", "example-monitor-day-5", "nobody", "Bad Id", "a--b", "", "-x", "x."];
const DATES = ["2026-01-05", "2026-01-01", "2025-12-31", "2026-02-30", "2026-13-01", "2026-1-5", "26-01-05", "2027-01-01", "2026-01-13", "2026-01-14", "0000-01-01", "2026-01-05T00:00:00Z", ""];
const FIELDS = ["id", "organisation", "measure", "as_of", "value", "low", "high", "qualifier", "source", "quote", "figure_text", "locator", "attribution", "translation", "notes", "flags", "corrections"];
const EXTRA_KEYS = ["qualifer", "__proto__", "constructor", "toString", "<script>", "\u202Evalue", "", "value ", "Value", "series"];

function randomText(r: Rng): string {
  const parts = [];
  for (let n = r.int(4); n >= 0; n--) parts.push(r.chance(0.5) ? r.pick(HOSTILE_TEXTS) : r.pick(["at least", "1,203", "people", " ", "arrested", "between 3.000 and 4.000", "\t"]));
  return parts.join(r.chance(0.5) ? " " : "");
}

/** Any JSON value, of any type, a little nested. */
function randomValue(r: Rng, depth = 0): unknown {
  switch (r.int(depth > 2 ? 5 : 8)) {
    case 0:
      return r.pick(ODD_NUMBERS);
    case 1:
      return r.chance(0.5) ? randomText(r) : r.pick([...IDS, ...DATES, ...QUALIFIERS, ...FIGURE_FLAGS, "arrested", "killed"]);
    case 2:
      return r.pick([true, false, null]);
    case 3:
      return r.int(1000);
    case 4:
      return r.pick(HOSTILE_TEXTS);
    case 5:
      return Array.from({ length: r.int(4) }, () => randomValue(r, depth + 1));
    case 6:
      return new Obj(Array.from({ length: r.int(4) }, () => [r.chance(0.5) ? r.pick(FIELDS) : r.pick(EXTRA_KEYS), randomValue(r, depth + 1)]));
    default:
      return r.pick([[], new Obj([]), [r.pick(FIGURE_FLAGS)], [new Obj([["date", "2026-02-01"], ["reason", "typo"]])]]);
  }
}

/** A figure that keeps every rule, with hostile but harmless texts. */
function validFigure(r: Rng, n: number): Obj {
  const source = r.pick(Object.keys(SOURCES));
  const range = r.chance(0.3);
  const figureText = r.pick(["1,203", "۱۲۳", "entre 3.000 y 4.000", "seven", "49 bin 70", "😀", "<script>", "\u202E12"]);
  // The news story's title does not name the Monitor: its quote does, or the attribution is flagged with a reason.
  const named = source !== "example-news-story" || r.chance(0.5);
  const quote = `${named && source === "example-news-story" ? "Example Monitor: " : ""}${r.chance(0.5) ? randomText(r) : ""} ${figureText} ${r.chance(0.5) ? randomText(r) : ""}`;
  const f = new Obj([
    ["id", `${SERIES_ID}.fuzz-${n}`],
    ["organisation", "example-monitor"],
    ["measure", "arrested"],
    ["as_of", r.chance(0.2) ? null : dayBetween(r, WAVE_START, SOURCES[source])],
  ]);
  if (range) {
    const low = r.pick([0, 1, r.int(1e6), Number.MAX_SAFE_INTEGER - 1]);
    const high = r.chance(0.2) ? low : Math.min(low + r.int(1e6), Number.MAX_SAFE_INTEGER);
    f.set("low", low).set("high", high).set("qualifier", "range");
  } else {
    f.set("value", r.pick<unknown>([0, 1, r.int(1e6), Number.MAX_SAFE_INTEGER, new Raw("-0"), new Raw("1e3")]));
    f.set("qualifier", r.pick(QUALIFIERS.filter((q) => q !== "range")));
  }
  f.set("source", source).set("quote", quote).set("figure_text", figureText);
  for (const optional of ["locator", "attribution", "translation", "notes"]) if (r.chance(0.4)) f.set(optional, `${r.pick(HOSTILE_TEXTS)} x`);
  // Flags that need a matching record (a cautioned source) or are retired stay out of valid figures.
  const flags = FIGURE_FLAGS.filter((fl) => fl !== "counted_from_quote" && fl !== "low_quality_source" && r.chance(0.15));
  if (!named && !flags.includes("attribution_inferred")) flags.push("attribution_inferred");
  if (flags.length > 0 || r.chance(0.8)) f.set("flags", flags);
  if (flags.includes("attribution_inferred")) f.set("attribution_reason", `${r.pick(HOSTILE_TEXTS)} x`);
  if (r.chance(0.2)) f.set("corrections", [new Obj([["date", dayBetween(r, WAVE_START, TODAY)], ["reason", r.pick(HOSTILE_TEXTS)]])]);
  if (r.chance(0.5)) shuffle(r, f.entries);
  return f;
}

function dayBetween(r: Rng, from: string, to: string): string {
  const [a, b] = [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`)];
  return new Date(a + r.int((b - a) / 86_400_000 + 1) * 86_400_000).toISOString().slice(0, 10);
}

function shuffle<T>(r: Rng, xs: T[]): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
}

/** A valid figure with random fields changed, removed, added or repeated: anything goes. */
function chaosFigure(r: Rng, n: number): unknown {
  if (r.chance(0.05)) return randomValue(r); // not even an object
  const f = validFigure(r, n);
  const changes = 1 + r.int(4);
  for (let c = 0; c < changes; c++) {
    const field = r.pick(FIELDS);
    const roll = r.int(10);
    if (roll < 6) f.set(field, randomValue(r));
    else if (roll < 8) f.delete(field);
    else if (roll < 9) f.entries.push([r.pick(EXTRA_KEYS), randomValue(r)]);
    else f.entries.push([field, randomValue(r)]); // the same key twice
  }
  return f;
}

// ---------------------------------------------------------------- one-field changes with a known verdict

interface Mutation {
  name: string;
  apply: (f: Obj) => void;
  /** "ok": no error; "error": an error on figures[0] (or on the whole file for a syntax fault). */
  verdict: "ok" | "error";
}
const isRange = (f: Obj) => f.get("qualifier") === "range";
const mutations: Mutation[] = [
  ...[-1, 1.5, 2 ** 53, new Raw("1e400"), new Raw(`9${"9".repeat(999)}`), "12", "1,203", null, true, [], new Obj([]), new Raw("NaN"), new Raw("-Infinity")].map(
    (v): Mutation => ({ name: `value ${toJson(v).slice(0, 20)}`, verdict: "error", apply: (f) => (isRange(f) ? f.set("low", v) : f.set("value", v)) }),
  ),
  ...[0, new Raw("-0"), Number.MAX_SAFE_INTEGER, new Raw("2.0"), new Raw("1e2")].map(
    (v): Mutation => ({ name: `value ${toJson(v)}`, verdict: "ok", apply: (f) => (isRange(f) ? f.set("low", 0).set("high", v) : f.set("value", v)) }),
  ),
  { name: "a value beside a range", verdict: "error", apply: (f) => (isRange(f) ? f.set("value", 5) : f.set("low", 1).set("high", 2)) },
  { name: "neither value nor range", verdict: "error", apply: (f) => f.delete("value").delete("low").delete("high") },
  { name: "qualifier range on a single value", verdict: "error", apply: (f) => (isRange(f) ? f.set("qualifier", "about") : f.set("qualifier", "range")) },
  { name: "low above high", verdict: "error", apply: (f) => f.delete("value").set("low", 10).set("high", 9).set("qualifier", "range") },
  { name: "low only", verdict: "error", apply: (f) => f.delete("value").delete("high").set("low", 10).set("qualifier", "range") },
  ...["2026-02-30", "2026-13-01", "2026-1-5", "", "2026-01-05T00:00:00Z", 20260105, "2025-12-31", "2026-12-01"].map(
    (v): Mutation => ({ name: `as_of ${JSON.stringify(v)}`, verdict: "error", apply: (f) => f.set("as_of", v) }),
  ),
  { name: "as_of null", verdict: "ok", apply: (f) => f.set("as_of", null) },
  { name: "as_of the wave's first day", verdict: "ok", apply: (f) => f.set("as_of", WAVE_START) },
  { name: "as_of after the source", verdict: "error", apply: (f) => f.set("as_of", dayAfter(SOURCES[f.get("source") as string])) },
  ...["atleast", "", null, 1, "RANGE"].map((v): Mutation => ({ name: `qualifier ${JSON.stringify(v)}`, verdict: "error", apply: (f) => f.set("qualifier", v) })),
  ...["Bad Id", "<script>", "", "a--b", 5, `${SERIES_ID}.2026-01-10.example-monitor-day-10`].map(
    (v): Mutation => ({ name: `id ${JSON.stringify(v)}`, verdict: "error", apply: (f) => f.set("id", v) }),
  ),
  { name: "organisation of another series", verdict: "error", apply: (f) => f.set("organisation", "example-observatory") },
  { name: "unknown organisation", verdict: "error", apply: (f) => f.set("organisation", "nobody") },
  { name: "measure of another series", verdict: "error", apply: (f) => f.set("measure", "killed") },
  { name: "unknown measure", verdict: "error", apply: (f) => f.set("measure", "detained") },
  { name: "unknown source", verdict: "error", apply: (f) => f.set("source", "example-monitor-day-6") },
  ...["", "   ", 5, null].map((v): Mutation => ({ name: `quote ${JSON.stringify(v)}`, verdict: "error", apply: (f) => f.set("quote", v) })),
  { name: "figure_text not in the quote", verdict: "error", apply: (f) => f.set("figure_text", `${f.get("figure_text")}\u2063missing`) },
  ...["", "  ", 1203].map((v): Mutation => ({ name: `figure_text ${JSON.stringify(v)}`, verdict: "error", apply: (f) => f.set("figure_text", v) })),
  // Control characters (a NUL, a terminal escape) are never part of a published text (issue 13).
  { name: "quote with a NUL", verdict: "error", apply: (f) => f.set("quote", `a\u0000b ${f.get("quote")}`) },
  { name: "quote with a terminal escape", verdict: "error", apply: (f) => f.set("quote", `${f.get("quote")} \u001b[31mfake error`) },
  { name: "quote padded with spaces", verdict: "ok", apply: (f) => f.set("quote", `   ${f.get("quote")}\n `) },
  { name: "quote with hostile text around", verdict: "ok", apply: (f) => f.set("quote", `<script>\u202E😀 ${f.get("quote")} \u202B</script>`) },
  { name: "a flag twice", verdict: "error", apply: (f) => f.set("flags", ["backfilled", "backfilled"]) },
  { name: "an unknown flag", verdict: "error", apply: (f) => f.set("flags", ["made_up"]) },
  { name: "flags as text", verdict: "error", apply: (f) => f.set("flags", "backfilled") },
  { name: "no flags, the claimant named", verdict: "ok", apply: (f) => f.delete("flags").set("quote", `Example Monitor: ${f.get("quote")}`) },
  {
    name: "every current flag",
    verdict: "ok",
    apply: (f) => f.set("flags", FIGURE_FLAGS.filter((fl) => fl !== "counted_from_quote" && fl !== "low_quality_source")).set("attribution_reason", "x"),
  },
  { name: "the retired flag counted_from_quote", verdict: "error", apply: (f) => f.set("flags", ["counted_from_quote"]) },
  { name: "weak source flagged on a source without a caution", verdict: "error", apply: (f) => f.set("flags", ["low_quality_source"]) },
  { name: "attribution inferred without a reason", verdict: "error", apply: (f) => f.set("flags", ["attribution_inferred"]).delete("attribution_reason") },
  { name: "no claimant named and no flag", verdict: "error", apply: (f) => f.set("flags", []).set("source", "example-news-story").set("quote", f.get("figure_text") as string) },
  { name: "a correction with an impossible date", verdict: "error", apply: (f) => f.set("corrections", [new Obj([["date", "2026-02-30"], ["reason", "x"]])]) },
  { name: "an empty correction", verdict: "error", apply: (f) => f.set("corrections", [new Obj([])]) },
  { name: "corrections as text", verdict: "error", apply: (f) => f.set("corrections", "fixed") },
  ...["locator", "attribution", "translation", "notes"].flatMap((field): Mutation[] => [
    { name: `${field} empty`, verdict: "error", apply: (f) => f.set(field, " ") },
    { name: `${field} a number`, verdict: "error", apply: (f) => f.set(field, 7) },
    { name: `${field} hostile`, verdict: "ok", apply: (f) => f.set(field, "<script>\u202E😀") },
    { name: `${field} left out`, verdict: "ok", apply: (f) => f.delete(field) },
  ]),
  ...EXTRA_KEYS.filter((k) => !FIELDS.includes(k)).map((k): Mutation => ({ name: `extra field ${JSON.stringify(k)}`, verdict: "error", apply: (f) => void f.entries.push([k, 1]) })),
  ...["id", "organisation", "measure", "as_of", "qualifier", "source", "quote", "figure_text"].map(
    (k): Mutation => ({ name: `missing ${k}`, verdict: "error", apply: (f) => f.delete(k) }),
  ),
  { name: "a key twice", verdict: "error", apply: (f) => void f.entries.push(["quote", f.get("quote")]) },
];

function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- the harness

let root: string;
let data: string;
let base: { series: unknown; figures: unknown[] };
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "figure-fuzz-"));
  data = join(root, "data");
  cpSync(FIXTURE, data, { recursive: true });
  base = JSON.parse(readFileSync(join(data, FILE), "utf8"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The series file with `figure` in place of its first figure. */
function seriesText(figure: unknown): string {
  return toJson(new Obj([["series", base.series], ["figures", [figure, ...base.figures.slice(1)]]]));
}

function run(figure: unknown): { text: string; result: Validated } {
  const text = seriesText(figure);
  writeFileSync(join(data, FILE), text);
  return { text, result: validateDataset(data, { root, today: TODAY }) };
}

/** Runs `check`; on failure names the seed, the case and the figure, so it can be replayed. */
function reproducibly(label: string, figure: unknown, check: () => void): void {
  try {
    check();
  } catch (e) {
    const shown = toJson(figure);
    throw new Error(`${label} failed (FUZZ_SEED=${SEED}): ${(e as Error).message}\nfigure: ${shown.length > 3000 ? `${shown.slice(0, 3000)}...` : shown}`);
  }
}

function checkProblemsWellFormed(problems: Problem[]): void {
  for (const p of problems) {
    const line = formatProblem(p);
    if (!["error", "warning"].includes(p.severity)) throw new Error(`bad severity: ${line}`);
    if (typeof p.file !== "string" || p.file === "") throw new Error(`no file: ${line}`);
    if (typeof p.path !== "string" || !p.path.startsWith("$")) throw new Error(`path does not start with $: ${line}`);
    if (typeof p.what !== "string" || p.what.trim() === "") throw new Error(`no what: ${line}`);
    if (typeof p.fix !== "string" || p.fix.trim() === "") throw new Error(`no fix: ${line}`);
    if (/\[object Object\]/.test(line)) throw new Error(`an object printed as [object Object]: ${line}`);
    if (p.file !== SHOWN) throw new Error(`blames a file that did not change: ${line}`);
  }
}

/** The documented rules, checked on a figure as the validator loaded it. */
function checkAcceptedFigure(f: DatasetFigure): void {
  const safe = (n: unknown) => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;
  if (f.value !== undefined) {
    if (!safe(f.value)) throw new Error(`accepted value ${f.value}`);
    if (f.low !== undefined || f.high !== undefined) throw new Error("accepted value beside low/high");
    if (f.qualifier === "range") throw new Error('accepted a single value with qualifier "range"');
  } else {
    if (!safe(f.low) || !safe(f.high)) throw new Error(`accepted range ${f.low}..${f.high}`);
    if (f.low! > f.high!) throw new Error(`accepted low ${f.low} > high ${f.high}`);
    if (f.qualifier !== "range") throw new Error(`accepted a range with qualifier ${f.qualifier}`);
  }
  if (!QUALIFIERS.includes(f.qualifier)) throw new Error(`accepted qualifier ${f.qualifier}`);
  if (f.figure_text.trim() === "" || !f.quote.includes(f.figure_text)) throw new Error(`accepted figure_text ${JSON.stringify(f.figure_text)} not in its quote`);
  if (f.as_of !== null) {
    if (typeof f.as_of !== "string" || !isRealDate(f.as_of)) throw new Error(`accepted as_of ${JSON.stringify(f.as_of)}`);
    if (f.as_of < WAVE_START || f.as_of > TODAY || f.as_of > SOURCES[f.source]) throw new Error(`accepted as_of ${f.as_of} outside its wave or after its source`);
  }
  if (!(f.source in SOURCES)) throw new Error(`accepted source ${f.source}`);
  if (f.organisation !== "example-monitor" || f.measure !== "arrested") throw new Error("accepted a figure of another organisation or measure");
  if (new Set(f.flags).size !== f.flags.length || f.flags.some((x) => !FIGURE_FLAGS.includes(x))) throw new Error(`accepted flags ${f.flags}`);
  if (!/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/.test(f.id)) throw new Error(`accepted id ${f.id}`);
}

/** An error about figures[0] itself, its file as a whole, or another figure given its id. */
const onChangedFigure = (p: Problem) => p.path === "$" || /^\$\.figures\[0\](?:$|[.[])/.test(p.path) || /^\$\.figures\[\d+\]\.id$/.test(p.path);

function loadedFigure(result: Validated): DatasetFigure {
  const mine = result.dataset.figures.filter((f) => f.series === SERIES_ID);
  if (mine.length !== base.figures.length) throw new Error(`expected ${base.figures.length} figures of the series, got ${mine.length}`);
  return mine[0];
}

/** boundedParse and zod agree: same verdict, same data, same issues in the same order. */
function checkBoundedParse(text: string): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return;
  }
  const z = SeriesFile.safeParse(value);
  const b = boundedParse(SeriesFile, value, Number.POSITIVE_INFINITY);
  if (z.success !== b.success) throw new Error(`boundedParse says ${b.success}, zod says ${z.success}`);
  if (z.success && b.success && !isDeepStrictEqual(z.data, b.data)) throw new Error("boundedParse returns other data than zod");
  if (!z.success && !b.success) {
    const key = (i: { code: string; path: PropertyKey[]; message: string }) => `${i.code} ${JSON.stringify(i.path.map(String))} ${i.code === "unrecognized_keys" ? "" : i.message}`;
    expect(b.issues.map(key)).toEqual(z.error.issues.map(key));
  }
}

describe(`figure fuzz (FUZZ_SEED=${SEED})`, () => {
  it("random figures: never a throw, every problem well formed, accepted figures keep the rules", () => {
    const r = rng(SEED);
    let accepted = 0;
    for (let i = 0; i < 1200; i++) {
      const figure = chaosFigure(r, i);
      reproducibly(`random figure #${i}`, figure, () => {
        const { text, result } = run(figure);
        checkProblemsWellFormed(result.problems);
        if (result.errors.length === 0) {
          accepted++;
          checkAcceptedFigure(loadedFigure(result));
        } else if (!result.errors.some(onChangedFigure)) {
          throw new Error(`the errors do not point at the changed figure: ${result.errors.map(formatProblem).join("\n")}`);
        }
        if (i % 3 === 0) checkBoundedParse(text);
      });
    }
    // the generator must reach both sides, or the invariants above prove little
    expect(accepted).toBeGreaterThan(20);
    expect(accepted).toBeLessThan(1100);
  }, TIMEOUT);

  it("valid figures are accepted; one changed field gives the expected verdict", () => {
    const r = rng(SEED + 1);
    const tried = new Set<string>();
    for (let i = 0; i < 250; i++) {
      const valid = validFigure(r, i);
      reproducibly(`valid figure #${i}`, valid, () => {
        const { result } = run(valid);
        expect(result.errors.map(formatProblem)).toEqual([]);
        checkProblemsWellFormed(result.problems);
        checkAcceptedFigure(loadedFigure(result));
      });
      for (let m = 0; m < 4; m++) {
        const mutation = r.pick(mutations);
        tried.add(mutation.name);
        const figure = valid.clone();
        mutation.apply(figure);
        reproducibly(`valid figure #${i} with "${mutation.name}"`, figure, () => {
          const { text, result } = run(figure);
          checkProblemsWellFormed(result.problems);
          if (mutation.verdict === "ok") {
            expect(result.errors.map(formatProblem)).toEqual([]);
            checkAcceptedFigure(loadedFigure(result));
          } else {
            expect(result.errors.length, "expected an error").toBeGreaterThan(0);
            if (!result.errors.some(onChangedFigure)) throw new Error(`no error on the changed figure: ${result.errors.map(formatProblem).join("\n")}`);
          }
          checkBoundedParse(text);
        });
      }
    }
    // every kind of change was tried at least once
    expect(mutations.filter((m) => !tried.has(m.name)).map((m) => m.name)).toEqual([]);
  }, TIMEOUT);

  it("boundedParse stops early on a hostile file and agrees with zod on the valid fixture", () => {
    const fixture = JSON.parse(readFileSync(join(FIXTURE, FILE), "utf8"));
    const ok = boundedParse(SeriesFile, fixture);
    expect(ok).toEqual({ success: true, data: SeriesFile.parse(fixture) });
    const hostile = { series: fixture.series, figures: Array(199_000).fill({}) };
    const started = performance.now();
    const result = boundedParse(SeriesFile, hostile, 50);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.stopped).toBe(true);
      expect(result.issues.length).toBeGreaterThanOrEqual(50);
      expect(result.issues.length).toBeLessThan(60);
    }
  });
});
