/**
 * npm run add, driven by scripted answers against a temporary copy of data/ (the repository's
 * data/ is never written). Each session ends in records the whole validator accepts, or in a
 * refusal that leaves the copy byte for byte as it was.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Figure } from "../../src/datasets/schemas/figure.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";
import { runAdd } from "./add-session.ts";
import { choiceNamed, DEFAULT, scriptedPrompts, type Answer } from "./scripted-prompts.ts";
import type { SessionOptions } from "./session.ts";
import { dataCopy, expectValid, readJson as json, removeCopies, ROOT, snapshot, TODAY } from "./test-data.ts";

afterEach(removeCopies);

function session(answers: Answer[]) {
  const dataDir = dataCopy();
  const script = scriptedPrompts(answers);
  const lines: string[] = [];
  const options: SessionOptions = { dataDir, root: ROOT, today: TODAY, prompts: script.prompts, log: (l) => lines.push(l) };
  return { dataDir, script, lines, options, before: snapshot(dataDir) };
}

const figureIn = (dataDir: string, series: string, id: string): Figure => json(dataDir, `series/${series}.json`).figures.find((f: Figure) => f.id === id);
const sourceIn = (dataDir: string, id: string): SourceDocument | undefined => json(dataDir, "sources.json").sources.find((s: SourceDocument) => s.id === id);

// Every written session has passed the validator in finish(); expectValid checks a few of
// them again from outside, on the files as written.

/** Answers for a new document: URL, title, where the title is from, publisher, language, published, accessed, kind. */
const newDocument = (url: string, language = "en", published = "2026-02-13"): Answer[] => [url, "Example report (invented for a test)", DEFAULT, "Example News", language, published, DEFAULT, DEFAULT];

