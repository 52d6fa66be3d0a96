import { configDefaults, defineConfig } from "vitest/config";
import { FastFirstSequencer } from "./scripts/mutation/fast-first-sequencer.ts";

/** StrykerJS sets STRYKER_MUTATOR_WORKER in its test runners (docs/TESTING.md). */
const underStryker = process.env.STRYKER_MUTATOR_WORKER !== undefined;

/**
 * Not run under mutation testing: the scripted intake sessions (tests of scripts/intake, which
 * Stryker does not mutate) and the figure fuzzer. They reach src/ only on the way (loading data/),
 * and each costs 15–50 s a run, paid again for every mutant they cover that nothing kills first.
 */
const notUnderStryker = ["scripts/intake/*-session.test.ts", "tests/unit/figure-fuzz.test.ts"];

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts", "tests/snapshots/**/*.test.ts"],
    ...(underStryker ? { exclude: [...configDefaults.exclude, ...notUnderStryker] } : {}),
    environment: "node",
    env: { TZ: "UTC" },
    // A ceiling, not a wait: some tests start the real commands (validate, add, release history)
    // as child processes, which took over 5 s (vitest's default) on a busy 2-core machine.
    // Under mutation testing the instrumented code runs several times slower, and one timed-out
    // test in Stryker's first run stops the whole run.
    testTimeout: underStryker ? 300_000 : 60_000,
    // Under mutation testing, the quickest test files first: the first failure ends a mutant's run.
    ...(underStryker ? { sequence: { sequencer: FastFirstSequencer } } : {}),
    // Vitest's default here is one worker (cores − 1); two halve the suite's time on 2 cores.
    maxWorkers: 2,
  },
});
