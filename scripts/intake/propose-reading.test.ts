import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/datasets/schemas/figure.ts";
import { findNumbers } from "./find-numbers.ts";
import { proposeReading } from "./propose-reading.ts";

/** The reading of the number whose words are `text`. */
function read(quote: string, text: string) {
  const mentions = findNumbers(quote);
  const i = mentions.findIndex((m) => m.text === text);
  expect(i).toBeGreaterThanOrEqual(0);
  return proposeReading(quote, mentions, i);
}

describe("proposeReading", () => {
  it("proposes the qualifier from the words before the number", () => {
    expect(read("At least 26,314 people have been arrested", "26,314")).toMatchObject({ value: 26314, qualifier: "at_least", qualifier_words: "At least" });
    expect(read("more than 10,681 people", "10,681").qualifier).toBe("more_than");
    expect(read("around 2,000 people", "2,000").qualifier).toBe("about");
    expect(read("nearly 20,000 detained", "20,000").qualifier).toBe("nearly");
    expect(read("up to 12,000 people", "12,000").qualifier).toBe("up_to");
    expect(read("an estimated 20,000 people", "20,000").qualifier).toBe("estimated");
    expect(read("almeno 52.941 persone", "52.941").qualifier).toBe("at_least");
    expect(read("al menos 2.076 ciudadanos", "2.076").qualifier).toBe("at_least");
    expect(read("أن 116 شخصاً على الأقل لقوا حتفهم", "116").qualifier).toBe("at_least");
    expect(read("the number arrested has exceeded 1,000", "1,000").qualifier).toBe("more_than");
    expect(read("دست‌کم ۵۳٬۵۰۰ نفر", "۵۳٬۵۰۰").qualifier).toBe("at_least");
    expect(read("بیش از پنج هزار نفر بازداشت", "پنج هزار")).toMatchObject({ value: 5000, qualifier: "more_than" });
    expect(read("2,217 people detained", "2,217")).toMatchObject({ value: 2217, qualifier: "exact", figure_text: "2,217" });
  });

  it("reads only the words of the chosen number", () => {
    const quote = "At least 119 citizens have been arrested, seven people have been killed";
    expect(read(quote, "seven")).toMatchObject({ value: 7, qualifier: "exact", figure_text: "seven" });
  });

  it("proposes a range for between A and B, from either end, with the whole span as figure_text", () => {
    const quote = "between 3,000 and 4,000 people were killed";
    const expected = { low: 3000, high: 4000, qualifier: "range", figure_text: "3,000 and 4,000" };
    expect(read(quote, "3,000")).toMatchObject(expected);
    expect(read(quote, "4,000")).toMatchObject(expected);
    expect(read("3,000–4,000 people", "3,000")).toMatchObject({ low: 3000, high: 4000, figure_text: "3,000–4,000" });
  });

  it("does not read two counts joined by and as a range", () => {
    expect(read("119 arrested and 330 injured", "119")).toMatchObject({ value: 119, qualifier: "exact" });
  });

  it("proposes a hedge", () => {
    const perhaps = read("I think we have had perhaps more than 300 martyrs", "300");
    expect(perhaps).toMatchObject({ value: 300, qualifier: "more_than", hedge: { kind: "perhaps", text: "perhaps" } });
    expect(read("reportedly 500 were arrested", "500").hedge).toEqual({ kind: "reportedly", text: "reportedly" });
    expect(read("At least 12,000 people have reportedly been killed. Others said 3,000.", "12,000").hedge?.kind).toBe("reportedly");
    expect(read("At least 12,000 people have reportedly been killed. Others said 3,000.", "3,000").hedge).toBeUndefined();
    const possibly = read("at least 12,000 people were killed, possibly as many as 20,000", "12,000");
    expect(possibly).toMatchObject({ value: 12000, qualifier: "at_least", hedge: { kind: "possibly_as_many_as", text: "possibly as many as 20,000", value: 20000 } });
  });
});

// Reads every series file of data/: allow for a busy machine.
describe("proposeReading on the recorded figures", { timeout: 120_000 }, () => {
  it("proposes the qualifier, hedge and words recorded for nearly every figure in data/", () => {
    const dir = join(import.meta.dirname, "../../data/series");
    const differ: string[] = [];
    let checked = 0;
    for (const name of readdirSync(dir)) {
      for (const f of JSON.parse(readFileSync(join(dir, name), "utf8")).figures as Figure[]) {
        if ((f.basis && f.basis !== "total") || f.source.startsWith("github-")) continue;
        const mentions = findNumbers(f.quote);
        const i = mentions.findIndex((m) => (f.value !== undefined ? m.text === f.figure_text : f.figure_text.startsWith(m.text)));
        if (i < 0) continue;
        checked++;
        const r = proposeReading(f.quote, mentions, i);
        if (r.qualifier !== f.qualifier || r.hedge?.kind !== f.hedge?.kind || r.figure_text !== f.figure_text) differ.push(`${f.id}: recorded ${f.qualifier}, proposed ${r.qualifier}`);
      }
    }
    expect(checked).toBeGreaterThan(150);
    // A proposal is only a proposal: the contributor confirms it. A few figures are read from
    // words elsewhere in the document (an "estimated" in the next sentence).
    expect(differ.length, differ.join("\n")).toBeLessThanOrEqual(2);
  });
});
