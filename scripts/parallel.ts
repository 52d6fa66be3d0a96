/**
 * Runs npm scripts at the same time and prints each one's output whole when it ends, so the log
 * stays readable; exits 1 if any of them failed. For checks that leave cores idle when run alone
 * (astro check uses one core; the unit tests, two workers, wait on child processes).
 *
 *   node --experimental-strip-types scripts/parallel.ts check test:unit
 */
import { spawn } from "node:child_process";

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error("usage: node --experimental-strip-types scripts/parallel.ts <npm script> [<npm script> …]");
  process.exit(2);
}
const started = performance.now();
const codes = await Promise.all(
  names.map(
    (name) =>
      new Promise<number>((resolve) => {
        // One pipe for both streams keeps each script's lines in the order it wrote them.
        const child = spawn("npm", ["run", name], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "1" } });
        const chunks: Buffer[] = [];
        child.stdout.on("data", (c: Buffer) => chunks.push(c));
        child.stderr.on("data", (c: Buffer) => chunks.push(c));
        child.on("error", (e) => chunks.push(Buffer.from(`could not start npm run ${name}: ${e.message}\n`)));
        child.on("close", (code) => {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          process.stdout.write(Buffer.concat(chunks));
          process.stdout.write(`\n── npm run ${name}: ${code === 0 ? "passed" : `FAILED (exit ${code})`} after ${seconds} s ──\n`);
          resolve(code ?? 1);
        });
      }),
  ),
);
const failed = names.filter((_, i) => codes[i] !== 0);
if (failed.length > 0) {
  console.error(`failed: ${failed.map((n) => `npm run ${n}`).join(", ")}`);
  process.exit(1);
}
