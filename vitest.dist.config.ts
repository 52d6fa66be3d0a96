import { defineConfig } from "vitest/config";

// Checks of the built site in dist/ (run after `npm run build`): nginx serving it, and links.
export default defineConfig({
  test: {
    include: ["tests/dist/**/*.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    fileParallelism: false,
  },
});
