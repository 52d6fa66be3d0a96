import type { APIContext } from "astro";
import type { ChartModel } from "../charts/chart-types.ts";
import type { Locale } from "../i18n/strings.ts";
import { loadSite } from "./load-site.ts";
import { allCharts } from "./page-charts.ts";

/**
 * The static JSON endpoint serving every chart model of one language, latest or archived:
 * <id>.json is the wide layout, <id>.narrow.json the phone layout (the browser fetches the one
 * its chart's width calls for).
 */
export function chartEndpoint(locale: Locale, archived: boolean) {
  return {
    getStaticPaths() {
      const site = loadSite().byLocale[locale];
      const contexts = archived ? site.archives : [site.current];
      return contexts.flatMap((ctx) =>
        allCharts(ctx).flatMap((v) =>
          [v.model, v.narrow].map((model) => ({
            params: { id: model.layout === "narrow" ? `${model.id}.narrow` : model.id, ...(archived ? { version: ctx.release!.version } : {}) },
            props: { model },
          })),
        ),
      );
    },
    GET({ props }: APIContext<{ model: ChartModel }>) {
      return new Response(JSON.stringify(props.model), { headers: { "Content-Type": "application/json; charset=utf-8" } });
    },
  };
}
