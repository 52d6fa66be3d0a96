/**
 * `npm run validate`: checks every file in data/ and prints every problem at once.
 * Exit status 1 on any error, so the build (which runs this first) never publishes bad data;
 * exit status 2 when the validator itself fails (a bug: one readable line, the stack trace
 * only with DEBUG=1).
 */
import { join } from "node:path";

/** "1 wave", "2 waves", "1 series", "0 warnings". */
function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

function internalError(e: unknown): never {
  // The reader of the output went away (e.g. `npm run validate | head`): nothing to report.
  if ((e as NodeJS.ErrnoException | undefined)?.code === "EPIPE") process.exit(Number(process.exitCode ?? 1));
  const message = e instanceof Error ? e.message : String(e);
  console.error(`validate: internal error: ${message.split("\n")[0]} — please report this`);
  if (process.env.DEBUG === "1" && e instanceof Error && e.stack) console.error(e.stack);
  process.exit(2);
}

async function main(): Promise<number> {
  // Imported here, not at the top, so that a failure while loading them is reported too.
  const { formatProblem } = await import("../src/datasets/problem.ts");
  const { validateDataset } = await import("../src/domain/validate-dataset.ts");

  const dataDir = process.argv[2] ?? join(import.meta.dirname, "../data");
  const { VerifiedReleases } = await import("../src/datasets/verified-releases.ts");
  const result = validateDataset(dataDir, { root: process.cwd(), verified: VerifiedReleases.forProject(process.cwd()) });

  for (const p of [...result.errors, ...result.warnings]) console.log(formatProblem(p));
  const d = result.dataset;
  const warnings = count(result.warnings.length, "warning");
  if (result.errors.length > 0) {
    console.log(`\n${count(result.errors.length, "error")}, ${warnings}: data/ is not valid; nothing was built.`);
    return 1;
  }
  const annotations = d.waves.reduce((n, w) => n + w.annotations.length, 0);
  console.log(
    `data/ is valid: ${count(d.figures.length, "figure")} in ${count(d.series.length, "series", "series")}, ${count(d.sources.length, "source")}, ${count(d.organisations.length, "organisation")}, ${count(d.waves.length, "wave")} (${count(annotations, "annotation")}); ${warnings}.`,
  );
  return 0;
}

process.on("uncaughtException", internalError);
process.on("unhandledRejection", internalError);
try {
  process.exitCode = await main();
} catch (e) {
  internalError(e);
}
