import type { SiteIndex } from "../domain/site-index.ts";
import type { Release } from "../datasets/schemas/release.ts";
import type { Routes } from "./routes.ts";

/**
 * Which data a page shows and where its links go: the latest release at the root, or one
 * archived release under /v/<version>/. Pages render the same components for both.
 */
export interface SiteContext {
  index: SiteIndex;
  routes: Routes;
  /** The release shown, or null when data/ has never been released (a preview build). */
  release: Release | null;
  /** true for pages under /v/<version>/ (shown with the archived-version banner). */
  archived: boolean;
  /** The newest release's version, for "see the latest" links and citations. */
  latestVersion: string | null;
}
