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
  build: { format: "directory", inlineStylesheets: "never" },
  compressHTML: true,
  devToolbar: { enabled: false },
  server: { host: "127.0.0.1" },
  vite: { build: { assetsInlineLimit: 0 } },
});
