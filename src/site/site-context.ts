import type { PageTranslations } from "./translations-for.ts";
import type { SiteIndex } from "../domain/site-index.ts";
import type { Release } from "../datasets/schemas/release.ts";
import type { Strings } from "../i18n/en.ts";
import type { Locale } from "../i18n/strings.ts";
import type { Routes } from "./routes.ts";

/**
 * Which data a page shows, in which language, and where its links go: the latest release at
 * the root (or /fa/), or one archived release under /v/<version>/. Pages render the same
 * components for all of them.
 */
export interface SiteContext {
  index: SiteIndex;
  routes: Routes;
  /** The release shown, or null when data/ has never been released (a preview build). */
  release: Release | null;
  /** true for pages under /v/<version>/ (shown with the archived-version banner). */
  archived: boolean;
  locale: Locale;
  t: Strings;
  /** Translations of the data's own text for this locale (none for English). */
  translations?: PageTranslations;
}
