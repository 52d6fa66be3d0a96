import { describe, expect, it } from "vitest";
import { searchTerm, searchWords } from "./search-term.ts";

describe("searchTerm", () => {
  it("compares Persian and Arabic spellings and digits as one, and drops what is left empty", () => {
    expect(searchTerm("كي")).toBe("کی");
    expect(searchTerm("۱۴۰۴")).toBe("1404");
    expect(searchTerm("٣٠٠")).toBe("300");
    expect(searchTerm("Éxécutions")).toBe("executions");
    // A lone vowel mark or tatweel is nothing to search for.
    expect(searchTerm("\u064e")).toBeNull();
    expect(searchTerm("ـ")).toBeNull();
  });
  it("cuts words at spaces, punctuation and zero-width non-joiners", () => {
    expect(searchWords("بازداشت‌شدگان, (HRANA)")).toEqual(["بازداشت", "شدگان", "HRANA"]);
  });
});