// Sessions copy and validate the whole of data/: allow for a busy machine.
describe("npm run add", { timeout: 120_000 }, () => {
  it("a quote with several numbers: the chosen one becomes the figure, with its qualifier, in the series proposed", async () => {
    const s = session([
      ...newDocument("https://example.org/reports/day-47"),
      "HRANA said that at least 53,104 individuals have been arrested and 7,010 killed since 28 December.",
      choiceNamed("«53,104»"),
      DEFAULT, // the proposed reading: at least 53104
      "2026-02-12",
      true, // the document states the day
      DEFAULT, // HRANA, named in the quote
      DEFAULT, // attribution
      DEFAULT, // measure: arrested
      DEFAULT, // wave: iran-2025-26
      "third paragraph",
      "",
      DEFAULT, // write
    ]);
    const outcome = await runAdd(s.options);
    expect(outcome).toMatchObject({ written: true, ids: ["example-day-47", "hrana-arrested-2025-26.2026-02-12.example-day-47"] });
    expect(s.script.asked).toContain("Which number is the figure?");
    expect(figureIn(s.dataDir, "hrana-arrested-2025-26", "hrana-arrested-2025-26.2026-02-12.example-day-47")).toMatchObject({
      organisation: "hrana",
      measure: "arrested",
      value: 53104,
      qualifier: "at_least",
      figure_text: "53,104",
      source: "example-day-47",
      attribution: "HRANA",
      locator: "third paragraph",
      flags: [],
    });
    expect(sourceIn(s.dataDir, "example-day-47")).toMatchObject({ url: "https://example.org/reports/day-47", published: "2026-02-13", accessed: TODAY, language: "en", kind: "news" });
    expect(sourceIn(s.dataDir, "example-day-47")).not.toHaveProperty("title_from"); // a headline
    expect(s.lines.join("\n")).toContain("+      \"value\": 53104,");
    expectValid(s.dataDir);
  });

  it("a number in words keeps its words as figure_text", async () => {
    const s = session([...newDocument("https://example.org/zahedan"), "Seven people have been killed in Zahedan, HRANA reported.", choiceNamed("«Seven»"), DEFAULT, "2026-01-05", true, DEFAULT, DEFAULT, DEFAULT, DEFAULT, "", "\u001b[31mred", "", DEFAULT]);
    expect((await runAdd(s.options)).written).toBe(true);
    // an escape sequence pasted into the notes is refused at the prompt, as the validator refuses it
    expect(s.script.refusals.map((r) => r.message.split("\n")[0])).toEqual(['"\\u001b[31mred" contains the control character U+001B at character 1']);
    expect(figureIn(s.dataDir, "hrana-killed-2025-26", "hrana-killed-2025-26.2026-01-05.example-zahedan")).toMatchObject({ value: 7, figure_text: "Seven", qualifier: "exact", measure: "killed" });
  });

  it("a Persian-digit number, in a Persian quote with its translation", async () => {
    const quote = "به گزارش هرانا دست‌کم ۵۳٬۵۰۰ نفر بازداشت شده‌اند.";
    const s = session([...newDocument("https://example.org/fa/report", "fa"), quote, choiceNamed("۵۳٬۵۰۰"), DEFAULT, "2026-02-12", true, DEFAULT, DEFAULT, DEFAULT, DEFAULT, "", "According to HRANA, at least 53,500 people have been detained.", "", DEFAULT]);
    expect((await runAdd(s.options)).written).toBe(true);
    const f = figureIn(s.dataDir, "hrana-arrested-2025-26", "hrana-arrested-2025-26.2026-02-12.example-report");
    expect(f).toMatchObject({ value: 53500, qualifier: "at_least", figure_text: "۵۳٬۵۰۰", quote, translation: "According to HRANA, at least 53,500 people have been detained." });
    expectValid(s.dataDir);
  });

  it("a range of unnamed rights groups, in a series it creates", async () => {
    const s = session([
      ...newDocument("https://example.org/range"),
      "Rights groups said between 3,000 and 4,000 people were killed.",
      choiceNamed("«3,000»"),
      DEFAULT, // the proposed range
      "2026-01-20",
      true,
      DEFAULT, // unnamed-rights-groups, by its alias "rights groups"
      "",
      DEFAULT, // killed
      DEFAULT,
      true, // create the series
      "",
      "",
      DEFAULT,
    ]);
    expect((await runAdd(s.options)).written).toBe(true);
    const file = json(s.dataDir, "series/unnamed-rights-groups-killed-2025-26.json");
    expect(file.series).toMatchObject({ id: "unnamed-rights-groups-killed-2025-26", organisation: "unnamed-rights-groups", measure: "killed", wave: "iran-2025-26" });
    expect(file.figures).toEqual([expect.objectContaining({ low: 3000, high: 4000, qualifier: "range", figure_text: "3,000 and 4,000" })]);
    expect(file.figures[0].value).toBeUndefined();
    expectValid(s.dataDir);
  });

  it("a hedge is proposed and kept with its words", async () => {
    const s = session([
      ...newDocument("https://example.org/irgc", "en", "2022-11-22"),
      "“I think we have had perhaps more than 300 martyrs and people killed,” said a commander of the Revolutionary Guards.",
      choiceNamed("«300»"),
      DEFAULT,
      "2022-11-21",
      false, // the day is worked out
      DEFAULT, // IRGC, by its alias
      "",
      DEFAULT,
      DEFAULT, // wave: iran-2022-23 from the date
      "",
      "Dated from 'Monday' in the article.",
      DEFAULT,
    ]);
    expect((await runAdd(s.options)).written).toBe(true);
    expect(figureIn(s.dataDir, "irgc-killed-2022-23", "irgc-killed-2022-23.2022-11-21.example-irgc")).toMatchObject({
      value: 300,
      qualifier: "more_than",
      hedge: { kind: "perhaps", text: "perhaps" },
      flags: ["as_of_inferred"],
      notes: "Dated from 'Monday' in the article.",
    });
  });

  it("an organisation not in data/ is refused, and nothing is written", async () => {
    const s = session([...newDocument("https://example.org/khrn"), "The Kurdistan Human Rights Network said 120 people were arrested in Sanandaj.", choiceNamed("«120»"), DEFAULT, "2026-01-10", true, "(not listed)"]);
    const outcome = await runAdd(s.options);
    expect(outcome.written).toBe(false);
    expect(outcome.refused).toContain("not in data/organisations.json");
    expect(s.lines.join("\n")).toContain("Neither the quote nor the document's title or publisher names an organisation");
    expect(snapshot(s.dataDir)).toEqual(s.before);
  });

  it("an organisation the document does not name gets attribution_inferred and needs a reason", async () => {
    const s = session([...newDocument("https://example.org/tehran"), "At least 500 people were arrested in Tehran.", choiceNamed("«500»"), DEFAULT, "2026-01-10", true, "hrana", "", "The day-14 report of HRANA gives the same number.", "", DEFAULT, DEFAULT, "", "", DEFAULT]);
    expect((await runAdd(s.options)).written).toBe(true);
    expect(s.script.refusals).toEqual([expect.objectContaining({ answer: "", message: expect.stringContaining("is empty") })]);
    expect(figureIn(s.dataDir, "hrana-arrested-2025-26", "hrana-arrested-2025-26.2026-01-10.example-tehran")).toMatchObject({
      flags: ["attribution_inferred"],
      attribution_reason: "The day-14 report of HRANA gives the same number.",
    });
  });

  it("a URL already in data/, however written, reuses its source; a figure already recorded is refused", async () => {
    const known: SourceDocument = json(join(ROOT, "data"), "sources.json").sources.find((d: SourceDocument) => d.id === "en-hrana-day-fifteen-of-irans-nationwide");
    const figure: Figure = (readdirSync(join(ROOT, "data/series")).flatMap((n) => json(join(ROOT, "data"), `series/${n}`).figures) as Figure[]).find((f) => f.source === known.id)!;
    const shouting = known.url.replace("https://www.en-hrana.org", "HTTPS://WWW.EN-HRANA.ORG:443");
    const s = session([shouting, figure.quote, choiceNamed(`«${figure.figure_text}»`), DEFAULT]);
    const outcome = await runAdd(s.options);
    expect(s.lines[0]).toContain(`Known document: source "${known.id}"`);
    expect(s.script.asked).not.toContain("Title (the headline as shown):");
    expect(outcome.refused).toContain(`already recorded: figure "${figure.id}"`);
    expect(outcome.refused).toContain(`npm run correct ${figure.id}`);
    expect(snapshot(s.dataDir)).toEqual(s.before);
  });

  it("bad dates are refused at the prompt with the validator's messages; stopping then writes nothing", async () => {
    const s = session([
      "https://example.org/dates",
      "Example report",
      "description",
      "Example News",
      "en",
      "2026-02-30",
      "13/02/2026",
      "2027-01-01",
      "2026-02-13",
      DEFAULT,
      DEFAULT,
      "HRANA: at least 53,104 people have been arrested.",
      choiceNamed("«53,104»"),
      DEFAULT,
      "2026-02-14",
      "2025-01-01",
      // the script ends here, like Ctrl-C or a closed input
    ]);
    await expect(runAdd(s.options)).rejects.toMatchObject({ name: "ExitPromptError" });
    expect(s.script.refusals.map((r) => [r.answer, r.message.split("\n")[0]])).toEqual([
      ["2026-02-30", '"2026-02-30" is not a real calendar date'],
      ["13/02/2026", '"13/02/2026" is not a real calendar date'],
      ["2027-01-01", "published 2027-01-01 is in the future"],
      ["2026-02-14", "as_of 2026-02-14 is after its source's published date 2026-02-13"],
    ]);
    expect(s.script.refusals[0].message).toContain("fix: write an existing date as YYYY-MM-DD");
    expect(snapshot(s.dataDir)).toEqual(s.before);
  });

  it("a quote without a number is refused", async () => {
    const s = session([...newDocument("https://example.org/none"), "Tens of thousands remain in detention, HRANA said."]);
    expect((await runAdd(s.options)).refused).toContain("No number in this quote");
    expect(snapshot(s.dataDir)).toEqual(s.before);
  });
});
