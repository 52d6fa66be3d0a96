import { createHash } from "node:crypto";

/**
 * JSON with object keys sorted at every level and no insignificant whitespace, so the same
 * content always gives the same bytes and the same hash, whatever order it was written in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      // An undefined field stays undefined, which JSON.stringify leaves out.
      out[key] = sortKeys((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
}

export function sha256(text: string): string {
  // Stryker disable next-line StringLiteral: UTF-8 is also the default; named for the reader
  return createHash("sha256").update(text, "utf8").digest("hex");
}
