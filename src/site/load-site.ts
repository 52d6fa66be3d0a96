import { translationsFor } from "./translations-for.ts";
import { join } from "node:path";
import { formatProblem } from "../datasets/problem.ts";
import type { Release } from "../datasets/schemas/release.ts";
import { buildSiteIndex, type SiteIndex } from "../domain/site-index.ts";
import { validateDataset } from "../domain/validate-dataset.ts";
import { VerifiedReleases } from "../datasets/verified-releases.ts";
import { LOCALES, strings, type Locale } from "../i18n/strings.ts";
import { makeRoutes } from "./routes.ts";
import type { SiteContext } from "./site-context.ts";

export interface Site {
  /** What the root (and /fa/) pages show: the latest release, or data/ itself before any release. */
  current: SiteContext;
  /** One context per release, oldest first, each at /v/<version>/. */
  archives: SiteContext[];
  /** The same, per language. */
  byLocale: Record<Locale, { current: SiteContext; archives: SiteContext[] }>;
  releases: Release[];
  /** The current English index (for pages that exist once). */
  index: SiteIndex;
}

let cached: Site | undefined;

/**
 * The build's single entry to data/: validated once per build, and the build stops on any
 * error, so no page is ever made from half-valid data. Released versions are read from their
 * frozen files, so what a citation points to never changes.
 */
export function loadSite(): Site {
  cached ??= siteFrom(process.env.DATA_DIR ?? join(process.cwd(), "data"), process.env.RELEASES_PRERENDERED ?? "");
  return cached;
}

/**
 * The site of one data directory, read afresh (loadSite keeps the build's). `prerenderedList`
 * names, comma-separated, the releases whose pages a previous build rendered.
 */
export function siteFrom(dataDir: string, prerenderedList = ""): Site {
  const root = process.cwd();
  const result = validateDataset(dataDir, { root, verified: VerifiedReleases.forProject(root) });
  if (result.errors.length > 0) {
    throw new Error(`data/ is not valid; run \`npm run validate\` for details.\n${result.errors.map(formatProblem).join("\n")}`);
  }
  const releases = result.releases;
  const latest = releases.at(-1) ?? null;
  // Releases whose pages a previous build rendered and scripts/build.ts copies in (release-cache.ts).
  // Stryker disable next-line MethodExpression: no release is named "", so an empty name in the list changes nothing
  const prerendered = new Set(prerenderedList.split(",").filter(Boolean));
  // A release's index only where pages are rendered from it: the latest, and releases not kept.
  // Stryker disable next-line ConditionalExpression: an index of a release not rendered is never read (building it only costs time)
  const indexes = releases.map((r, i) => (i === releases.length - 1 || !prerendered.has(r.version) ? buildSiteIndex({ ...r.data, withdrawn: [], translations: {} }) : null));
  const working = latest ? indexes.at(-1)! : buildSiteIndex(result.dataset);

  const forLocale = (locale: Locale) => {
    const lang = locale === "fa" ? "/fa" : "";
    // Stryker disable next-line ConditionalExpression,StringLiteral: English is the data's own language: data/translations/ has no en.json
    const tr = locale === "en" ? undefined : result.dataset.translations[locale];
    // Each page uses the translations of the English it shows (see translations-for.ts).
    const translations = (shown: Parameters<typeof translationsFor>[2]) => (tr ? translationsFor(tr, result.dataset, shown) : undefined);
    const base = { locale, t: strings(locale) };
    const archives: SiteContext[] = releases.flatMap((release, i) => (prerendered.has(release.version) ? [] : [{
      ...base,
      translations: translations(release.data),
      index: indexes[i]!,
      routes: makeRoutes({ lang, version: release.version }),
      release,
      archived: true,
    }]));
    const current: SiteContext = { ...base, translations: translations(latest?.data ?? result.dataset), index: working, routes: makeRoutes({ lang }), release: latest, archived: false };
    return { current, archives };
  };
  const byLocale = Object.fromEntries(LOCALES.map((l) => [l, forLocale(l)])) as Site["byLocale"];
  return { current: byLocale.en.current, archives: byLocale.en.archives, byLocale, releases, index: working };
}
