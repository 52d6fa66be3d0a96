import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { figure, organisation, series, source, wave } from "../../tests/unit/rules-dataset.ts";
import { boundedParse, loadDataset, MAX_PROBLEMS_PER_FILE } from "./load-dataset.ts";
import { z } from "./zod.ts";

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const json = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
const { series: _ignored, ...fileFigure } = figure();

/** A small valid data/ folder in a fresh <tmp>/data; `change` may break it before it is read. */
function dataDir(change: (data: string) => void = () => {}): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), "load-dataset-"));
  roots.push(root);
  const data = join(root, "data");
  mkdirSync(join(data, "series"), { recursive: true });
  json(join(data, "organisations.json"), { organisations: [organisation(), organisation({ id: "om", name: "Other Monitor", short_name: "OM" })] });
  json(join(data, "sources.json"), { sources: [source()] });
  json(join(data, "waves.json"), { $schema: "../schema/waves.schema.json", waves: [wave()] });
  json(join(data, "series", "erm-arrested.json"), { series: series(), figures: [fileFigure, { ...fileFigure, id: "erm-arrested.2", as_of: "2026-01-10" }] });
  change(data);
  return { root, data };
}
const shown = (problems: ReadonlyArray<{ severity: string; file: string; path: string; what: string; fix?: string }>) => problems.map((p) => `${p.severity} ${p.file} ${p.path}: ${p.what}`);

