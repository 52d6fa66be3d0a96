/**
 * The terminal side of the intake commands: @inquirer/prompts for the questions, DATA_DIR for
 * the folder (as npm run convert), and Ctrl-C or closed input ending the session with nothing
 * written (every session writes only at its very end).
 */
import { confirm, input, select } from "@inquirer/prompts";
import { join } from "node:path";
import type { Outcome, Prompts, SessionOptions } from "./session.ts";

export const prompts: Prompts = { input, select, confirm } as Prompts;

export function sessionOptions(): SessionOptions {
  const root = join(import.meta.dirname, "../..");
  return {
    dataDir: process.env.DATA_DIR ?? join(root, "data"),
    root,
    today: new Date().toISOString().slice(0, 10),
    prompts,
    log: (line) => console.log(line),
  };
}

/** Runs a session and sets the exit status: 0 written, 1 refused, 130 stopped. */
export async function run(session: () => Promise<Outcome>): Promise<void> {
  try {
    const outcome = await session();
    process.exitCode = outcome.written ? 0 : 1;
  } catch (e) {
    // Ctrl-C or the end of the input inside a prompt: @inquirer/prompts rejects with ExitPromptError.
    if ((e as Error)?.name === "ExitPromptError" || (e as Error)?.name === "AbortPromptError") {
      console.log("\nStopped: nothing was written.");
      process.exitCode = 130;
      return;
    }
    throw e;
  }
}
