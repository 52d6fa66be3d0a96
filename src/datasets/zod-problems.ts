import type { z } from "./zod.ts";
import { jsonPath, type Problem } from "./problem.ts";

/**
 * Translates zod issues into Problems with a plain "what" and "fix". Schemas write custom
 * messages as "what|fix"; zod's built-in issues are reworded here so no reader sees zod's jargon.
 */
export function problemsFromZod(file: string, error: z.ZodError, input: unknown): Problem[] {
  return error.issues.flatMap((issue) => fromIssue(file, issue, input));
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = input;
  for (const k of path) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: zod reports no issue below a value that is not an object, so this only guards
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return v;
}

function show(v: unknown): string {
  if (v === undefined) return "missing";
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function fromIssue(file: string, issue: z.core.$ZodIssue, input: unknown): Problem[] {
  const base = { severity: "error" as const, file };
  const path = jsonPath(issue.path);
  const got = valueAt(input, issue.path);
  // Stryker disable next-line StringLiteral: a missing value always has a field name (a JSON file's top level is never missing)
  const field = String(issue.path.at(-1) ?? "");

  // zod's own issues first: their messages may contain "|" (an enum's options), which must
  // not be read as a schema's custom "what|fix" message.
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        ...base,
        path: jsonPath([...issue.path, key]),
        what: `unknown field "${key}"`,
        fix: "remove it, or correct its spelling (see CONTRIBUTING.md for the fields each record takes)",
      }));
    case "invalid_value": {
      const allowed = issue.values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
      if (got === undefined) return [{ ...base, path, what: `required field "${field}" is missing`, fix: `add "${field}" with one of: ${allowed}` }];
      return [{ ...base, path, what: `${show(got)} is not an allowed value`, fix: `use one of: ${allowed}` }];
    }
    case "invalid_union":
      return [
        {
          ...base,
          path,
          what: `${show(got)} matches none of the allowed forms`,
          fix: `${issue.errors.map((branch, i) => `${i === 0 ? "either" : "or"} ${describeBranch(branch, got)}`).join("; ")} (see CONTRIBUTING.md)`,
        },
      ];
  }

  const [customWhat, customFix] = issue.message.includes("|") ? issue.message.split("|", 2) : [undefined, undefined];
  if (customWhat && customFix) return [{ ...base, path, what: `${show(got)} ${customWhat}`, fix: customFix }];

  if (issue.code === "invalid_type") {
    if (got === undefined)
      return [{ ...base, path, what: `required field "${field}" is missing`, fix: `add "${field}" (${article(issue.expected)}) to this record; see CONTRIBUTING.md for what it holds` }];
    return [{ ...base, path, what: `${show(got)} is not ${article(issue.expected)}`, fix: HOW_TO_WRITE[issue.expected] ?? `write ${article(issue.expected)} here` }];
  }
  return [{ ...base, path, what: issue.message, fix: "see CONTRIBUTING.md for the rules of this field" }];
}

/** One alternative of a union, as the changes that would make the value fit it. */
function describeBranch(issues: ReadonlyArray<z.core.$ZodIssue>, got: unknown): string {
  return issues
    .map((issue) => {
      if (issue.code === "unrecognized_keys") return issue.keys.map((k) => `remove "${k}"`).join(", ");
      const key = issue.path.map(String).join(".");
      if (valueAt(got, issue.path) === undefined) return `add "${key}"`;
      return `correct "${key}"`;
    })
    .join(" and ");
}

const HOW_TO_WRITE: Record<string, string> = {
  number: "write the number in digits, without quotes or thousands separators (e.g. 2638); the number as printed in the source belongs in figure_text",
  string: "write the text in double quotes",
  boolean: "write true or false, without quotes",
  array: "write a list in square brackets, e.g. [] or [\"...\"]",
  object: "write an object in curly brackets, { ... }",
};

function article(expected: string): string {
  const names: Record<string, string> = {
    string: "text",
    number: "a number",
    // Stryker disable next-line StringLiteral: zod 4 reports a non-number as expected "number" even for int(); kept in case a version names it
    int: "a whole number",
    boolean: "true or false",
    array: "a list ([...])",
    object: "an object ({...})",
    null: "null",
  };
  return names[expected] ?? expected;
}
