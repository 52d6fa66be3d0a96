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
  const [customWhat, customFix] = issue.message.includes("|") ? issue.message.split("|", 2) : [undefined, undefined];
  if (customWhat && customFix) return [{ ...base, path, what: `${show(got)} ${customWhat}`, fix: customFix }];

  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        ...base,
        path: jsonPath([...issue.path, key]),
        what: `unknown field "${key}"`,
        fix: "remove it, or correct its spelling (see CONTRIBUTING.md for the fields each record takes)",
      }));
    case "invalid_type":
      if (got === undefined)
        return [{ ...base, path, what: `required field is missing (expected ${issue.expected})`, fix: `add "${String(issue.path.at(-1))}"` }];
      return [{ ...base, path, what: `${show(got)} is not ${article(issue.expected)}`, fix: `write ${article(issue.expected)} here` }];
    case "invalid_value":
      return [
        {
          ...base,
          path,
          what: `${show(got)} is not an allowed value`,
          fix: `use one of: ${issue.values.map((v) => String(v)).join(", ")}`,
        },
      ];
    case "invalid_union":
      return [{ ...base, path, what: `${show(got)} matches none of the allowed shapes`, fix: "see CONTRIBUTING.md for the fields this record takes" }];
    default:
      return [{ ...base, path, what: issue.message, fix: "see CONTRIBUTING.md for the rules of this field" }];
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: "a text string",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    array: "a list ([...])",
    object: "an object ({...})",
    null: "null",
  };
  return names[expected] ?? expected;
}
