import { describe, expect, it } from "vitest";
import { canonicalJson, sha256 } from "./canonical-json.ts";

describe("canonicalJson", () => {
  it("sorts keys at every depth so key order never changes the bytes", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
  });
  it("drops undefined fields, as JSON does", () => expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}'));
  it("keeps array order, which is meaningful", () => expect(canonicalJson([2, 1])).toBe("[2,1]"));
});

describe("sha256", () => {
  it("hashes UTF-8 text to lower-case hex (known vector for 'abc')", () =>
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
});
