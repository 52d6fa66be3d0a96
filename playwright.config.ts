import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests (tests/e2e) against the built site in dist/, in Debian's Chromium.
 * Playwright's own browser downloads are not used: install Chromium with
 * `apt-get install -y chromium` (.ci/run does it on CI). See tests/e2e/README.md.
 */
const CHROMIUM = "/usr/bin/chromium";
const PORT = Number(process.env.E2E_PORT ?? 4399);
const LOCAL_URL = `http://127.0.0.1:${PORT}`;
const EXTERNAL_URL = process.env.E2E_BASE_URL?.replace(/\/+$/, "");
const CI = !!process.env.CI;

if (!existsSync(CHROMIUM)) {
  // Never skip the browser tests: a missing browser is a failure, with the fix in the message.
  throw new Error(
    CI
      ? `Browser tests cannot run: ${CHROMIUM} is missing on this CI machine. .ci/run installs it with ` +
          "`apt-get install -y --no-install-recommends chromium`; check that step's output."
      : `Browser tests cannot run: ${CHROMIUM} is missing. Install Debian's Chromium first ` +
          "(as root: `apt-get update && apt-get install -y chromium`), then run the tests again. See tests/e2e/README.md.",
  );
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: CI,
  // E2E_WORKERS for measuring (docs/BENCHMARKS.md); 2, one per core, is what CI runs.
  workers: Number(process.env.E2E_WORKERS) || 2,
  retries: 0,
  reporter: "list",
  timeout: 30_000,
  expect: {
    timeout: 5_000,
    // Screenshot goldens (goldens.spec.ts): a small tolerance for anti-aliasing, no animations.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: "disabled" },
  },
  // Goldens live in tests/e2e/goldens/ under the names the tests give them; update them with
  // `npm run goldens:update` and look at every new image before committing (tests/e2e/README.md).
  snapshotPathTemplate: "{testDir}/goldens/{arg}{ext}",
  use: {
    baseURL: EXTERNAL_URL ?? LOCAL_URL,
    trace: "off",
    screenshot: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: CHROMIUM,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  // The built dist/ served by a minimal static server (not `astro preview`). With
  // E2E_BASE_URL set the tests run against that server instead and start nothing.
  webServer: EXTERNAL_URL
    ? undefined
    : {
        // process.execPath: the same Node 22 that runs Playwright (npx puts node_modules/.bin first).
        command: `"${process.execPath}" --experimental-strip-types tests/e2e/serve-dist.ts`,
        url: `${LOCAL_URL}/`,
        env: { E2E_PORT: String(PORT) },
        reuseExistingServer: !CI,
        timeout: 20_000,
        stdout: "pipe",
        stderr: "pipe",
      },
});