describe("loading data/", () => {
  it("reads every file into one dataset, each record remembering its file and place", () => {
    const { root, data } = dataDir((d) => {
      json(join(d, "withdrawn.json"), { withdrawn: [{ id: "erm-arrested.0", date: "2026-01-15", reason: "A duplicate of another figure." }] });
      mkdirSync(join(d, "translations"));
      json(join(d, "translations", "fa.json"), { organisations: {}, series: {}, waves: {} });
      mkdirSync(join(d, "releases"));
    });
    const { dataset, origins, problems } = loadDataset(data, root);
    expect(problems).toEqual([]);
    expect(dataset.organisations.map((o) => o.id)).toEqual(["erm", "om"]);
    expect(dataset.figures.map((f) => [f.id, f.series])).toEqual([
      ["erm-arrested.1", "erm-arrested"],
      ["erm-arrested.2", "erm-arrested"],
    ]);
    expect(origins.get(dataset.organisations[1])).toEqual({ file: "data/organisations.json", path: "$.organisations[1]" });
    expect(origins.get(dataset.sources[0])).toEqual({ file: "data/sources.json", path: "$.sources[0]" });
    expect(origins.get(dataset.waves[0])).toEqual({ file: "data/waves.json", path: "$.waves[0]" });
    expect(origins.get(dataset.series[0])).toEqual({ file: "data/series/erm-arrested.json", path: "$.series" });
    expect(origins.get(dataset.figures[1])).toEqual({ file: "data/series/erm-arrested.json", path: "$.figures[1]" });
    expect(dataset.withdrawn).toEqual([{ id: "erm-arrested.0", date: "2026-01-15", reason: "A duplicate of another figure." }]);
    expect(origins.get(dataset.withdrawn[0])).toEqual({ file: "data/withdrawn.json", path: "$.withdrawn[0]" });
    expect(Object.keys(dataset.translations)).toEqual(["fa"]);
    expect(origins.get(dataset.translations.fa)).toEqual({ file: "data/translations/fa.json", path: "$" });
    // The schema's defaults are filled in: a series is on the charts unless it says otherwise.
    expect(dataset.series[0].on_charts).toBe(true);
  });

  it("names the files relative to the project root it is given, or to the data folder's parent", () => {
    const { root, data } = dataDir((d) => json(join(d, "stray.json"), {}));
    expect(shown(loadDataset(data, root).problems)).toEqual(["error data/stray.json $: unexpected file in data/"]);
    expect(shown(loadDataset(data).problems)).toEqual(["error data/stray.json $: unexpected file in data/"]);
    expect(shown(loadDataset(data, join(root, "..")).problems)[0]).toMatch(/^error load-dataset-[^/]+\/data\/stray\.json \$/);
  });

  describe("a data folder that cannot be read is one problem", () => {
    const fix = "run the validator from the project root (npm run validate), or give the path of the data directory: npm run validate -- path/to/data";

    it("when it does not exist, named from the project root, or in full when it lies outside", () => {
      const { root } = dataDir();
      const result = loadDataset(join(root, "nothing"), root);
      expect(result.problems).toEqual([{ severity: "error", file: "nothing", path: "$", what: "the data directory does not exist", fix }]);
      expect(result.dataset.organisations).toEqual([]);
      const outside = join(root, "..", "elsewhere-never-made");
      expect(loadDataset(outside, root).problems).toEqual([{ severity: "error", file: outside, path: "$", what: "the data directory does not exist", fix }]);
    });

    it("when it is the project root itself, it is named in full", () => {
      const { root } = dataDir();
      const missing = join(root, "gone");
      expect(loadDataset(missing, missing).problems.map((p) => p.file)).toEqual([missing]);
    });

    it("when it is a file", () => {
      const { root } = dataDir((d) => writeFileSync(join(d, "..", "data.json"), "{}"));
      expect(loadDataset(join(root, "data.json"), root).problems).toEqual([{ severity: "error", file: "data.json", path: "$", what: "the data directory is a file, not a directory", fix }]);
    });

    it("when it is not a folder along the way", () => {
      const { root } = dataDir((d) => writeFileSync(join(d, "..", "plain"), ""));
      expect(loadDataset(join(root, "plain", "data"), root).problems).toEqual([
        { severity: "error", file: "plain/data", path: "$", what: "the data directory could not be read (ENOTDIR)", fix },
      ]);
    });
  });

  it("names a required file that is missing, and loads the rest", () => {
    const { root, data } = dataDir((d) => rmSync(join(d, "sources.json")));
    const { dataset, problems } = loadDataset(data, root);
    expect(problems).toEqual([{ severity: "error", file: "data/sources.json", path: "$", what: "file is missing", fix: "create sources.json (see CONTRIBUTING.md)" }]);
    expect(dataset.organisations).toHaveLength(2);
    expect(dataset.waves).toHaveLength(1);
  });

  it("leaves out the records of a file that fails its schema, and goes on with the others", () => {
    const { root, data } = dataDir((d) => {
      json(join(d, "organisations.json"), { organisations: [organisation({ kind: "club" as never })] });
      json(join(d, "withdrawn.json"), { withdrawn: [{ id: "x", date: "2026-13-01", reason: "Gone." }] });
      json(join(d, "series", "broken.json"), { series: series({ id: "broken" }), figures: [{ ...fileFigure, value: -1 }] });
    });
    const { dataset, problems } = loadDataset(data, root);
    expect(dataset.organisations).toEqual([]);
    expect(dataset.withdrawn).toEqual([]);
    expect(dataset.series.map((s) => s.id)).toEqual(["erm-arrested"]);
    expect(shown(problems).map((l) => l.split(":")[0])).toEqual([
      "error data/organisations.json $.organisations[0].kind",
      "error data/withdrawn.json $.withdrawn[0].date",
      "error data/series/broken.json $.figures[0].value",
    ]);
  });

  it("names a file that is not JSON, and loads nothing from it", () => {
    const { root, data } = dataDir((d) => writeFileSync(join(d, "waves.json"), "{ not json"));
    const { dataset, problems } = loadDataset(data, root);
    expect(dataset.waves).toEqual([]);
    expect(problems.map((p) => [p.file, p.severity])).toEqual([["data/waves.json", "error"]]);
  });

  it(`stops checking a file after ${MAX_PROBLEMS_PER_FILE} problems, and says there are more`, () => {
    const { root, data } = dataDir((d) => json(join(d, "sources.json"), { sources: Array.from({ length: 60 }, (_, i) => source({ id: `s${i}`, url: `https://example.org/${i}`, kind: "rumour" as never })) }));
    const { problems, dataset } = loadDataset(data, root);
    expect(problems).toHaveLength(51);
    expect(problems[49].path).toBe("$.sources[49].kind");
    expect(problems[50]).toEqual({
      severity: "error",
      file: "data/sources.json",
      path: "$",
      what: "the check of this file stopped after 50 problems; there are more",
      fix: "fix the problems listed above (they often share one cause), then run the validator again",
    });
    expect(dataset.sources).toEqual([]);
  });

  it("does not say there are more when a file has exactly as many problems as are listed", () => {
    const { root, data } = dataDir((d) => json(join(d, "sources.json"), { sources: Array.from({ length: 50 }, (_, i) => source({ id: `s${i}`, url: `https://example.org/${i}`, kind: "rumour" as never })) }));
    const { problems } = loadDataset(data, root);
    expect(problems).toHaveLength(50);
    expect(problems.every((p) => p.path.endsWith(".kind"))).toBe(true);
  });

  describe("series files", () => {
    it("are named by their series' id", () => {
      const { root, data } = dataDir((d) => json(join(d, "series", "arrests.json"), { series: series({ id: "erm-arrests" }), figures: [] }));
      const { problems, dataset } = loadDataset(data, root);
      expect(problems).toEqual([
        { severity: "error", file: "data/series/arrests.json", path: "$.series.id", what: 'series id "erm-arrests" does not match the file name', fix: "rename the file to series/erm-arrests.json, or change the id" },
      ]);
      expect(dataset.series.map((s) => s.id)).toEqual(["erm-arrests", "erm-arrested"]);
    });

    it("are JSON files: anything else in series/ is named", () => {
      const { root, data } = dataDir((d) => {
        writeFileSync(join(d, "series", "notes.txt"), "notes");
        mkdirSync(join(d, "series", "old.json"));
      });
      expect(shown(loadDataset(data, root).problems)).toEqual(["error data/series/notes.txt $: unexpected file in data/", "error data/series/old.json $: unexpected file in data/"]);
    });

    it("are read in the order of their names", () => {
      const { root, data } = dataDir((d) => {
        json(join(d, "series", "a-first.json"), { series: series({ id: "a-first" }), figures: [] });
        json(join(d, "series", "z-last.json"), { series: series({ id: "z-last" }), figures: [] });
      });
      expect(loadDataset(data, root).dataset.series.map((s) => s.id)).toEqual(["a-first", "erm-arrested", "z-last"]);
    });

    it("are read through readJsonFile when a link points nowhere, which names it as a link", () => {
      const { root, data } = dataDir((d) => symlinkSync(join(d, "nowhere.json"), join(d, "series", "dangling.json")));
      expect(shown(loadDataset(data, root).problems)).toEqual(["error data/series/dangling.json $: is a symbolic link"]);
    });

    it("may be missing altogether", () => {
      const { root, data } = dataDir((d) => rmSync(join(d, "series"), { recursive: true }));
      const { problems, dataset } = loadDataset(data, root);
      expect(problems).toEqual([]);
      expect(dataset.figures).toEqual([]);
    });
  });

  describe("the folders of data/", () => {
    it("hold one <locale>.json per language in translations/", () => {
      const { root, data } = dataDir((d) => {
        mkdirSync(join(d, "translations"));
        json(join(d, "translations", "french.json"), { organisations: {}, series: {}, waves: {} });
        json(join(d, "translations", "ckb.json"), { organisations: {}, series: {}, waves: {} });
        json(join(d, "translations", "fa.json"), { organisations: {}, series: {}, waves: {}, extra: 1 });
        json(join(d, "translations", "fa.json.bak"), { organisations: {}, series: {}, waves: {} });
      });
      const { problems, dataset } = loadDataset(data, root);
      expect(Object.keys(dataset.translations)).toEqual(["ckb"]);
      expect(problems[0]).toEqual({ severity: "error", file: "data/translations/fa.json", path: "$.extra", what: expect.stringContaining("extra"), fix: expect.any(String) });
      expect(problems.slice(1)).toEqual([
        { severity: "error", file: "data/translations/fa.json.bak", path: "$", what: "unexpected file in data/", fix: "translations/ holds one <locale>.json per language, e.g. fa.json" },
        { severity: "error", file: "data/translations/french.json", path: "$", what: "unexpected file in data/", fix: "translations/ holds one <locale>.json per language, e.g. fa.json" },
      ]);
    });

    it("are folders themselves, not links to folders", () => {
      const { root, data } = dataDir((d) => {
        mkdirSync(join(d, "..", "elsewhere"));
        symlinkSync(join(d, "..", "elsewhere"), join(d, "translations"));
      });
      expect(loadDataset(data, root).problems).toEqual([
        { severity: "error", file: "data/translations", path: "$", what: "is a symbolic link to a folder", fix: "data/ holds its folders themselves: replace the link with the folder" },
      ]);
    });

    it("are folders, not files", () => {
      const { root, data } = dataDir((d) => {
        rmSync(join(d, "series"), { recursive: true });
        writeFileSync(join(d, "series"), "");
      });
      expect(loadDataset(data, root).problems).toEqual([
        { severity: "error", file: "data/series", path: "$", what: "is a file, not a directory", fix: "this name is kept for a directory of JSON files: move the file away" },
      ]);
    });

    it("hold nothing else: a stray file or folder is named, releases/ is not", () => {
      const { root, data } = dataDir((d) => {
        mkdirSync(join(d, "releases"));
        mkdirSync(join(d, "drafts"));
        writeFileSync(join(d, "README.md"), "");
      });
      expect(loadDataset(data, root).problems).toEqual([
        {
          severity: "error",
          file: "data/README.md",
          path: "$",
          what: "unexpected file in data/",
          fix: "data/ holds organisations.json, sources.json, waves.json, withdrawn.json, series/<id>.json, translations/ and releases/ only: move or delete this file",
        },
        expect.objectContaining({ file: "data/drafts", what: "unexpected file in data/" }),
      ]);
    });
  });
});

