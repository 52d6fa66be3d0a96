import { describe, expect, it } from "vitest";
import { isRealDate } from "./real-date.ts";

describe("isRealDate", () => {
  it("accepts days that exist, leap days included", () => {
    for (const d of ["2026-01-11", "2024-02-29", "2000-02-29", "2025-12-31"]) expect(isRealDate(d), d).toBe(true);
  });
  it("refuses days that do not exist, which Date.parse would move to another day", () => {
    for (const d of ["2026-02-30", "2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32"]) expect(isRealDate(d), d).toBe(false);
  });
  it("refuses a year Date.UTC would read as 19xx, and anything but YYYY-MM-DD alone", () => {
    expect(isRealDate("0026-01-11")).toBe(false);
    for (const d of ["2026-1-11", "x2026-01-11", "2026-01-11x", "12026-01-11", "2026-01-11T00:00", ""]) expect(isRealDate(d), d).toBe(false);
  });
});
