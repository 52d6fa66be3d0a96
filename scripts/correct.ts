/**
 * `npm run correct <figure id>`: correct a published figure with a reason, recorded in its
 * `corrections` (scripts/intake/correct-session.ts). DATA_DIR points it at another data/ folder.
 */
import { run, sessionOptions } from "./intake/cli.ts";
import { runCorrect } from "./intake/correct-session.ts";

const id = process.argv[2];
if (!id) {
  console.error("usage: npm run correct <figure id>");
  process.exit(2);
}
void run(() => runCorrect(sessionOptions(), id));
