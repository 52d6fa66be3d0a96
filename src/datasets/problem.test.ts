import { describe, expect, it } from "vitest";
import { formatProblem, jsonPath } from "./problem.ts";

describe("jsonPath", () => {
  it("writes list indexes in brackets and keys after dots, from $", () => {
    expect(jsonPath([])).toBe("$");
    expect(jsonPath(["figures", 3, "as_of"])).toBe("$.figures[3].as_of");
    expect(jsonPath([0, 1])).toBe("$[0][1]");
    expect(jsonPath(["0"])).toBe("$.0");
  });
});

describe("formatProblem", () => {
  it("prints severity, file, path, what and, on its own indented line, the fix", () => {
    expect(formatProblem({ severity: "warning", file: "data/waves.json", path: "$.waves[0].end", what: "is before start", fix: "correct the dates" })).toBe(
      "warning data/waves.json $.waves[0].end: is before start\n  fix: correct the dates",
    );
  });
  it("writes out control characters in every part, so a terminal shows them instead of obeying them", () => {
    const p = { severity: "error" as const, file: "data/a\u001b[2J.json", path: "$.a\u0000", what: "bad\rthing", fix: "do\u0007 it" };
    expect(formatProblem(p)).toBe("error data/a\\u001b[2J.json $.a\\u0000: bad\\u000dthing\n  fix: do\\u0007 it");
  });
});
