import { describe, expect, it } from "vitest";
import { filesToRerun, withRerun } from "./ci-rerun.ts";

const mutant = (status: string, coveredBy: string[] = [], killedBy: string[] = []) => ({ status, coveredBy, killedBy });

// Three source files; a.test.ts holds tests 1 and 2, b.test.ts test 3.
const recorded = {
  files: {
    "src/a.ts": { mutants: [mutant("Killed", ["1", "3"], ["1"]), mutant("Survived", ["2"])] },
    "src/b.ts": { mutants: [mutant("Killed", ["3"], ["3"])] },
    "src/c.ts": { mutants: [mutant("NoCoverage")] },
  },
  testFiles: { "src/a.test.ts": { tests: [{ id: "1" }, { id: "2" }] }, "src/b.test.ts": { tests: [{ id: "3" }] } },
  schemaVersion: "2",
};
const toMutate = ["src/a.ts", "src/b.ts", "src/c.ts"];

describe("filesToRerun", () => {
  it("re-runs an edited source file, and nothing else when no test changed", () => {
    expect(filesToRerun(recorded, ["src/c.ts"], toMutate)).toEqual(["src/c.ts"]);
  });
  it("re-runs every file with a mutant that a changed test file covered, killed or not", () => {
    expect(filesToRerun(recorded, ["src/b.test.ts"], toMutate)).toEqual(["src/a.ts", "src/b.ts"]);
    expect(filesToRerun(recorded, ["src/a.test.ts"], toMutate)).toEqual(["src/a.ts"]);
  });
  it("re-runs a new file to mutate, and not a removed one", () => {
    expect(filesToRerun(recorded, ["src/b.ts", "src/new.ts"], ["src/a.ts", "src/c.ts", "src/new.ts"])).toEqual(["src/new.ts"]);
  });
  it("re-runs nothing for a changed file no recorded mutant depends on", () => {
    expect(filesToRerun(recorded, ["scripts/other.test.ts"], toMutate)).toEqual([]);
  });
});

describe("withRerun", () => {
  const narrowed = { files: { "src/b.ts": { mutants: [mutant("Survived", ["3"])] } } };
  it("takes a re-run file's results from the narrowed run, even when they detect less", () => {
    const merged = withRerun(recorded, narrowed, ["src/b.ts"], toMutate);
    expect(merged.files["src/b.ts"].mutants.map((m) => m.status)).toEqual(["Survived"]);
    expect(merged.files["src/a.ts"]).toBe(recorded.files["src/a.ts"]);
    expect(merged.schemaVersion).toBe("2");
  });
  it("drops a removed file, and a re-run file that has no mutant any more", () => {
    const merged = withRerun(recorded, narrowed, ["src/b.ts", "src/c.ts"], ["src/b.ts", "src/c.ts"]);
    expect(Object.keys(merged.files)).toEqual(["src/b.ts"]);
  });
});
