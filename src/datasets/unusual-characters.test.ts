/**
 * Characters that look like others or like nothing, named in messages so that a quote and the
 * text said not to match it no longer look identical, and control characters written out so
 * a terminal never obeys them.
 */
import { describe, expect, it } from "vitest";
import { codePoint, terminalSafe, unusualCharacters } from "./unusual-characters.ts";

describe("codePoint", () => {
  it("writes U+ and at least four upper-case hex digits", () => {
    expect(codePoint("\u00a0")).toBe("U+00A0");
    expect(codePoint("\u200b")).toBe("U+200B");
    expect(codePoint("\n")).toBe("U+000A");
    expect(codePoint("\u{e0020}")).toBe("U+E0020");
  });
});

describe("unusualCharacters", () => {
  it("is empty for plain text, spaces, Latin digits and precomposed letters", () => {
    expect(unusualCharacters("12 000 people, café, هرانا, 😀")).toBe("");
  });
  it("names known invisible characters by name, at their character (not UTF-16 unit)", () => {
    expect(unusualCharacters("12\u00a0000")).toBe(" (it contains U+00A0 NO-BREAK SPACE at character 3)");
    expect(unusualCharacters("😀\u200b")).toBe(" (it contains U+200B ZERO WIDTH SPACE at character 2)");
    expect(unusualCharacters("\ufeffx")).toBe(" (it contains U+FEFF ZERO WIDTH NO-BREAK SPACE at character 1)");
  });
  it("describes the others by kind: digits of another script, combining marks, other spaces and format characters", () => {
    expect(unusualCharacters("۱۲")).toBe(" (it contains U+06F1 a digit of another script at character 1, U+06F2 a digit of another script at character 2)");
    expect(unusualCharacters("e\u0301")).toBe(" (it contains U+0301 a combining mark (an accent written apart from its letter) at character 2)");
    expect(unusualCharacters("a\u2003b")).toBe(" (it contains U+2003 an invisible or unusual space at character 2)");
    expect(unusualCharacters("a\u2061b")).toBe(" (it contains U+2061 an invisible or unusual space at character 2)");
  });
  it("lists three by default, or as many as asked", () => {
    const text = "\u00a0a\u00a0b\u00a0c\u00a0";
    expect(unusualCharacters(text)).toBe(" (it contains U+00A0 NO-BREAK SPACE at character 1, U+00A0 NO-BREAK SPACE at character 3, U+00A0 NO-BREAK SPACE at character 5)");
    expect(unusualCharacters(text, 1)).toBe(" (it contains U+00A0 NO-BREAK SPACE at character 1)");
  });
});

describe("terminalSafe", () => {
  it("writes out C0 and C1 control characters and DEL, keeping line breaks", () => {
    expect(terminalSafe("a\u0000b\tc\nd\u000be\u001bf\u001fg\u007fh\u0080i\u009fj")).toBe("a\\u0000b\\u0009c\nd\\u000be\\u001bf\\u001fg\\u007fh\\u0080i\\u009fj");
  });
  it("leaves printable text alone, including spaces and other scripts", () => {
    expect(terminalSafe("12 000 \u00a0هرانا ~ é")).toBe("12 000 \u00a0هرانا ~ é");
  });
});
