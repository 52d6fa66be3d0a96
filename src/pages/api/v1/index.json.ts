import { loadSite } from "../../../site/load-site.ts";
import { routes } from "../../../site/routes.ts";
import { absoluteUrl } from "../../../site/site-origin.ts";
import { offlineCopies } from "../../../site/offline-copies.ts";

/** /api/v1/index.json: the releases and the series of the latest one, with their endpoints. */
export function GET() {
  const site = loadSite();
  const { index, release } = site.current;
  const copies = offlineCopies();
  const body = {
    $schema: absoluteUrl(routes.api("schema/index.schema.json")),
    version: release?.version ?? null,
    releases: site.releases.map((r) => ({
      version: r.version,
      date: r.date,
      sha256: r.sha256,
      summary: r.summary,
      dataset: routes.download(r.version, "dataset.json"),
      datapackage: routes.download(r.version, "datapackage.json"),
      dataset_commit: r.dataset_commit ?? null,
      // The whole site of the release (site.zip) and its Kiwix file (site.zim), each with its SHA-256 file.
      offline: (copies[r.version] ?? []).map((name) => ({ name, url: routes.download(r.version, name), sha256: routes.download(r.version, `${name}.sha256`) })),
    })),
    series: index.data.series.map((s) => ({ id: s.id, label: s.label, wave: s.wave, organisation: s.organisation, measure: s.measure, url: routes.api(`series/${s.id}.json`) })),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
