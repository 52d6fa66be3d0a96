/**
 * Checks of one answer at the prompt, with the validator's own messages: the zod schema of the
 * field (through problemsFromZod, as `npm run validate` words it) and the validator's rules
 * between records (crossRecordProblems, claimProblems) applied to the new records alone.
 * A refused answer is asked again; nothing is written until every record passes.
 */
import { claimProblems } from "../../src/datasets/claim-rules.ts";
import { crossRecordProblems } from "../../src/datasets/cross-record-rules.ts";
import type { Dataset, DatasetFigure, Origins } from "../../src/datasets/dataset.ts";
import type { Problem } from "../../src/datasets/problem.ts";
import type { Series } from "../../src/datasets/schemas/series.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";
import { problemsFromZod } from "../../src/datasets/zod-problems.ts";
import type { z } from "../../src/datasets/zod.ts";

/** How a refusal reads at the prompt: the validator's "what", then its "fix". */
export const refusal = (p: Pick<Problem, "what" | "fix">) => `${p.what}\n  fix: ${p.fix}`;

/** The schema's verdict on one field's value: true, or the validator's message. */
export function checkField(schema: z.ZodType, value: unknown): true | string {
  const result = schema.safeParse(value);
  if (result.success) return true;
  const [first] = problemsFromZod("answer", result.error, value);
  return refusal(first);
}

/** Marks the records being added, so only their problems are kept. */
const NEW = "(new)";

export interface Drafts {
  source?: SourceDocument;
  series?: Series;
  figure?: DatasetFigure;
}

/**
 * The validator's rules between records, run on `data` with the drafts added (replacing a
 * record of the same id, for a correction): the problems of the drafts only, each with the
 * field it concerns (`as_of`, `url`, `figure_text` …).
 */
export function draftProblems(data: Dataset, drafts: Drafts, today: string): Array<Problem & { field: string }> {
  const origins: Origins = new WeakMap();
  const swap = <T extends { id: string }>(list: T[], draft: T | undefined): T[] => {
    if (!draft) return list;
    origins.set(draft, { file: NEW, path: "$" });
    return [...list.filter((r) => r.id !== draft.id), draft];
  };
  const merged: Dataset = {
    ...data,
    sources: swap(data.sources, drafts.source),
    series: swap(data.series, drafts.series),
    figures: swap(data.figures, drafts.figure),
  };
  return [...crossRecordProblems(merged, origins, today), ...claimProblems(merged, origins)]
    .filter((p) => p.file === NEW && p.severity === "error")
    .map((p) => ({ ...p, field: p.path.replace(/^\$\.?/, "") }));
}

/** The first problem of the drafts that concerns `field` (or a part of it), as a prompt message; true when none. */
export function checkDraftField(data: Dataset, drafts: Drafts, field: string, today: string): true | string {
  const hit = draftProblems(data, drafts, today).find((p) => p.field === field || p.field.startsWith(`${field}.`));
  return hit ? refusal(hit) : true;
}
