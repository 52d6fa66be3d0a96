import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks so a standard parser reads the fields back", () => {
    const rows = [["a,b", 'say "hi"', "two\nlines", 7, null, "۱۲ نفر"]];
    const text = toCsv(["h1", "h2", "h3", "h4", "h5", "h6"], rows);
    expect(parse(text)).toEqual([["h1", "h2", "h3", "h4", "h5", "h6"], ["a,b", 'say "hi"', "two\nlines", "7", "", "۱۲ نفر"]]);
  });
  it("writes a missing value (null or undefined) as an empty field, never as 'undefined'", () => expect(toCsv(["a", "b", "c"], [[null, undefined, 0]])).toBe("a,b,c\r\n,,0\r\n"));
  it("ends every record with CRLF, as RFC 4180 says", () => expect(toCsv(["a"], [["1"]])).toBe("a\r\n1\r\n"));
});
