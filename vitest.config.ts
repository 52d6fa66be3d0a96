import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts", "tests/snapshots/**/*.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    // A ceiling, not a wait: some tests start the real commands (validate, add, release history)
    // as child processes, which took over 5 s (vitest's default) on a busy 2-core machine.
    // Under mutation testing (StrykerJS sets STRYKER_MUTATOR_WORKER) the instrumented code runs
    // several times slower, and one timed-out test in its first run stops the whole run.
    testTimeout: process.env.STRYKER_MUTATOR_WORKER === undefined ? 60_000 : 300_000,
    // Vitest's default here is one worker (cores − 1); two halve the suite's time on 2 cores.
    maxWorkers: 2,
  },
});
