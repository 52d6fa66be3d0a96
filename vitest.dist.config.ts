import { defineConfig } from "vitest/config";

// Checks of the built site in dist/ (run after `npm run build`): nginx serving it, links, and
// HTML validity (the Nu checker, in Java: tests/dist/html-valid.test.ts).
export default defineConfig({
  test: {
    include: ["tests/dist/**/*.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    fileParallelism: false,
    // Each test reads thousands of built files: a ceiling for a busy machine, not a wait.
    testTimeout: 180_000,
  },
});
