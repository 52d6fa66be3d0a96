import { defineConfig } from "vitest/config";

// Tests that build the whole site from test data. Astro builds in one project share its
// .astro/ folder, so these files run one after another, never in parallel.
export default defineConfig({
  test: {
    include: ["tests/build/**/*.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
