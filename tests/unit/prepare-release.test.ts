import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/datasets/problem.ts";
import { prepareRelease } from "../../src/domain/prepare-release.ts";
import { writeRelease } from "../../src/domain/write-release.ts";
import { figure, makeDataDir, setFigures } from "./release-fixture.ts";

// What `npm run release` says before it writes anything: each refusal names the option to fix.
const prepare = (data: string, summary: string, date: string, extra: { today?: string; datasetCommit?: string | null } = {}) => prepareRelease(data, { summary, date, root: join(data, ".."), ...extra });
const problems = (p: ReturnType<typeof prepareRelease>) => (p.ok ? [] : p.problems.map(formatProblem));

describe("prepareRelease refuses", () => {
  it("an empty summary, saying how to give one", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    expect(problems(prepare(data, "   ", "2026-02-01"))).toEqual(['error data $: the release has no summary\n  fix: run npm run release -- --summary "what changed and why"']);
  });
  it("a summary with a control character, naming --summary", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    const [p] = problems(prepare(data, "Fixed\u001b[31m", "2026-02-01"));
    expect(p).toMatch(/^error npm run release --summary: contains the control character U\+001B at character 6\n {2}fix: remove it/);
  });
  it("a day that does not exist or is still to come, naming --date", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    expect(problems(prepare(data, "First", "2026-02-30"))[0]).toMatch(/^error npm run release --date: "2026-02-30" is not a date\n/);
    expect(problems(prepare(data, "First", "2026-02-02", { today: "2026-02-01" }))[0]).toMatch(/^error npm run release --date: 2026-02-02 is in the future \(today is 2026-02-01\)\n/);
    expect(prepare(data, "First", "2026-02-01", { today: "2026-02-01" }).ok).toBe(true);
  });
});

describe("prepareRelease releases", () => {
  it("a change of any one kind: one figure added and one corrected are a change, not nothing", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    const first = prepare(data, "First", "2026-02-01");
    if (!first.ok) throw new Error("first release refused");
    writeRelease(data, first.release, first.text);
    setFigures(data, [figure("f1", "2026-01-10", 110, { corrections: [{ date: "2026-02-02", reason: "Misread." }], quote: "By then 110 people had been arrested.", figure_text: "110" }), figure("f2", "2026-01-11", 150)]);
    const second = prepare(data, " Second, trimmed ", "2026-02-02", { datasetCommit: "0123456789abcdef0123456789abcdef01234567" });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.release).toMatchObject({ version: "2026-02-02", previous: "2026-02-01", previous_sha256: first.release.sha256, summary: "Second, trimmed", dataset_commit: "0123456789abcdef0123456789abcdef01234567" });
    expect(second.release.changes.figures_added).toEqual(["f2"]);
    expect(second.release.changes.figures_changed.map((c) => c.id)).toEqual(["f1"]);
  });
  it("without a dataset commit when none is known, never an empty one", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    const p = prepare(data, "First", "2026-02-01", { datasetCommit: null });
    expect(p.ok && "dataset_commit" in p.release).toBe(false);
    expect(p.ok && p.release.previous_sha256).toBeNull();
  });
});
