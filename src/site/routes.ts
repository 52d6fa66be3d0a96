/**
 * Every internal URL of the site, built in one place (like Starlight's routing helpers) so
 * pages, charts, tables and tests agree. All paths end in "/" (trailingSlash: "always").
 * The Persian edition lives under /fa/, an archived release under /v/<version>/ (and
 * /fa/v/<version>/); downloads, data endpoints and the feed are the same for both languages.
 */
export function makeRoutes(options: { lang?: "" | "/fa"; version?: string } = {}) {
  const lang = options.lang ?? "";
  const prefix = `${lang}${options.version ? `/v/${options.version}` : ""}`;
  return {
    home: () => `${prefix}/`,
    wave: (id: string) => `${prefix}/waves/${id}/`,
    series: (id: string) => `${prefix}/series/${id}/`,
    source: (id: string) => `${prefix}/sources/${id}/`,
    sources: () => `${prefix}/sources/`,
    organisation: (id: string) => `${prefix}/organisations/${id}/`,
    figure: (id: string) => `${prefix}/figures/${id}/`,
    compare: () => `${prefix}/compare/`,
    /** A chart's model as JSON, fetched by the browser when the chart becomes interactive. */
    chartData: (chartId: string) => `${prefix}/charts/${chartId}.json`,
    /** A wave's cards as they stood on each day, fetched by the "as reported on" control (latest pages only). */
    asReported: (waveId: string) => `${prefix}/waves/${waveId}/as-reported.json`,
    // Pages that exist once per language, for the latest data only:
    methodology: () => `${lang}/methodology/`,
    accessibility: () => `${lang}/accessibility/`,
    changelog: () => `${lang}/changelog/`,
    data: () => `${lang}/data/`,
    search: () => `${lang}/search/`,
    /** What the search page indexes in the browser, fetched when the reader starts searching. */
    searchDocuments: () => `${lang}/search/documents.json`,
    release: (version: string) => `${lang}/v/${version}/`,
    // Language-neutral files:
    feed: () => "/changelog.xml",
    download: (version: string, file: string) => `/downloads/${version}/${file}`,
    api: (path: string) => `/api/v1/${path}`,
  };
}

export type Routes = ReturnType<typeof makeRoutes>;

/** The routes of the latest release in English, at the site's root. */
export const routes: Routes = makeRoutes();

/** The routes of one release, at its permanent prefix. */
export function versionRoutes(version: string, lang: "" | "/fa" = ""): Routes {
  return makeRoutes({ lang, version });
}

/** The same page in the other language: /waves/x/ <-> /fa/waves/x/. */
export function otherLanguagePath(pathname: string): string {
  return pathname === "/fa" || pathname.startsWith("/fa/") ? pathname.slice(3) || "/" : `/fa${pathname}`;
}
