/**
 * Every internal URL of the site, built in one place (like Starlight's routing helpers) so
 * pages, charts, tables and tests agree. All paths end in "/" (trailingSlash: "always").
 * `makeRoutes("/v/2026-11-29")` gives the same URLs inside an archived release.
 */
export function makeRoutes(prefix = "") {
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
    // Pages that exist once, for the latest data only:
    methodology: () => "/methodology/",
    changelog: () => "/changelog/",
    data: () => "/data/",
    feed: () => "/changelog.xml",
    release: (version: string) => `/v/${version}/`,
    download: (version: string, file: string) => `/downloads/${version}/${file}`,
    api: (path: string) => `/api/v1/${path}`,
  };
}

export type Routes = ReturnType<typeof makeRoutes>;

/** The routes of the latest release, at the site's root. */
export const routes: Routes = makeRoutes();

/** The routes of one release, at its permanent prefix. */
export function versionRoutes(version: string): Routes {
  return makeRoutes(`/v/${version}`);
}
