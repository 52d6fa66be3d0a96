import type { APIContext } from "astro";
import type { Locale } from "../i18n/strings.ts";
import { asReportedData } from "./as-reported-data.ts";
import { loadSite } from "./load-site.ts";

/** <lang>/waves/<id>/as-reported.json: the latest pages' "as reported on" data (as-reported-data.ts); archived pages have no control. */
export function asReportedEndpoint(locale: Locale) {
  return {
    getStaticPaths() {
      return loadSite().byLocale[locale].current.index.data.waves.map((w) => ({ params: { id: w.id } }));
    },
    GET({ params }: APIContext) {
      const data = asReportedData(loadSite().byLocale[locale].current, params.id!);
      return new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json; charset=utf-8" } });
    },
  };
}
