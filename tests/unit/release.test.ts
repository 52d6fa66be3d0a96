import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { releaseHash } from "../../src/datasets/release-hash.ts";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/datasets/problem.ts";
import { prepareRelease } from "../../src/domain/prepare-release.ts";
import { writeRelease } from "../../src/domain/write-release.ts";
import { validateDataset } from "../../src/domain/validate-dataset.ts";
import { figureHistory } from "../../src/domain/figure-history.ts";
import { figure, makeDataDir, setFigures } from "./release-fixture.ts";

function release(data: string, summary: string, date: string) {
  const p = prepareRelease(data, { summary, date, root: join(data, "..") });
  if (!p.ok) throw new Error(p.problems.map(formatProblem).join("\n"));
  writeRelease(data, p.release, p.text);
  return p.release;
}

describe("releases", () => {
  it("freeze the first dataset with every figure added and no previous version", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100), figure("f2", "2026-01-11", 150)]);
    const r = release(data, "First release", "2026-02-01");
    expect(r.version).toBe("2026-02-01");
    expect(r.previous).toBeNull();
    expect(r.changes).toEqual({ figures_added: ["f1", "f2"], figures_changed: [], figures_removed: [], sources_added: ["example-report"] });
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("record added, corrected and withdrawn figures with their reasons, and name a second same-day release with a suffix", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100), figure("f2", "2026-01-11", 150)]);
    release(data, "First", "2026-02-01");
    setFigures(
      data,
      [
        figure("f1", "2026-01-10", 110, { corrections: [{ date: "2026-02-01", reason: "Misread 110 as 100; the report says 110." }], quote: "By then 110 people had been arrested.", figure_text: "110" }),
        figure("f3", "2026-01-12", 180),
      ],
      [{ id: "f2", date: "2026-02-01", reason: "The page was a duplicate of another report." }],
    );
    const r = release(data, "Second", "2026-02-01");
    expect(r.version).toBe("2026-02-01.2");
    expect(r.previous).toBe("2026-02-01");
    expect(r.changes).toEqual({
      figures_added: ["f3"],
      figures_changed: [{ id: "f1", reason: "Misread 110 as 100; the report says 110." }],
      figures_removed: [{ id: "f2", reason: "The page was a duplicate of another report." }],
      sources_added: [],
      records_changed: [],
    });
  });

  it("refuse a changed figure without a correction reason, with a message naming the figure", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    release(data, "First", "2026-02-01");
    setFigures(data, [figure("f1", "2026-01-10", 101, { quote: "By then 101 people had been arrested.", figure_text: "101" })]);
    const v = validateDataset(data, { root: join(data, ".."), today: "2026-02-02" });
    expect(v.errors.map(formatProblem)).toEqual([
      'error data/series/example-arrested.json $.figures[0].corrections: figure "f1" has changed since release 2026-02-01 but carries no new correction reason\n' +
        '  fix: add {"date": "YYYY-MM-DD", "reason": "what was wrong and what the source says"} to its "corrections" list, or undo the change',
    ]);
    expect(prepareRelease(data, { summary: "x", date: "2026-02-02", root: join(data, "..") }).ok).toBe(false);
  });

  it("refuse a removed figure without a withdrawal reason", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100), figure("f2", "2026-01-11", 150)]);
    release(data, "First", "2026-02-01");
    setFigures(data, [figure("f1", "2026-01-10", 100)]);
    const v = validateDataset(data, { root: join(data, ".."), today: "2026-02-02" });
    expect(v.errors.map(formatProblem)).toEqual([
      'error data/withdrawn.json $.withdrawn: figure "f2" was published in release 2026-02-01 but is no longer in data/, and no reason is recorded\n' +
        '  fix: add {"id": "f2", "date": "YYYY-MM-DD", "reason": "why it was withdrawn"} to data/withdrawn.json, or restore the figure',
    ]);
  });

  it("refuse to release when nothing changed", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    release(data, "First", "2026-02-01");
    const p = prepareRelease(data, { summary: "Again", date: "2026-02-03", root: join(data, "..") });
    expect(p.ok ? "" : p.problems.map((x) => x.what)).toEqual(["nothing has changed since release 2026-02-01: no figure added, corrected or withdrawn, no source added, no record corrected"]);
  });

  it("record a correction of a published source's address, with its reason, as a release of its own; refuse one without a reason (issue 13)", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    release(data, "First", "2026-02-01");
    const path = join(data, "sources.json");
    const sources = JSON.parse(readFileSync(path, "utf8"));
    sources.sources[0].url = "https://example.org/report-moved";
    sources.sources[0].title = "Example report, corrected title (test only)";
    writeFileSync(path, JSON.stringify(sources));
    const refused = prepareRelease(data, { summary: "Moved", date: "2026-02-03", root: join(data, "..") });
    expect(refused.ok ? [] : refused.problems.map(formatProblem)).toEqual([
      `error data/sources.json $.sources[0].corrections: source "example-report" has changed since release 2026-02-01 (title, url) but carries no new correction reason\n  fix: readers may have cited it: add {"date": "YYYY-MM-DD", "reason": "what was wrong and what is right"} to its "corrections" list, or undo the change`,
    ]);
    sources.sources[0].corrections = [{ date: "2026-02-03", reason: "The publisher moved the report; the title had a typo." }];
    writeFileSync(path, JSON.stringify(sources));
    const second = release(data, "Source address corrected", "2026-02-03");
    expect(second.changes.records_changed).toEqual([{ kind: "source", id: "example-report", fields: ["title", "url"], reason: "The publisher moved the report; the title had a typo." }]);
    expect(second.changes.figures_changed).toEqual([]);
    // And that correction, once published, stays.
    delete sources.sources[0].corrections;
    writeFileSync(path, JSON.stringify(sources));
    expect(validateDataset(data, { root: join(data, ".."), today: "2026-02-04" }).errors.map((e) => e.what)).toEqual([
      'source "example-report" no longer carries the 1 correction(s) published with it in release 2026-02-03',
    ]);
  });

  it("catch an edited release file by its hash", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    const r = release(data, "First", "2026-02-01");
    const path = join(data, "releases", "2026-02-01.json");
    writeFileSync(path, readFileSync(path, "utf8").replace('"value": 100', '"value": 999'));
    const v = validateDataset(data, { root: join(data, ".."), today: "2026-02-02" });
    const hashError = v.errors.find((e) => e.path === "$.sha256");
    expect(hashError?.file).toBe("data/releases/2026-02-01.json");
    expect(hashError?.what).toMatch(new RegExp(`^released file was edited: its content hashes to [0-9a-f]{64}, not the recorded ${r.sha256}$`));
  });

  it("catch an edited release even when its hash was recomputed: the manifest and the next release's chain still hold the published hash (issue 13)", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    const first = release(data, "First", "2026-02-01");
    setFigures(data, [figure("f1", "2026-01-10", 100), figure("f2", "2026-01-11", 120)]);
    release(data, "Second", "2026-02-02");
    // A hostile edit: change a published number and re-hash the file with the project's own code.
    const path = join(data, "releases", "2026-02-01.json");
    const edited = JSON.parse(readFileSync(path, "utf8"));
    edited.data.figures[0].value = 999;
    edited.sha256 = releaseHash(edited);
    writeFileSync(path, JSON.stringify(edited));
    const errors = validateDataset(data, { root: join(data, ".."), today: "2026-02-03" }).errors.map(formatProblem);
    expect(errors).toEqual([
      `error data/releases/2026-02-01.json $.sha256: is not the release that was published: its hash is ${edited.sha256}, the manifest records ${first.sha256}\n  fix: restore data/releases/ from git: published releases are never edited or removed; publish corrections in a new release with \`npm run release\``,
      `error data/releases/2026-02-02.json $.previous_sha256: records the previous release's hash as ${first.sha256}, but 2026-02-01 has ${edited.sha256}\n  fix: restore the release files from git: an edited release breaks every later one`,
    ]);
  });

  it("refuse a deleted release, a release file added by hand, and a missing manifest", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    release(data, "First", "2026-02-01");
    const dir = join(data, "releases");
    const errorsNow = () => validateDataset(data, { root: join(data, ".."), today: "2026-02-03" }).errors.map((e) => `${e.file} ${e.path}: ${e.what}`);
    const text = readFileSync(join(dir, "2026-02-01.json"), "utf8");
    rmSync(join(dir, "2026-02-01.json"));
    expect(errorsNow()).toEqual(["data/releases/manifest.json $.releases[0]: release 2026-02-01 was published, but data/releases/2026-02-01.json is missing"]);
    writeFileSync(join(dir, "2026-02-01.json"), text);
    const manifest = readFileSync(join(dir, "manifest.json"), "utf8");
    rmSync(join(dir, "manifest.json"));
    expect(errorsNow()).toEqual(["data/releases/manifest.json $: is missing, though 1 release file(s) exist"]);
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({ releases: [] }));
    expect(errorsNow()).toEqual(["data/releases/2026-02-01.json $: release 2026-02-01 is not in data/releases/manifest.json"]);
    writeFileSync(join(dir, "manifest.json"), manifest);
    expect(errorsNow()).toEqual([]);
  });

  it("refuse a release dated in the future or by a path, and a summary with a control character (issue 13)", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    const whats = (o: { summary: string; date: string }) => {
      const p = prepareRelease(data, { ...o, root: join(data, ".."), today: "2026-02-01" });
      return p.ok ? [] : p.problems.map(formatProblem);
    };
    expect(whats({ summary: "First", date: "2026-02-02" })).toEqual([
      "error npm run release --date: 2026-02-02 is in the future (today is 2026-02-01)\n  fix: a release is dated the day it is made: leave --date out, or give today or an earlier day",
    ]);
    expect(whats({ summary: "First", date: "../../x" })).toEqual(['error npm run release --date: "../../x" is not a date\n  fix: give the release day as YYYY-MM-DD, or leave --date out for today']);
    expect(whats({ summary: "First\u001b]8;;https://evil.example\u0007", date: "2026-02-01" })[0]).toMatch(/^error npm run release --summary: contains the control character U\+001B at character 6\n/);
    expect(readdirSync(join(data, ".."))).toEqual(["data"]);
  });

  it("report a published series whose file cannot be read once, not once per figure (issue 13)", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100), figure("f2", "2026-01-11", 120), figure("f3", "2026-01-12", 130)]);
    release(data, "First", "2026-02-01");
    writeFileSync(join(data, "series/example-arrested.json"), "{ broken");
    const errors = validateDataset(data, { root: join(data, ".."), today: "2026-02-02" }).errors.map((e) => `${e.file} ${e.path}: ${e.what}`);
    expect(errors.filter((e) => /withdraw|published in release/.test(e))).toEqual(['data/series/example-arrested.json $: series "example-arrested", with 3 figure(s) published in release 2026-02-01, is not in data/']);
  });

  it("refuse removing or rewriting a published figure's correction", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    release(data, "First", "2026-02-01");
    const corrected = { corrections: [{ date: "2026-02-05", reason: "Typo." }], quote: "By then 110 people had been arrested.", figure_text: "110" };
    setFigures(data, [figure("f1", "2026-01-10", 110, corrected)]);
    release(data, "Second", "2026-02-05");
    const errorsNow = () => validateDataset(data, { root: join(data, ".."), today: "2026-02-06" }).errors.map((e) => e.what);
    const published = 'figure "f1" no longer carries the 1 correction(s) published with it in release 2026-02-05';
    setFigures(data, [figure("f1", "2026-01-10", 110, { ...corrected, corrections: [] })]);
    expect(errorsNow()).toEqual([published]);
    setFigures(data, [figure("f1", "2026-01-10", 110, { ...corrected, corrections: [{ date: "2026-02-05", reason: "A nicer story." }] })]);
    expect(errorsNow()).toEqual([published]);
    setFigures(data, [figure("f1", "2026-01-10", 110, { ...corrected, corrections: [...corrected.corrections, { date: "2026-02-06", reason: "Wording of the note." }] })]);
    expect(errorsNow()).toEqual([]);
  });

  it("keep the first release's numbers after a correction in the second", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    release(data, "First", "2026-02-01");
    setFigures(data, [figure("f1", "2026-01-10", 110, { corrections: [{ date: "2026-02-05", reason: "Typo." }], quote: "By then 110 people had been arrested.", figure_text: "110" })]);
    release(data, "Second", "2026-02-05");
    const v = validateDataset(data, { root: join(data, ".."), today: "2026-02-06" });
    expect(v.errors).toEqual([]);
    const [first, second] = v.releases;
    expect(first.data.figures[0].value).toBe(100);
    expect(second.data.figures[0].value).toBe(110);
    expect(figureHistory("f1", v.releases).map((h) => [h.version, h.status, h.figure?.value, h.reason])).toEqual([
      ["2026-02-01", "added", 100, undefined],
      ["2026-02-05", "changed", 110, "Typo."],
    ]);
  });
});

describe("the dataset commit", () => {
  it("is recorded when given, covered by the hash, and left out when not", () => {
    const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
    const commit = "a".repeat(40);
    const withCommit = prepareRelease(data, { summary: "First", date: "2026-02-01", root: join(data, ".."), datasetCommit: commit });
    const without = prepareRelease(data, { summary: "First", date: "2026-02-01", root: join(data, ".."), datasetCommit: null });
    if (!withCommit.ok || !without.ok) throw new Error("release refused");
    expect(withCommit.release.dataset_commit).toBe(commit);
    expect(JSON.parse(withCommit.text).dataset_commit).toBe(commit);
    expect("dataset_commit" in without.release).toBe(false);
    expect(withCommit.release.sha256).toBe(releaseHash({ ...without.release, dataset_commit: commit }));
    expect(withCommit.release.sha256).not.toBe(without.release.sha256);
  });
});
