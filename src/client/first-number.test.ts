import { describe, expect, it } from "vitest";
import { firstNumber } from "./first-number.ts";

describe("firstNumber", () => {
  it("reads grouped Latin numbers after words", () => expect(firstNumber("at least 52,941 (named cases: A, B)")).toBe("52941"));
  it("reads a range's low end", () => expect(firstNumber("between 400 and 1,500")).toBe("400"));
  it("reads Persian digits and the Persian group separator", () => expect(firstNumber("بین ۴۰۰ و ۱٬۵۰۰")).toBe("400"));
  it("reads a Persian number with group separators whole", () => expect(firstNumber("حدود ۵۳٬۵۰۰")).toBe("53500"));
  it("gives nothing when there is no number", () => expect(firstNumber("—")).toBe(""));
});
