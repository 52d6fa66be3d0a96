import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { fa } from "../../src/i18n/fa.ts";

/** Every key path of a strings object, with "()" marking functions and their arity. */
function shape(value: unknown, path = ""): string[] {
  if (typeof value === "function") return [`${path}()/${value.length}`];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [path];
}

describe("UI strings", () => {
  it("have the same keys and function arities in English and Persian", () => {
    const a = new Set(shape(en));
    const b = new Set(shape(fa));
    expect([...a].filter((k) => !b.has(k)), "missing in fa.ts").toEqual([]);
    expect([...b].filter((k) => !a.has(k)), "missing in en.ts").toEqual([]);
  });

  it("are translated: no Persian string equals its English one, except technical names", () => {
    const SAME = new Set(["CSV", "SVG", "BibTeX", "RIS", "CSL-JSON", "", "rtl", "ltr"]);
    const same: string[] = [];
    const walk = (x: unknown, y: unknown, path: string) => {
      if (typeof x === "string") {
        if (x === y && !SAME.has(x)) same.push(path);
      } else if (x && typeof x === "object") for (const k of Object.keys(x)) walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)?.[k], `${path}.${k}`);
    };
    walk(en, fa, "");
    expect(same).toEqual([]);
  });

  it("say the language and direction of each edition", () => {
    expect([en.locale, en.dir, fa.locale, fa.dir]).toEqual(["en", "ltr", "fa", "rtl"]);
  });
});
