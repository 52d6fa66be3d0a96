/**
 * Every release's downloads in dist/, checked by real validators: the Frictionless libraries
 * read each datapackage.json and every CSV through its Table Schema (types, date formats,
 * constraints, keys), and Ajv checks every JSON download and API file against the JSON Schema
 * it declares. A column whose values stop matching its declared type fails here.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { checkDataPackage, checkJson, schemaFileFor } from "./data-package-check.ts";

const DIST = join(import.meta.dirname, "../../dist");
const DOWNLOADS = join(DIST, "downloads");
const versions = readdirSync(DOWNLOADS).filter((v) => v !== "latest");
const newest = JSON.parse(readFileSync(join(DIST, "api/v1/index.json"), "utf8")).version as string;
const LONG = 300_000;

describe("release data packages", () => {
  it("there is one for every release", () => {
    expect(versions.length).toBeGreaterThanOrEqual(2);
    for (const v of [...versions, "latest"]) expect(existsSync(join(DOWNLOADS, v, "datapackage.json")), v).toBe(true);
  });

  it.each(versions)("%s: the package, every CSV against its Table Schema (keys included) and every JSON against its JSON Schema are valid", async (v) => {
    expect(await checkDataPackage(join(DOWNLOADS, v), { relations: true })).toEqual([]);
  }, LONG);

  it("latest serves the newest release's files byte for byte", () => {
    const files = (dir: string, base = ""): string[] =>
      readdirSync(join(dir, base), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, join(base, e.name)) : [join(base, e.name)]));
    const newestFiles = files(join(DOWNLOADS, newest)).sort();
    expect(files(join(DOWNLOADS, "latest")).sort()).toEqual(newestFiles);
    for (const f of newestFiles) expect(readFileSync(join(DOWNLOADS, "latest", f)).equals(readFileSync(join(DOWNLOADS, newest, f))), f).toBe(true);
  });

  it("declares CC-BY-4.0, its sources, and a Table Schema whose fields are the CSV's header", () => {
    for (const v of versions) {
      const dir = join(DOWNLOADS, v);
      const pkg = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
      expect(pkg.licenses.map((l: { name: string }) => l.name)).toEqual(["CC-BY-4.0"]);
      const dataset = JSON.parse(readFileSync(join(dir, "dataset.json"), "utf8"));
      expect(pkg.sources.map((s: { path: string }) => s.path).sort()).toEqual(dataset.data.sources.map((s: { url: string }) => s.url).sort());
      const figures = pkg.resources.find((r: { name: string }) => r.name === "figures");
      const schema = JSON.parse(readFileSync(join(dir, figures.schema), "utf8"));
      const header = readFileSync(join(dir, "figures.csv"), "utf8").split("\r\n")[0];
      expect(schema.fields.map((f: { name: string }) => f.name).join(",")).toBe(header);
      expect(schema.primaryKey).toEqual(["figure_id"]);
    }
  });
});

describe("API files against their JSON Schemas", () => {
  const api = join(DIST, "api/v1");
  const files = ["index.json", ...readdirSync(join(api, "series")).map((f) => `series/${f}`)];
  it("every /api/v1 file names its schema and validates against it", () => {
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const path = join(api, f);
      const { $schema } = JSON.parse(readFileSync(path, "utf8"));
      expect($schema, f).toMatch(/\/api\/v1\/schema\/(index|series)\.schema\.json$/);
      expect(checkJson(schemaFileFor(DIST, path, $schema), path), f).toEqual([]);
    }
  });
});

describe("the validators catch a regression", () => {
  const tmp = mkdtempSync(join(tmpdir(), "datapkg-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const copy = (name: string) => {
    const dir = join(tmp, name);
    cpSync(join(DOWNLOADS, newest), dir, { recursive: true });
    return dir;
  };
  // Changes one row of figures.csv, written back with RFC 4180 quoting.
  const editCsv = (dir: string, edit: (row: Record<string, string>) => boolean) => {
    const [header, ...rows] = parse(readFileSync(join(dir, "figures.csv"), "utf8")) as string[][];
    const i = rows.findIndex((cells) => edit(new Proxy({} as Record<string, string>, {
      get: (_, k: string) => cells[header.indexOf(k)],
      set: (_, k: string, value: string) => ((cells[header.indexOf(k)] = value), true),
    })));
    expect(i).toBeGreaterThanOrEqual(0);
    const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    writeFileSync(join(dir, "figures.csv"), [header, ...rows].map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n");
  };

  it("a value that is not a whole number", async () => {
    const dir = copy("fraction");
    editCsv(dir, (r) => r.value !== "" && ((r.value = "12.5"), true));
    const problems = (await checkDataPackage(dir)).join("\n");
    expect(problems).toMatch(/figures\.csv: row \d+: .*"12\.5" in column "value" is not type "integer"/);
  }, LONG);

  it("a date that is not a date, and a measure that is not one", async () => {
    const dir = copy("date");
    editCsv(dir, (r) => r.as_of !== "" && ((r.as_of = "13 Jan 2026"), (r.measure = "arrests"), true));
    const problems = (await checkDataPackage(dir)).join("\n");
    expect(problems).toMatch(/"13 Jan 2026" in column "as_of" is not type "date"/);
    expect(problems).toMatch(/"arrests" does not conform to the "enum" constraint for column "measure"/);
  }, LONG);

  it("a series row that is not in figures.csv (foreign key)", async () => {
    const dir = copy("orphan");
    const seriesFile = readdirSync(join(dir, "series"))[0];
    const text = readFileSync(join(dir, "series", seriesFile), "utf8");
    const [header, first, ...rest] = text.split("\r\n");
    writeFileSync(join(dir, "series", seriesFile), [header, first.replace(/^[^,]+,/, "no-such-figure,"), ...rest].join("\r\n"));
    const problems = (await checkDataPackage(dir, { relations: `series/${seriesFile}` })).join("\n");
    expect(problems).toMatch(new RegExp(`series/${seriesFile}: row \\d+: Foreign key "figure_id" violation`));
  }, LONG);

  it("a JSON download whose number became a string", () => {
    const dir = copy("json");
    const file = join(dir, "figures.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    const f = json.figures.find((x: { value: unknown }) => typeof x.value === "number");
    f.value = String(f.value);
    writeFileSync(file, JSON.stringify(json));
    expect(checkJson(join(dir, "schema/figures.schema.json"), file).join("\n")).toMatch(/\/figures\/\d+\/value must be integer/);
  });
});
