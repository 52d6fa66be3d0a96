/**
 * `npm run add`: add one figure from a document, asked step by step (scripts/intake/add-session.ts).
 * `npm run add -- --batch rows.json` (or .csv): add research-shaped rows (scripts/intake/batch-session.ts).
 * DATA_DIR points it at another data/ folder.
 */
import { runAdd } from "./intake/add-session.ts";
import { readRows, runBatch } from "./intake/batch-session.ts";
import { run, sessionOptions } from "./intake/cli.ts";

const args = process.argv.slice(2);
const batch = args.indexOf("--batch");
const options = sessionOptions();
if (batch >= 0) {
  const file = args[batch + 1];
  if (!file) {
    console.error("usage: npm run add -- --batch <rows.json|rows.csv> [--yes]");
    process.exit(2);
  }
  void run(() => runBatch({ ...options, yes: args.includes("--yes") }, readRows(file)));
} else void run(() => runAdd(options));
