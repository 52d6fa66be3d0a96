// @ts-check
import { defineConfig } from "astro/config";

// A fully static site: every page is HTML on disk, nothing is rendered on request.
export default defineConfig({
  // The public origin (src/site/site-origin.ts): scripts/build.ts refuses a production build without SITE_URL.
  site: process.env.SITE_URL?.trim() || "http://localhost:4321/",
  output: "static",
  // OUT_DIR lets tests and benchmarks build elsewhere without touching dist/.
  outDir: process.env.OUT_DIR ?? "./dist",
  trailingSlash: "always",
  // concurrency: Astro renders this many pages at once on its one thread, so one page renders
  // while another's directory and file are written (a third of a build's time was spent waiting
  // on those writes). The output is byte-identical; BUILD_CONCURRENCY=1 restores Astro's default
  // for comparison (docs/BENCHMARKS.md).
  build: { format: "directory", inlineStylesheets: "never", concurrency: Math.max(1, Number(process.env.BUILD_CONCURRENCY) || 4) },
  compressHTML: true,
  devToolbar: { enabled: false },
  server: { host: "127.0.0.1" },
  vite: { build: { assetsInlineLimit: 0 } },
});
