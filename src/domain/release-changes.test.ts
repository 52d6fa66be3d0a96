import { describe, expect, it } from "vitest";
import type { Dataset, DatasetFigure, Origins } from "../datasets/dataset.ts";
import { releaseChanges, snapshotOf } from "./release-changes.ts";

const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);
const fig = (id: string, value = 1) => ({ id, series: "s", value, source: "d-1" }) as unknown as DatasetFigure;
const dataset = (over: Partial<Dataset> = {}) =>
  ({ organisations: [], sources: [{ id: "d-1" }], waves: [], series: [{ id: "s" }], figures: [], withdrawn: [], translations: {}, ...over }) as unknown as Dataset;

describe("snapshotOf", () => {
  it("sorts every list by id, so a release diffs cleanly whatever order data/ lists things in", () => {
    const snap = snapshotOf(
      dataset({
        organisations: [{ id: "un" }, { id: "hrana" }, { id: "ihr" }],
        sources: [{ id: "s-b" }, { id: "s-a" }],
        waves: [{ id: "w-2026" }, { id: "w-2022" }],
        series: [{ id: "z" }, { id: "a" }],
        figures: [fig("f-10"), fig("f-09"), fig("f-1")],
      } as unknown as Partial<Dataset>),
    );
    expect([ids(snap.organisations), ids(snap.sources), ids(snap.waves), ids(snap.series), ids(snap.figures)]).toEqual([["hrana", "ihr", "un"], ["s-a", "s-b"], ["w-2022", "w-2026"], ["a", "z"], ["f-09", "f-1", "f-10"]]);
  });
});

describe("releaseChanges", () => {
  it("refuses a figure listed as withdrawn that is still in data/, naming where the withdrawal is", () => {
    const withdrawal = { id: "f-1", date: "2026-02-01", reason: "duplicate" };
    const origins: Origins = new WeakMap([[withdrawal, { file: "data/withdrawn.json", path: "$.withdrawn[0]" }]]);
    const { problems } = releaseChanges(null, dataset({ figures: [fig("f-1")], withdrawn: [withdrawal] } as unknown as Partial<Dataset>), origins);
    expect(problems).toEqual([
      { severity: "error", file: "data/withdrawn.json", path: "$.withdrawn[0].id", what: 'figure "f-1" is listed as withdrawn but is still in data/', fix: "remove the figure from its series file, or remove this withdrawal" },
    ]);
  });
  it("lists the sources added since the previous release, sorted, and every source of a first release", () => {
    const current = dataset({ sources: [{ id: "d-3" }, { id: "d-1" }, { id: "d-2" }] } as unknown as Partial<Dataset>);
    expect(releaseChanges(null, current, new WeakMap()).changes.sources_added).toEqual(["d-1", "d-2", "d-3"]);
    const previous = { version: "2026-02-01", data: snapshotOf(dataset()) };
    expect(releaseChanges(previous, current, new WeakMap()).changes.sources_added).toEqual(["d-2", "d-3"]);
  });
});
