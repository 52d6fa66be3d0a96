import { defineConfig } from "vitest/config";

// Checks of the built site in dist/ (run after `npm run build`): nginx serving it, links, and
// HTML validity (the Nu checker, in Java: tests/dist/html-valid.test.ts).
export default defineConfig({
  test: {
    include: ["tests/dist/**/*.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    // Two files at a time: the Nu checker (Java, ~40 s) runs beside the other checks instead of
    // after them. Only nginx.test.ts starts a server (its own port), the rest read dist/.
    fileParallelism: true,
    maxWorkers: 2,
    // Each test reads thousands of built files: a ceiling for a busy machine, not a wait.
    testTimeout: 180_000,
  },
});
