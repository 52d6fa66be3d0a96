import { describe, expect, it } from "vitest";
import { mergeIncremental, type IncrementalReport } from "./merge-incremental.ts";

const at = (line: number) => ({ start: { line, column: 3 } });

// The committed results: a.ts killed by "a works" (id 1 here), b.ts not covered.
const base: IncrementalReport = {
  schemaVersion: "1.0",
  files: {
    "src/a.ts": { source: "A", language: "ts", mutants: [{ id: "1", status: "Killed", killedBy: ["1"], coveredBy: ["1", "2"] }] },
    "src/b.ts": { source: "B", language: "ts", mutants: [{ id: "2", status: "NoCoverage", coveredBy: [] }] },
    "src/gone.ts": { source: "G", language: "ts", mutants: [{ id: "3", status: "Survived" }] },
  },
  testFiles: {
    "src/a.test.ts": { source: "TA", tests: [{ id: "1", name: "a works", location: at(4) }, { id: "2", name: "a also", location: at(9) }] },
  },
};

// A worker added b.test.ts and re-ran b.ts; in its report the same tests carry other ids.
const part: IncrementalReport = {
  files: {
    // a.ts not re-run: the same result, under this report's ids.
    "src/a.ts": { source: "A", language: "ts", mutants: [{ id: "4", status: "Killed", killedBy: ["5"], coveredBy: ["5", "6"] }] },
    "src/b.ts": { source: "B", language: "ts", mutants: [{ id: "2", status: "Killed", killedBy: ["7"], coveredBy: ["7", "5"] }] },
  },
  testFiles: {
    "src/a.test.ts": { source: "TA", tests: [{ id: "5", name: "a works", location: at(4) }, { id: "6", name: "a also", location: at(9) }] },
    "src/b.test.ts": { source: "TB", tests: [{ id: "7", name: "b works", location: at(3) }] },
  },
};

const disk: Record<string, string> = { "src/a.ts": "A", "src/b.ts": "B", "src/a.test.ts": "TA", "src/b.test.ts": "TB" };

describe("mergeIncremental", () => {
  it("keeps the worker's re-run of a file, with its tests renamed to the merged ids by file, name and position", () => {
    const merged = mergeIncremental(base, [part], (p) => disk[p]);
    const name = (id: string) => Object.entries(merged.testFiles!).flatMap(([f, tf]) => tf.tests.filter((t) => t.id === id).map((t) => `${f}: ${t.name}`))[0];
    const b = merged.files["src/b.ts"].mutants[0];
    expect(b.status).toBe("Killed");
    expect(b.killedBy!.map(name)).toEqual(["src/b.test.ts: b works"]);
    expect(b.coveredBy!.map(name)).toEqual(["src/b.test.ts: b works", "src/a.test.ts: a works"]);
    const a = merged.files["src/a.ts"].mutants[0];
    expect(a.killedBy!.map(name)).toEqual(["src/a.test.ts: a works"]);
    expect(a.coveredBy!.map(name)).toEqual(["src/a.test.ts: a works", "src/a.test.ts: a also"]);
    // Every test id is used once.
    const ids = Object.values(merged.testFiles!).flatMap((tf) => tf.tests.map((t) => t.id));
    expect(new Set(ids).size).toBe(3);
  });

  it("keeps that re-run when a later worker's report carries the base's older result for the file", () => {
    const other: IncrementalReport = {
      files: { "src/b.ts": { source: "B", language: "ts", mutants: [{ id: "8", status: "NoCoverage", coveredBy: [] }] } },
      testFiles: { "src/a.test.ts": { source: "TA", tests: [{ id: "3", name: "a works", location: at(4) }] } },
    };
    expect(mergeIncremental(base, [part, other], (p) => disk[p]).files["src/b.ts"].mutants[0].status).toBe("Killed");
    expect(mergeIncremental(base, [other, part], (p) => disk[p]).files["src/b.ts"].mutants[0].status).toBe("Killed");
  });

  it("drops files and test files whose text is no longer what was tested, and keeps the report's other fields", () => {
    const merged = mergeIncremental(base, [part], (p) => (p === "src/a.test.ts" ? "TA changed" : disk[p]));
    expect(Object.keys(merged.files).sort()).toEqual(["src/a.ts", "src/b.ts"]);
    expect(Object.keys(merged.testFiles!)).toEqual(["src/b.test.ts"]);
    // a.ts's killing test is gone, so the mutant names none and Stryker will test it again.
    expect(merged.files["src/a.ts"].mutants[0].killedBy).toEqual([]);
    expect(merged.schemaVersion).toBe("1.0");
  });

  it("takes a part's entry for a file changed since the base, and the base's when no part matches the file now", () => {
    const changed: IncrementalReport = { files: { "src/a.ts": { source: "A2", language: "ts", mutants: [{ id: "9", status: "Survived" }] } } };
    expect(mergeIncremental(base, [changed], (p) => (p === "src/a.ts" ? "A2" : disk[p])).files["src/a.ts"].mutants[0].status).toBe("Survived");
    expect(mergeIncremental(base, [changed], (p) => disk[p]).files["src/a.ts"].mutants[0].status).toBe("Killed");
  });
});
