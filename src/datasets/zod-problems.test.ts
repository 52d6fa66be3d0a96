/**
 * The schema errors a contributor reads: zod's issues reworded into a plain "what" and "fix",
 * with the JSON path and the value found. Schemas are built inside each test (zod runs them
 * there), from the project's own where they show the case.
 */
import { describe, expect, it } from "vitest";
import type { Problem } from "./problem.ts";
import { AnnotationSource } from "./schemas/wave.ts";
import { Qualifier } from "./schemas/qualifier.ts";
import { z, type ZodType } from "./zod.ts";
import { problemsFromZod } from "./zod-problems.ts";

const FILE = "data/series/x.json";

function problems(schema: ZodType, input: unknown): Array<Omit<Problem, "severity" | "file">> {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return problemsFromZod(FILE, result.error, input).map(({ severity, file, ...rest }) => {
    expect(severity).toBe("error");
    expect(file).toBe(FILE);
    return rest;
  });
}

describe("problemsFromZod", () => {
  it("an unknown field: one problem per field, at its own path", () => {
    const schema = z.strictObject({ figures: z.array(z.strictObject({ id: z.string() })) });
    const fix = "remove it, or correct its spelling (see CONTRIBUTING.md for the fields each record takes)";
    expect(problems(schema, { figures: [{ id: "a" }, { id: "b", valeu: 1, sorce: "s" }] })).toEqual([
      { path: "$.figures[1].valeu", what: 'unknown field "valeu"', fix },
      { path: "$.figures[1].sorce", what: 'unknown field "sorce"', fix },
    ]);
  });

  it("a value not in a list of allowed ones: the value and the choices", () => {
    const schema = z.strictObject({ qualifier: Qualifier });
    expect(problems(schema, { qualifier: "approx" })).toEqual([
      { path: "$.qualifier", what: '"approx" is not an allowed value', fix: "use one of: exact, at_least, more_than, about, nearly, up_to, estimated, range" },
    ]);
    expect(problems(z.strictObject({ flag: z.literal(true), version: z.literal(1) }), { flag: "yes", version: 2 })).toEqual([
      { path: "$.flag", what: '"yes" is not an allowed value', fix: "use one of: true" },
      { path: "$.version", what: "2 is not an allowed value", fix: "use one of: 1" },
    ]);
  });

  it("a missing field that takes one of a list of values", () => {
    expect(problems(z.strictObject({ kind: z.enum(["ngo", "un"]) }), {})).toEqual([{ path: "$.kind", what: 'required field "kind" is missing', fix: 'add "kind" with one of: ngo, un' }]);
  });

  it("a value that fits none of a union's forms: what each form would need", () => {
    expect(problems(z.strictObject({ source: AnnotationSource }), { source: { documnet: "x" } })).toEqual([
      {
        path: "$.source",
        what: '{"documnet":"x"} matches none of the allowed forms',
        fix: 'either add "document" and remove "documnet"; or add "documents" and remove "documnet"; or add "reported_by" and add "citation_incomplete" and remove "documnet" (see CONTRIBUTING.md)',
      },
    ]);
    const union = z.union([z.strictObject({ a: z.number() }), z.strictObject({ b: z.strictObject({ c: z.string() }) })]);
    expect(problems(z.strictObject({ x: union }), { x: { a: "1", b: { c: 2 } } })[0].fix).toBe('either correct "a" and remove "b"; or correct "b.c" and remove "a" (see CONTRIBUTING.md)');
    expect(problems(z.strictObject({ x: union }), {})[0].what).toBe("missing matches none of the allowed forms");
    expect(problems(z.strictObject({ x: union }), { x: { a: "1", d: 1, e: 2 } })[0].fix).toBe('either correct "a" and remove "d", remove "e"; or add "b" and remove "a", remove "d", remove "e" (see CONTRIBUTING.md)');
  });

  it("a schema's own message: the value found, then its words", () => {
    const schema = z.strictObject({ id: z.string().regex(/^[a-z]+$/, { message: "is not a valid id|use lower-case letters" }) });
    expect(problems(schema, { id: "A b" })).toEqual([{ path: "$.id", what: '"A b" is not a valid id', fix: "use lower-case letters" }]);
  });

  it("a message with no fix part is shown as it is, with a pointer to CONTRIBUTING.md", () => {
    const fix = "see CONTRIBUTING.md for the rules of this field";
    expect(problems(z.strictObject({ id: z.string().min(3, { message: "is too short" }) }), { id: "ab" })).toEqual([{ path: "$.id", what: "is too short", fix }]);
    expect(problems(z.strictObject({ id: z.string().min(3, { message: "is too short|" }) }), { id: "ab" })).toEqual([{ path: "$.id", what: "is too short|", fix }]);
    expect(problems(z.strictObject({ id: z.string().min(3, { message: "|lengthen it" }) }), { id: "ab" })).toEqual([{ path: "$.id", what: "|lengthen it", fix }]);
  });

  it("a missing field, named with what it holds", () => {
    const schema = z.strictObject({ value: z.number(), quote: z.string(), primary: z.boolean(), cases: z.array(z.string()), hedge: z.strictObject({}), none: z.null() });
    const add = (field: string, what: string) => ({ path: `$.${field}`, what: `required field "${field}" is missing`, fix: `add "${field}" (${what}) to this record; see CONTRIBUTING.md for what it holds` });
    expect(problems(schema, {})).toEqual([
      add("value", "a number"),
      add("quote", "text"),
      add("primary", "true or false"),
      add("cases", "a list ([...])"),
      add("hedge", "an object ({...})"),
      add("none", "null"),
    ]);
  });

  it("a value of the wrong type: what it is not, and how to write it", () => {
    const schema = z.strictObject({ value: z.number(), quote: z.string(), primary: z.boolean(), cases: z.array(z.string()), hedge: z.strictObject({}), none: z.null(), big: z.bigint() });
    expect(problems(schema, { value: "2,638", quote: 12, primary: "yes", cases: "a", hedge: [], none: 0, big: 1 })).toEqual([
      {
        path: "$.value",
        what: '"2,638" is not a number',
        fix: "write the number in digits, without quotes or thousands separators (e.g. 2638); the number as printed in the source belongs in figure_text",
      },
      { path: "$.quote", what: "12 is not text", fix: "write the text in double quotes" },
      { path: "$.primary", what: '"yes" is not true or false', fix: "write true or false, without quotes" },
      { path: "$.cases", what: '"a" is not a list ([...])', fix: 'write a list in square brackets, e.g. [] or ["..."]' },
      { path: "$.hedge", what: "[] is not an object ({...})", fix: "write an object in curly brackets, { ... }" },
      { path: "$.none", what: "0 is not null", fix: "write null here" },
      { path: "$.big", what: "1 is not bigint", fix: "write bigint here" },
    ]);
  });

  it("a long value is cut after 57 characters; one of 60 is shown whole", () => {
    const schema = z.strictObject({ n: z.number() });
    const sixty = "x".repeat(58); // 60 characters once quoted
    expect(problems(schema, { n: sixty })[0].what).toBe(`"${sixty}" is not a number`);
    expect(problems(schema, { n: "x".repeat(59) })[0].what).toBe(`"${"x".repeat(56)}... is not a number`);
  });

  it("finds the value through lists and objects", () => {
    const schema = z.strictObject({ list: z.array(z.strictObject({ n: z.number() })) });
    expect(problems(schema, { list: [{ n: 1 }, { n: "2" }] })[0]).toMatchObject({ path: "$.list[1].n", what: '"2" is not a number' });
    const union = z.union([z.strictObject({ a: z.strictObject({ b: z.number() }) }), z.strictObject({ c: z.number() })]);
    expect(problems(z.strictObject({ x: union }), { x: { a: "text" } })[0].fix).toBe('either correct "a"; or add "c" and remove "a" (see CONTRIBUTING.md)');
  });
});
