import { isolateLatinRuns } from "../format/bidi.ts";

/**
 * A right-to-left edition's strings with every Latin run isolated (issue 12): plain strings,
 * and what functions return, at any depth. Keys in `keep` hold codes, not text ("fa-IR", "rtl").
 * Done once for the whole table, so a string added later cannot forget it.
 */
export function isolateLatinIn<T>(strings: T, keep: ReadonlySet<string>): T {
  const wrap = (value: unknown, key: string): unknown => {
    if (keep.has(key)) return value;
    if (typeof value === "string") return isolateLatinRuns(value);
    if (typeof value === "function") {
      const isolated = (...args: unknown[]) => wrap((value as (...a: unknown[]) => unknown)(...args), key);
      // Same arity as the original: a test compares the two editions' function signatures.
      return Object.defineProperty(isolated, "length", { value: value.length });
    }
    if (value && typeof value === "object" && !Array.isArray(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v, k)]));
    return value;
  };
  return wrap(strings, "") as T;
}
