import { describe, expect, it } from "vitest";
import { jsonSchemas, seriesRecordSchema } from "./json-schemas.ts";

describe("jsonSchemas", () => {
  it("describes the files as written: a field with a default (flags, on_charts) may be left out", () => {
    const series = JSON.parse(jsonSchemas()["series.schema.json"]);
    expect(series.title).toBe("data/series/<id>.json");
    expect(series.required).toEqual(["series", "figures"]);
    expect(series.properties.series.required).toContain("cumulative");
    expect(series.properties.series.required).not.toContain("on_charts");
    expect(series.properties.figures.items.required).toContain("quote");
    expect(series.properties.figures.items.required).not.toContain("flags");
  });
  it("is pretty-printed with two spaces and ends with a line break, as committed files are", () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(text.startsWith('{\n  "$schema": '), name).toBe(true);
      expect(text.endsWith("}\n"), name).toBe(true);
    }
  });
});

describe("seriesRecordSchema", () => {
  it("describes a series as the API serves it: defaults applied, so on_charts is always there", () => {
    const schema = seriesRecordSchema();
    expect(schema.$schema).toBeUndefined();
    expect(schema.type).toBe("object");
    expect(schema.required).toContain("on_charts");
    expect(schema.required).toContain("id");
    expect(schema.required).not.toContain("unit");
  });
});
