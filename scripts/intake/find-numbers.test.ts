import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/datasets/schemas/figure.ts";
import { findNumbers } from "./find-numbers.ts";

const pick = (quote: string) => findNumbers(quote).map(({ text, value }) => [text, value]);

describe("findNumbers", () => {
  it("lists every number of a quote in reading order, with its exact words", () => {
    expect(pick("At least 119 citizens have been arrested, seven people have been killed, and at least 33 others injured.")).toEqual([
      ["119", 119],
      ["seven", 7],
      ["33", 33],
    ]);
  });

  it("reads locale separators: comma, dot, space, no-break space", () => {
    expect(pick("53,500 arrested")).toEqual([["53,500", 53500]]);
    expect(pick("sono 52.941 gli arresti")).toEqual([["52.941", 52941]]);
    expect(pick("2 638 personnes")).toEqual([["2 638", 2638]]);
    expect(pick("1\u00a0234\u00a0567 people")).toEqual([["1\u00a0234\u00a0567", 1234567]]);
  });

  it("does not read a decimal point as a thousands separator", () => {
    expect(pick("3.5 per cent")).toEqual([
      ["3", 3],
      ["5", 5],
    ]);
  });

  it("reads Persian and Arabic-Indic digits with their thousands separator", () => {
    expect(pick("دست‌کم ۵۳٬۵۰۰ نفر بازداشت شده‌اند")).toEqual([["۵۳٬۵۰۰", 53500]]);
    expect(pick("بلغ عدد المعتقلين ٢٢ شخصا")).toEqual([["٢٢", 22]]);
  });

  it("reads Turkish and Italian thousands as one number", () => {
    expect(pick("en az 49 bin 70 kişi gözaltına alındı")).toEqual([["49 bin 70", 49070]]);
    expect(pick("2 bin 277 kişi")).toEqual([["2 bin 277", 2277]]);
    expect(pick("oltre 18 mila arresti")).toEqual([["18 mila", 18000]]);
  });

  it("reads English number words, compounds included", () => {
    expect(pick("Two thousand people were held")).toEqual([["Two thousand", 2000]]);
    expect(pick("two hundred and fifty were freed")).toEqual([["two hundred and fifty", 250]]);
    expect(pick("twenty-one executions")).toEqual([["twenty-one", 21]]);
    // "and" between two separate counts does not join them
    expect(pick("seven and nine were killed")).toEqual([
      ["seven", 7],
      ["nine", 9],
    ]);
  });

  it("reads ordinals and Italian number words that state counts", () => {
    expect(pick("Kourkouri is the eleventh individual known to have been executed")).toEqual([["eleventh", 11]]);
    expect(pick("finora quattro manifestanti sono stati giustiziati")).toEqual([["quattro", 4]]);
  });

  it("reads Persian number words, and not the word for 'not'", () => {
    expect(pick("بر اساس اعلام وزارت کشور٬ بیش از پنج هزار نفر بازداشت و ۲۲ تن کشته شدند")).toEqual([
      ["پنج هزار", 5000],
      ["۲۲", 22],
    ]);
    expect(pick("سیصد و پنجاه نفر")).toEqual([["سیصد و پنجاه", 350]]);
    expect(pick("او نه گفت")).toEqual([]);
  });

  it("gives words that occur in the quote exactly where it says", () => {
    const quote = "Between 3,000 and 4,000 people; ۱۲ more";
    for (const m of findNumbers(quote)) expect(quote.slice(m.index, m.index + m.text.length)).toBe(m.text);
  });

  it("finds nothing in a quote without a number", () => {
    expect(findNumbers("Tens of thousands of protesters remain in detention.")).toEqual([]);
  });
});

// Reads every series file of data/: allow for a busy machine.
describe("findNumbers on the recorded figures", { timeout: 120_000 }, () => {
  it("offers the words and value of every figure in data/ that states one number itself", () => {
    const dir = join(import.meta.dirname, "../../data/series");
    const missed: string[] = [];
    let checked = 0;
    for (const name of readdirSync(dir)) {
      for (const f of JSON.parse(readFileSync(join(dir, name), "utf8")).figures as Figure[]) {
        // Ranges span two numbers; named cases and this project's counts are not one number of
        // the quote; the compiled table's figures quote a CSV line.
        if (f.value === undefined || (f.basis && f.basis !== "total") || f.source.startsWith("github-")) continue;
        checked++;
        if (!findNumbers(f.quote).some((m) => m.text === f.figure_text && m.value === f.value)) missed.push(`${f.id}: ${f.figure_text}`);
      }
    }
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });
});
