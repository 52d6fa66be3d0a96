import type { APIContext } from "astro";
import type { ChartModel } from "../charts/chart-types.ts";
import type { Locale } from "../i18n/strings.ts";
import { loadSite } from "./load-site.ts";
import { allCharts } from "./page-charts.ts";
import { EMBED_NARROW_HEIGHT } from "./embed-layout.ts";

/**
 * The static JSON endpoint serving every chart model of one language, latest or archived:
 * <id>.json is the wide layout, <id>.narrow.json the phone layout (the browser fetches the one
 * its chart's width calls for); for the latest charts, <id>.embed.json is the shorter narrow
 * layout of the embed pages (EmbedPage.astro).
 */
export function chartEndpoint(locale: Locale, archived: boolean) {
  return {
    getStaticPaths() {
      const site = loadSite().byLocale[locale];
      const contexts = archived ? site.archives : [site.current];
      return contexts.flatMap((ctx) =>
        allCharts(ctx).flatMap((v) => {
          const models: Array<[string, ChartModel]> = [[v.model.id, v.model], [`${v.model.id}.narrow`, v.narrow]];
          if (!archived) models.push([`${v.model.id}.embed`, v.narrowAt(EMBED_NARROW_HEIGHT).model]);
          return models.map(([id, model]) => ({ params: { id, ...(archived ? { version: ctx.release!.version } : {}) }, props: { model } }));
        }),
      );
    },
    GET({ props }: APIContext<{ model: ChartModel }>) {
      return new Response(JSON.stringify(props.model), { headers: { "Content-Type": "application/json; charset=utf-8" } });
    },
  };
}
