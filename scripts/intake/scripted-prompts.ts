/**
 * Prompt functions that answer from a script, for tests of the sessions: an answer a
 * `validate` refuses is recorded with the message and the next answer is tried, as a person
 * would type again at the real prompt; when the script runs out, the prompt fails as
 * @inquirer/prompts does on Ctrl-C or closed input (ExitPromptError).
 */
import type { Prompts } from "./session.ts";

/** Take the prompt's default (the proposal shown). */
export const DEFAULT = Symbol("default");
type Choice = { name: string; value: unknown };
export type Answer = string | number | boolean | typeof DEFAULT | ((choices: Choice[]) => unknown);

export interface Script {
  prompts: Prompts;
  /** Every question asked, in order. */
  asked: string[];
  /** Answers refused at the prompt, with the message shown. */
  refusals: Array<{ question: string; answer: string; message: string }>;
  /** Answers not used (a session that ended early). */
  left: () => number;
}

export function scriptedPrompts(answers: Answer[]): Script {
  const queue = [...answers];
  const asked: string[] = [];
  const refusals: Script["refusals"] = [];
  const next = (question: string): Answer => {
    asked.push(question);
    if (queue.length === 0) throw Object.assign(new Error("User force closed the prompt"), { name: "ExitPromptError" });
    return queue.shift()!;
  };
  const prompts: Prompts = {
    async input({ message, default: fallback, validate }) {
      for (;;) {
        const a = next(message);
        const answer = a === DEFAULT ? (fallback ?? "") : String(a);
        const verdict = validate ? validate(answer) : true;
        if (verdict === true) return answer;
        refusals.push({ question: message, answer, message: verdict });
      }
    },
    async select({ message, choices, default: fallback }) {
      const a = next(message);
      const value = a === DEFAULT ? fallback : typeof a === "function" ? a(choices) : a;
      if (!choices.some((c) => c.value === value)) throw new Error(`script: ${String(value)} is not a choice of "${message}"`);
      return value as never;
    },
    async confirm({ message, default: fallback }) {
      const a = next(message);
      return a === DEFAULT ? (fallback ?? false) : Boolean(a);
    },
  };
  return { prompts, asked, refusals, left: () => queue.length };
}

/** Picks the choice whose name contains `text` (a number's words «…»). */
export const choiceNamed = (text: string) => (choices: Choice[]) => {
  const hit = choices.find((c) => c.name.includes(text));
  if (!hit) throw new Error(`script: no choice named like ${text}: ${choices.map((c) => c.name).join(" / ")}`);
  return hit.value;
};
