/**
 * `npm run check:history`: reads the git history of data/releases/ (see
 * src/domain/release-history.ts) and fails if a published release was ever edited, renamed or
 * removed, or the manifest was changed other than by appending. Needs a clone, not a copy.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { formatProblem } from "../src/datasets/problem.ts";
import { releaseHistoryProblems } from "../src/domain/release-history.ts";

const root = join(import.meta.dirname, "..");
const git = (args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26 });
try {
  git(["rev-parse", "--is-inside-work-tree"]);
} catch {
  console.log("error .: the release history cannot be checked here: this is not a git clone\n  fix: run it in a clone of the repository (git clone …), where data/releases/ has its history");
  process.exit(1);
}
const problems = releaseHistoryProblems(git);
for (const p of problems) console.log(formatProblem(p));
if (problems.length > 0) process.exit(1);
console.log("data/releases/: no published release was edited, renamed or removed; the manifest was only appended to.");
