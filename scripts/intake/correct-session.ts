/**
 * `npm run correct <figure id>`: changes fields of a published figure and records why, as a
 * new entry of its `corrections` (the validator requires one for every changed figure of
 * the latest release, and published corrections are never removed or reworded). The old
 * values stay in the releases; the figure page and the changelog show the reason.
 */
import type { DatasetFigure } from "../../src/datasets/dataset.ts";
import { Correction } from "../../src/datasets/schemas/correction.ts";
import { Figure } from "../../src/datasets/schemas/figure.ts";
import { QUALIFIERS } from "../../src/datasets/schemas/qualifier.ts";
import { checkDraftField, checkField, draftProblems, refusal } from "./answer-checks.ts";
import { jsonText, readData } from "./data-changes.ts";
import { withFigureReplaced } from "./place-records.ts";
import { finish, loadData, refused, type Outcome, type SessionOptions } from "./session.ts";

/** The fields a correction may change; organisation, measure and source change the figure's identity (withdraw it and add it anew). */
export const CORRECTABLE = ["value", "low", "high", "qualifier", "as_of", "quote", "figure_text", "locator", "attribution", "translation", "public_note", "notes"] as const;
type Field = (typeof CORRECTABLE)[number];
const NUMBERS = new Set<Field>(["value", "low", "high"]);
const DONE = "(done)";

export async function runCorrect(o: SessionOptions, figureId: string): Promise<Outcome> {
  const { prompts: p, log, today } = o;
  const data = loadData(o);
  if (!data) return refused("data/ has errors already (above): fix them first (npm run validate).", log);
  const found = data.figures.find((f) => f.id === figureId);
  if (!found) return refused(`No figure "${figureId}" in data/series/. Figure ids read <series>.<as_of>.<source>; see the figure's page or its series file.`, log);
  const { series, ...original } = found;
  log(`Figure ${found.id} (data/series/${series}.json):\n${JSON.stringify(original, null, 2)}`);

  let figure: DatasetFigure = { ...found };
  const changed: string[] = [];
  for (;;) {
    const field = await p.select<Field | typeof DONE>({
      message: changed.length ? "Change another field?" : "Which field is wrong?",
      choices: [...(changed.length ? [{ name: "no, that is all", value: DONE as typeof DONE }] : []), ...CORRECTABLE.map((f) => ({ name: `${f}: ${JSON.stringify(figure[f] ?? null)}`, value: f }))],
    });
    if (field === DONE) break;
    const next = await askField(o, data, figure, field);
    figure = next;
    if (!changed.includes(field)) changed.push(field);
  }
  const reason = (
    await p.input({
      message: "Reason for the correction (shown to readers, e.g. \"the source corrected its count on 14 Feb\"):",
      validate: (v) => checkField(Correction.shape.reason, v),
    })
  ).trim();
  const { series: _s, ...record } = figure;
  // The figure keeps its fields' order; the new reason is added to its corrections, never in place of one.
  const corrected = { ...record, corrections: [...(found.corrections ?? []), { date: today, reason }] };
  const problems = draftProblems(data, { figure: { ...corrected, series } }, today);
  if (problems.length) {
    for (const x of problems) log(`${x.field}: ${refusal(x)}`);
    return refused("The validator refuses the corrected figure.", log);
  }
  const path = `series/${series}.json`;
  const text = jsonText(withFigureReplaced(JSON.parse(readData(o.dataDir, path)), corrected));
  return finish(o, [{ path, text }], [figureId]);
}

/** One field's new value, checked by its schema and by the validator's rules on the whole figure. */
async function askField(o: SessionOptions, data: Parameters<typeof draftProblems>[0], figure: DatasetFigure, field: Field): Promise<DatasetFigure> {
  if (field === "qualifier") {
    const q = await o.prompts.select({ message: "Qualifier:", choices: QUALIFIERS.map((x) => ({ name: x, value: x })), default: figure.qualifier });
    return { ...figure, qualifier: q };
  }
  const parse = (v: string): unknown => {
    const t = v.trim();
    if (t === "") return field === "as_of" ? null : undefined;
    return NUMBERS.has(field) && /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : field === "quote" ? v : t;
  };
  const answer = await o.prompts.input({
    message: `New ${field}${NUMBERS.has(field) ? " (digits only, as in 53104)" : ""}${field === "as_of" ? " (YYYY-MM-DD, empty for none)" : ""}:`,
    default: figure[field] === undefined || figure[field] === null ? undefined : String(figure[field]),
    validate: (v) => {
      const value = parse(v);
      const schema = value === undefined && !["value", "low", "high", "quote", "figure_text"].includes(field) ? true : checkField(Figure.shape[field], value);
      if (schema !== true) return schema;
      return checkDraftField(data, { figure: withValue(figure, field, value) }, field, o.today);
    },
  });
  return withValue(figure, field, parse(answer));
}

function withValue(figure: DatasetFigure, field: Field, value: unknown): DatasetFigure {
  const next = { ...figure } as Record<string, unknown>;
  if (value === undefined) delete next[field];
  else next[field] = value;
  return next as DatasetFigure;
}
