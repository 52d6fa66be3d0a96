import type { Problem } from "../datasets/problem.ts";
import { MANIFEST_FILE } from "../datasets/schemas/release-manifest.ts";

/** Runs git with the arguments and returns its output (throws when git fails). */
export type Git = (args: string[]) => string;

const DIR = "data/releases";
const MANIFEST = `${DIR}/${MANIFEST_FILE}`;

const versions = (manifestText: string): string[] => (JSON.parse(manifestText) as { releases: Array<{ version: string; sha256: string }> }).releases.map((r) => `${r.version} ${r.sha256}`);

/**
 * What the repository's history says about published releases, since the manifest anchored
 * them: no release file modified, renamed or deleted in any commit or in the working tree, and
 * the manifest only ever appended to. A release file's own hash cannot show that it was
 * replaced by another, well-hashed one; its history can.
 */
export function releaseHistoryProblems(git: Git): Problem[] {
  const problems: Problem[] = [];
  const anchor = git(["log", "--diff-filter=A", "--format=%H", "--", MANIFEST]).trim().split("\n").filter(Boolean).at(-1);
  if (!anchor) return problems; // no release was ever anchored
  const restore = "restore data/releases/ from git: published releases are never edited or removed; publish corrections in a new release with `npm run release`";
  // Changes to release files in every commit since the anchor, then in the working tree.
  const committed = git(["log", "--format=@%h", "--name-status", "--diff-filter=MDR", `${anchor}..HEAD`, "--", DIR]);
  const working = git(["diff", "--name-status", "--diff-filter=MDR", "HEAD", "--", DIR]);
  let commit = "";
  for (const line of [...committed.split("\n"), "@working tree", ...working.split("\n")]) {
    if (line.startsWith("@")) {
      commit = line.slice(1);
      continue;
    }
    const [status, ...paths] = line.split("\t");
    if (!status || paths.length === 0 || paths.every((p) => p === MANIFEST)) continue;
    const what = status.startsWith("D") ? "deleted" : status.startsWith("R") ? "renamed" : "modified";
    problems.push({ severity: "error", file: paths[0], path: "$", what: `a published release file was ${what} (${commit === "working tree" ? "in the working tree" : `in commit ${commit}`})`, fix: restore });
  }
  // The manifest only grows: each version of it starts with every line of the one before.
  const revisions = git(["log", "--format=%H", `${anchor}^..HEAD`, "--", MANIFEST]).trim().split("\n").filter(Boolean).reverse();
  const texts = revisions.map((c) => ({ at: `commit ${c.slice(0, 7)}`, text: git(["show", `${c}:${MANIFEST}`]) }));
  try {
    texts.push({ at: "the working tree", text: git(["show", `:${MANIFEST}`]) });
  } catch {
    // not in the index: the working tree check below reports a deletion
  }
  for (let i = 1; i < texts.length; i++) {
    const before = versions(texts[i - 1].text);
    const after = versions(texts[i].text);
    if (before.some((line, j) => after[j] !== line))
      problems.push({ severity: "error", file: MANIFEST, path: "$.releases", what: `a published release's line was changed or removed in ${texts[i].at}`, fix: "restore data/releases/manifest.json from git; `npm run release` only ever appends to it" });
  }
  return problems;
}
