import { describe, expect, it } from "vitest";
import { latinDigits } from "./latin-digits.ts";

describe("latinDigits", () => {
  it("turns Persian and Arabic-Indic digits into Latin ones", () => {
    expect(latinDigits("۵۳٬۵۰۰")).toBe("53٬500");
    expect(latinDigits("٥٣,٥٠٠ and ۱۴۰۴")).toBe("53,500 and 1404");
  });
  it("leaves Latin digits, separators and letters alone", () => {
    expect(latinDigits("about 20,000 people")).toBe("about 20,000 people");
  });
});
