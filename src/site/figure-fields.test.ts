import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { jsonField, tableField } from "./figure-fields.ts";

/** A Table Schema pattern matches the whole cell (Frictionless anchors it). */
const cellMatches = (field: Record<string, unknown>, cell: string) => new RegExp(`^(?:${(field.constraints as { pattern: string }).pattern})$`).test(cell);
/** Whether figures.json may hold `value` in this column. */
const jsonAccepts = (field: Record<string, unknown>, value: unknown) => new Ajv2020({ strict: true }).compile(field)(value);

describe("the Table Schema of each CSV column", () => {
  it("keys figures by a unique, required, well-formed id", () => {
    const f = tableField("figure_id");
    expect(f).toMatchObject({ name: "figure_id", type: "string", constraints: { required: true, unique: true } });
    expect(cellMatches(f, "hrana-arrested-2025-26.2026-01-10.hrana-day-14")).toBe(true);
    for (const bad of ["Has-Capitals", "two  spaces", "-leading", "a;b"]) expect(cellMatches(f, bad), bad).toBe(false);
  });

  it("allows one id in an id column, and ';'-joined ids in a list of ids", () => {
    expect(cellMatches(tableField("series_id"), "a-b.c")).toBe(true);
    expect(cellMatches(tableField("series_id"), "a;b")).toBe(false);
    expect(tableField("series_id").constraints).toMatchObject({ required: true });
    expect(tableField("series_id").constraints).not.toHaveProperty("unique");
    expect(cellMatches(tableField("corroborated_by"), "f1;f2.x")).toBe(true);
    expect(cellMatches(tableField("corroborated_by"), "f1;")).toBe(false);
    expect(cellMatches(tableField("other_documents"), "doc-1;doc-2")).toBe(true);
  });

  it("allows only known flags, ';'-joined, in figure_flags", () => {
    const f = tableField("figure_flags");
    expect(cellMatches(f, "as_of_inferred")).toBe(true);
    expect(cellMatches(f, "as_of_inferred;as_of_approximate")).toBe(true);
    expect(cellMatches(f, "invented_flag")).toBe(false);
    expect(cellMatches(f, "as_of_inferred;")).toBe(false);
  });

  it("types numbers as non-negative integers, dates as ISO dates, booleans as TRUE/FALSE, addresses as http(s)", () => {
    expect(tableField("value")).toMatchObject({ type: "integer", constraints: { minimum: 0 } });
    expect(tableField("value").constraints).not.toHaveProperty("required");
    expect(tableField("as_of")).toMatchObject({ type: "date", format: "default" });
    expect(tableField("as_of")).not.toHaveProperty("constraints");
    expect(tableField("source_published_inferred")).toMatchObject({ type: "boolean", trueValues: ["TRUE"], falseValues: ["FALSE"] });
    expect(tableField("value")).not.toHaveProperty("trueValues");
    expect(tableField("value")).not.toHaveProperty("format");
    const url = tableField("source_url");
    expect(cellMatches(url, "https://example.org/a")).toBe(true);
    expect(cellMatches(url, "ftp://example.org/a")).toBe(false);
    expect(tableField("measure").constraints).toMatchObject({ required: true, enum: expect.arrayContaining(["arrested", "killed"]) });
    expect(cellMatches(tableField("dataset_commit"), "0123456789abcdef0123456789abcdef01234567")).toBe(true);
    expect(cellMatches(tableField("dataset_commit"), "main")).toBe(false);
    // A dataset source's commit (the file read from a git repository) is a commit too.
    expect(cellMatches(tableField("source_dataset_commit"), "0123456789abcdef0123456789abcdef01234567")).toBe(true);
    expect(cellMatches(tableField("source_dataset_commit"), "v1.0")).toBe(false);
  });

  it("leaves free text unconstrained, and describes every column", () => {
    expect(tableField("notes")).toEqual({ name: "notes", type: "string", description: expect.stringMatching(/^Research notes/) });
  });
});

describe("the JSON Schema of each figures.json field", () => {
  it("gives the newest layout's lists as arrays: known flags, or non-empty names", () => {
    const flags = jsonField("figure_flags", 3);
    expect(jsonAccepts(flags, ["as_of_inferred"])).toBe(true);
    expect(jsonAccepts(flags, [])).toBe(true);
    expect(jsonAccepts(flags, ["invented_flag"])).toBe(false);
    expect(jsonAccepts(flags, "as_of_inferred")).toBe(false);
    const cases = jsonField("cases", 3);
    expect(jsonAccepts(cases, ["Erfan Soltani"])).toBe(true);
    expect(jsonAccepts(cases, [""])).toBe(false);
  });

  it("gives older layouts' lists as ';'-joined strings, flags \"\" when none and never null", () => {
    expect(jsonAccepts(jsonField("cases", 2), "A;B")).toBe(true);
    expect(jsonAccepts(jsonField("cases", 2), null)).toBe(true);
    expect(jsonAccepts(jsonField("cases", 2), ["A"])).toBe(false);
    expect(jsonAccepts(jsonField("flags", 2), "")).toBe(true);
    expect(jsonAccepts(jsonField("flags", 2), null)).toBe(false);
  });

  it("allows null only where a cell may be empty", () => {
    expect(jsonAccepts(jsonField("value", 3), 52941)).toBe(true);
    expect(jsonAccepts(jsonField("value", 3), null)).toBe(true);
    expect(jsonAccepts(jsonField("value", 3), -1)).toBe(false);
    expect(jsonAccepts(jsonField("value", 3), 1.5)).toBe(false);
    expect(jsonAccepts(jsonField("source_published_inferred", 3), false)).toBe(true);
    expect(jsonAccepts(jsonField("source_published_inferred", 3), "FALSE")).toBe(false);
    expect(jsonAccepts(jsonField("as_of", 3), "2026-01-10")).toBe(true);
    expect(jsonAccepts(jsonField("as_of", 3), null)).toBe(true);
    expect(jsonAccepts(jsonField("as_of", 3), "10 Jan 2026")).toBe(false);
    expect(jsonAccepts(jsonField("quote", 3), "At least 10.")).toBe(true);
    expect(jsonAccepts(jsonField("quote", 3), "")).toBe(false);
    expect(jsonAccepts(jsonField("quote", 3), null)).toBe(false);
    expect(jsonAccepts(jsonField("measure", 3), "arrested")).toBe(true);
    expect(jsonAccepts(jsonField("measure", 3), "arrests")).toBe(false);
    expect(jsonAccepts(jsonField("source_url", 3), "https://example.org/a")).toBe(true);
    expect(jsonAccepts(jsonField("source_url", 3), "example.org/a")).toBe(false);
    expect(jsonAccepts(jsonField("notes", 3), null)).toBe(true);
    expect(jsonAccepts(jsonField("notes", 3), "")).toBe(true);
  });
});
