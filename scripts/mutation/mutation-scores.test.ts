import { describe, expect, it } from "vitest";
import { belowThresholds, changedSince, folderScores, scoreTable } from "./mutation-scores.ts";

const mutants = (counts: Record<string, number>) => Object.entries(counts).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status })));

const report = {
  files: {
    "src/domain/a.ts": { mutants: mutants({ Killed: 8, Timeout: 1, Survived: 1 }) },
    "src/domain/b.ts": { mutants: mutants({ Killed: 6, NoCoverage: 2, Ignored: 5, CompileError: 1 }) },
    "src/domainish/c.ts": { mutants: mutants({ Survived: 10 }) },
    "src/format/d.ts": { mutants: mutants({ Killed: 17, Survived: 3, RuntimeError: 2 }) },
  },
};

describe("folderScores", () => {
  it("scores detected (killed, timed out) over detected and undetected (survived, no coverage), as Stryker does", () => {
    const [domain, format] = folderScores(report, ["src/domain", "src/format"]);
    // 15 detected of 18: 8 + 1 + 6 detected, 1 + 2 undetected; ignored and errors left out.
    expect(domain).toEqual({ folder: "src/domain", detected: 15, undetected: 3, excluded: 6, missing: 0, score: (100 * 15) / 18 });
    expect(format.score).toBe(85);
  });
  it("counts a file in a folder only by a whole folder name ('src/domainish' is not 'src/domain')", () => {
    expect(folderScores(report, ["src/domain/"])[0].undetected).toBe(3);
  });
  it("reads absolute paths (as Stryker writes them on some machines) relative to the project", () => {
    const absolute = { files: { "/work/p/src/site/x.ts": { mutants: mutants({ Killed: 1, Survived: 1 }) }, "C:\\p\\src\\site\\y.ts": { mutants: mutants({ Killed: 2 }) } } };
    expect(folderScores(absolute, ["src/site"], "/work/p")[0].score).toBe(50);
    expect(folderScores(absolute, ["src/site"], "C:\\p")[0].detected).toBe(2);
  });
  it("counts the mutants a file has but the report lacks (a stopped run) as undetected, and a file the report lacks whole", () => {
    // a.ts has 10 results of 12 mutants, b.ts all 14, e.ts none of its 3.
    const expected = { "src/domain/a.ts": 12, "src/domain/b.ts": 14, "src/domain/e.ts": 3, "src/format/d.ts": 22 };
    const [domain, format] = folderScores(report, ["src/domain", "src/format"], "", expected);
    expect(domain).toMatchObject({ detected: 15, undetected: 3, missing: 5, score: (100 * 15) / 23 });
    expect(format).toMatchObject({ missing: 0, score: 85 });
    expect(belowThresholds([domain], { "src/domain": 90 })).toEqual(["src/domain: mutation score 65.22 % is below 90 % (3 mutants undetected, 5 with no result)"]);
  });
  it("has no score for a folder with nothing tested", () => {
    expect(folderScores(report, ["src/charts"])[0]).toMatchObject({ detected: 0, undetected: 0, score: null });
  });
});

describe("belowThresholds", () => {
  const scores = folderScores(report, ["src/domain", "src/format", "src/charts"]);
  it("names each folder under its own threshold, and passes one exactly at it", () => {
    const failures = belowThresholds(scores, { "src/domain": 90, "src/format": 85 });
    expect(failures).toEqual(["src/domain: mutation score 83.33 % is below 90 % (3 mutants undetected)"]);
    expect(belowThresholds(scores, { "src/domain": 83, "src/format": 85.01 })).toEqual(["src/format: mutation score 85.00 % is below 85.01 % (3 mutants undetected)"]);
  });
  it("fails a folder with a threshold but no tested mutant (a report that left it out proves nothing)", () => {
    expect(belowThresholds(scores, { "src/charts": 85 })).toHaveLength(1);
    expect(belowThresholds(scores, {})).toEqual([]);
  });
});

describe("scoreTable", () => {
  it("gives one row per folder with score, threshold and counts", () => {
    expect(scoreTable(folderScores(report, ["src/format"]), { "src/format": 85 }).split("\n")[2]).toBe("| src/format | 85.00 % | 85 % | 17 | 3 | 0 | 2 |");
  });
});

describe("changedSince", () => {
  const recorded = {
    files: { "src/domain/a.ts": { source: "A" }, "src/domain/b.ts": { source: "B" } },
    testFiles: { "src/domain/a.test.ts": { source: "TA" } },
  };
  const now = (files: Record<string, string>) => (path: string) => files[path];
  const same = { "src/domain/a.ts": "A", "src/domain/b.ts": "B", "src/domain/a.test.ts": "TA" };

  it("finds nothing when every mutated file and test file reads as recorded", () => {
    expect(changedSince(recorded, ["src/domain/a.ts", "src/domain/b.ts"], now(same))).toEqual([]);
  });
  it("names an edited or deleted source file, a new file to mutate, and an edited test file", () => {
    expect(changedSince(recorded, ["src/domain/a.ts", "src/domain/b.ts"], now({ ...same, "src/domain/a.ts": "A2" }))).toEqual(["src/domain/a.ts"]);
    const { "src/domain/b.ts": _gone, ...withoutB } = same;
    expect(changedSince(recorded, ["src/domain/a.ts"], now(withoutB))).toEqual(["src/domain/b.ts"]);
    expect(changedSince(recorded, ["src/domain/a.ts", "src/domain/b.ts", "src/domain/c.ts"], now(same))).toEqual(["src/domain/c.ts"]);
    expect(changedSince(recorded, ["src/domain/a.ts", "src/domain/b.ts"], now({ ...same, "src/domain/a.test.ts": "TA2" }))).toEqual(["src/domain/a.test.ts"]);
  });
  it("reads recorded absolute paths relative to the project", () => {
    const absolute = { files: { "/p/src/domain/a.ts": { source: "A" } }, testFiles: {} };
    expect(changedSince(absolute, ["src/domain/a.ts"], now({ "src/domain/a.ts": "A" }), "/p")).toEqual([]);
  });
});