describe("the bounded schema walk", () => {
  const Item = z.strictObject({ n: z.number(), tag: z.string().optional(), note: z.string().nullable().optional(), on: z.boolean().default(true) });
  const List = z.strictObject({ items: z.array(Item), byName: z.record(z.string(), z.number()).optional() });

  it("gives zod's own data for a valid value, defaults filled in", () => {
    expect(boundedParse(List, { items: [{ n: 1 }, { n: 2, tag: "b", note: null, on: false }], byName: { a: 1 } })).toEqual({
      success: true,
      data: { items: [{ n: 1, on: true }, { n: 2, tag: "b", note: null, on: false }], byName: { a: 1 } },
    });
  });

  it("names each problem by its full path, in order", () => {
    const result = boundedParse(List, { items: [{ n: "1" }, { n: 2, extra: true, also: 1 }], byName: { a: "x" } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.stopped).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid_type", ["items", 0, "n"]],
      ["unrecognized_keys", ["items", 1]],
      ["invalid_type", ["byName", "a"]],
    ]);
    expect(result.issues[1].message).toBe("Unrecognized keys: extra, also");
  });

  it("stops at its budget in a list, an object or a record, and says it stopped", () => {
    const inList = boundedParse(List, { items: [{}, {}, {}, {}] }, 2);
    expect(inList).toMatchObject({ success: false, stopped: true });
    if (!inList.success) expect(inList.issues.map((i) => i.path)).toEqual([["items", 0, "n"], ["items", 1, "n"]]);
    const Wide = z.strictObject({ a: z.number(), b: z.number(), c: z.number() });
    const inObject = boundedParse(Wide, { a: "x", b: "y", c: "z" }, 2);
    expect(inObject).toMatchObject({ success: false, stopped: true });
    if (!inObject.success) expect(inObject.issues.map((i) => i.path)).toEqual([["a"], ["b"]]);
    const inRecord = boundedParse(z.record(z.string(), z.number()), { a: "x", b: "y", c: "z" }, 2);
    expect(inRecord).toMatchObject({ success: false, stopped: true });
    if (!inRecord.success) expect(inRecord.issues.map((i) => i.path)).toEqual([["a"], ["b"]]);
  });

  it("does not stop when the problems exactly fill the budget", () => {
    const result = boundedParse(z.array(z.number()), ["a", "b"], 2);
    expect(result).toMatchObject({ success: false, stopped: false });
  });

  it("leaves checked lists, objects and records and loose objects to zod", () => {
    const AtLeastTwo = z.array(z.number()).min(2);
    expect(boundedParse(AtLeastTwo, [1])).toMatchObject({ success: false, issues: [{ code: "too_small", path: [] }] });
    const Loose = z.looseObject({ a: z.number() });
    expect(boundedParse(Loose, { a: 1, b: 2 })).toEqual({ success: true, data: { a: 1, b: 2 } });
    const Stripped = z.object({ a: z.number() });
    expect(boundedParse(Stripped, { a: 1, b: 2 })).toEqual({ success: true, data: { a: 1 } });
    const Refined = z.strictObject({ a: z.number() }).refine((v) => v.a > 1, "a must exceed 1");
    expect(boundedParse(Refined, { a: 1 })).toMatchObject({ success: false, issues: [{ message: "a must exceed 1" }] });
    const ShortKeys = z.record(z.string().max(1), z.number());
    expect(boundedParse(ShortKeys, { ab: 1 })).toMatchObject({ success: false });
    const OptionalChecked = z.array(z.number()).min(1).optional();
    expect(boundedParse(OptionalChecked, undefined)).toEqual({ success: true, data: undefined });
    expect(boundedParse(z.number().nullable(), null)).toEqual({ success: true, data: null });
    expect(boundedParse(z.strictObject({ a: z.number() }).nullable(), { a: "x" })).toMatchObject({ success: false, issues: [{ path: ["a"] }] });
    expect(boundedParse(z.number().default(3), undefined)).toEqual({ success: true, data: 3 });
  });

  it("reads a hostile value only up to one problem past its budget, in lists, records and objects", () => {
    /** The value, counting how many of its entries are read. */
    const counted = <T extends object>(target: T) => {
      const reads = { n: 0 };
      const proxy = new Proxy(target, {
        get(t, k, r) {
          if (typeof k === "string" && /^(\d+|k\d+|[a-e])$/.test(k)) reads.n++;
          return Reflect.get(t, k, r);
        },
      });
      return { proxy, reads };
    };
    const badList = () => counted(Array.from({ length: 1000 }, () => "not a number"));
    for (const schema of [z.array(z.number()), z.array(z.number()).optional(), z.array(z.number()).nullable(), z.array(z.number()).default([])]) {
      const { proxy, reads } = badList();
      expect(boundedParse(schema, proxy, 2)).toMatchObject({ success: false, stopped: true });
      expect(reads.n).toBe(3);
    }
    const record = counted(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, "x"])));
    expect(boundedParse(z.record(z.string(), z.number()), record.proxy, 2)).toMatchObject({ success: false, stopped: true });
    expect(record.reads.n).toBe(3);
    const object = counted({ a: "x", b: "x", c: "x", d: "x", e: "x" });
    const Five = z.strictObject({ a: z.number(), b: z.number(), c: z.number(), d: z.number(), e: z.number() });
    expect(boundedParse(Five, object.proxy, 1)).toMatchObject({ success: false, stopped: true, issues: [{ path: ["a"] }] });
    expect(object.reads.n).toBe(2);
  });

  it("refuses a list or a text where a record is expected, and keeps a record's own checks", () => {
    const Counts = z.record(z.string(), z.number());
    expect(boundedParse(Counts, [1, 2])).toMatchObject({ success: false, issues: [{ code: "invalid_type", path: [] }] });
    expect(boundedParse(Counts, "1")).toMatchObject({ success: false, issues: [{ code: "invalid_type", path: [] }] });
    const TwoAtLeast = Counts.refine((r) => Object.keys(r).length >= 2, "give at least two counts");
    expect(boundedParse(TwoAtLeast, { a: 1 })).toMatchObject({ success: false, issues: [{ message: "give at least two counts" }] });
  });

  it("keeps a key present with an undefined value out of the data, as zod does", () => {
    expect(boundedParse(z.strictObject({ a: z.number().optional() }), { a: undefined })).toEqual({ success: true, data: {} });
  });

  it("reads only the object's own keys, never inherited ones", () => {
    const proto = Object.create({ n: 5 }) as Record<string, unknown>;
    expect(boundedParse(z.strictObject({ n: z.number() }), proto)).toMatchObject({ success: false, issues: [{ path: ["n"] }] });
  });
});
