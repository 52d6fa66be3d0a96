/**
 * The JSON Schemas in schema/ are generated from the zod schemas by `npm run schema`. This test
 * fails when they drift: change the zod schema, run `npm run schema`, commit both.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemas, SCHEMA_DIR } from "../../scripts/write-json-schema.ts";

const DATA = join(SCHEMA_DIR, "../data");

describe("schema/", () => {
  // Names only, read when the tests are collected; every test generates the schemas itself,
  // inside the test, so that mutation testing sees the generator run (docs/TESTING.md).
  const names = Object.keys(jsonSchemas());

  it("holds exactly the generated files", () => {
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual(Object.keys(jsonSchemas()).sort());
  });

  it.each(names)("%s equals what `npm run schema` generates now", (name) => {
    const generated = jsonSchemas();
    const committed = join(SCHEMA_DIR, name);
    expect(existsSync(committed), `schema/${name} is missing: run npm run schema`).toBe(true);
    expect(readFileSync(committed, "utf8"), `schema/${name} is stale: run npm run schema`).toBe(generated[name]);
  });

  it("is deterministic", () => {
    expect(jsonSchemas()).toEqual(jsonSchemas());
  });

  it("gives each schema a title and a description, and refuses unknown fields", () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      const schema = JSON.parse(text);
      expect(schema.title, name).toMatch(/^data\//);
      expect(schema.description, name).toBeTruthy();
      expect(schema.additionalProperties, name).toBe(false);
    }
  });

  it("is the schema every data file names in $schema", () => {
    const named = (file: string) => JSON.parse(readFileSync(join(DATA, file), "utf8")).$schema;
    expect(named("organisations.json")).toBe("../schema/organisations.schema.json");
    expect(named("sources.json")).toBe("../schema/sources.schema.json");
    expect(named("waves.json")).toBe("../schema/waves.schema.json");
    for (const file of readdirSync(join(DATA, "series"))) expect(named(`series/${file}`), file).toBe("../../schema/series.schema.json");
    for (const ref of ["organisations", "sources", "waves", "series"]) expect(names).toContain(`${ref}.schema.json`);
  });
});
