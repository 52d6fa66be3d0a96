/** npm run correct, driven by scripted answers against a temporary copy of data/. */
import { afterEach, describe, expect, it } from "vitest";
import type { Figure } from "../../src/datasets/schemas/figure.ts";
import { runCorrect } from "./correct-session.ts";
import { scriptedPrompts, type Answer } from "./scripted-prompts.ts";
import { dataCopy, expectValid, readJson, removeCopies, ROOT, snapshot, TODAY } from "./test-data.ts";

afterEach(removeCopies);

const SERIES = "hrana-arrested-2025-26";
const ID = "hrana-arrested-2025-26.2026-01-04.rferl-33640284";

function session(answers: Answer[]) {
  const dataDir = dataCopy();
  const script = scriptedPrompts(answers);
  const lines: string[] = [];
  return { dataDir, script, lines, before: snapshot(dataDir), options: { dataDir, root: ROOT, today: TODAY, prompts: script.prompts, log: (l: string) => lines.push(l) } };
}
const figure = (dataDir: string): Figure => readJson(dataDir, `series/${SERIES}.json`).figures.find((f: Figure) => f.id === ID);

// Sessions copy and validate the whole of data/: allow for a busy machine.
describe("npm run correct", { timeout: 120_000 }, () => {
  it("changes the field and adds a correction with the reason; earlier corrections stay", async () => {
    const s = session(["as_of", "2026-02-30", "2026-01-03", "(done)", "", "The report gives the count at the end of 3 January.", true]);
    const before = figure(s.dataDir);
    const outcome = await runCorrect(s.options, ID);
    expect(outcome).toEqual({ written: true, ids: [ID] });
    expect(s.script.refusals.map((r) => r.message.split("\n")[0])).toEqual(['"2026-02-30" is not a real calendar date', '"" is empty']);
    const after = figure(s.dataDir);
    expect(after.as_of).toBe("2026-01-03");
    expect(after.corrections).toEqual([...before.corrections!, { date: TODAY, reason: "The report gives the count at the end of 3 January." }]);
    expect(after.value).toBe(before.value);
    expectValid(s.dataDir);
  });

  it("refuses a figure id that does not exist", async () => {
    const s = session([]);
    expect((await runCorrect(s.options, "no-such-series.2026-01-01.nowhere")).refused).toContain('No figure "no-such-series.2026-01-01.nowhere"');
    expect(snapshot(s.dataDir)).toEqual(s.before);
  });

  it("refuses words that are not in the quote, with the validator's message", async () => {
    const s = session(["figure_text", "991", "990", "(done)", "Checked against the quote."]);
    await expect(runCorrect(s.options, ID)).rejects.toMatchObject({ name: "ExitPromptError" });
    expect(s.script.refusals[0].message).toContain('"991" does not occur in the quote');
    expect(snapshot(s.dataDir)).toEqual(s.before);
  });
});
