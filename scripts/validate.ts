/**
 * `npm run validate`: checks every file in data/ and prints every problem at once.
 * Exit status 1 on any error, so the build (which runs this first) never publishes bad data.
 */
import { join } from "node:path";
import { formatProblem } from "../src/datasets/problem.ts";
import { validateDataset } from "../src/domain/validate-dataset.ts";

const dataDir = process.argv[2] ?? join(import.meta.dirname, "../data");
const result = validateDataset(dataDir, { root: process.cwd() });

for (const p of [...result.errors, ...result.warnings]) console.log(formatProblem(p));
const d = result.dataset;
if (result.errors.length > 0) {
  console.log(`\n${result.errors.length} error(s), ${result.warnings.length} warning(s): data/ is not valid; nothing was built.`);
  process.exit(1);
}
console.log(
  `data/ is valid: ${d.figures.length} figures in ${d.series.length} series, ${d.sources.length} sources, ${d.organisations.length} organisations, ${d.waves.length} waves (${d.waves.reduce((n, w) => n + w.annotations.length, 0)} annotations); ${result.warnings.length} warning(s).`,
);
