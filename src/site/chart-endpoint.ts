import type { APIContext } from "astro";
import type { ChartModel } from "../charts/chart-types.ts";
import { pageContexts } from "./page-contexts.ts";
import { allCharts } from "./page-charts.ts";
import { EMBED_NARROW_HEIGHT } from "./embed-layout.ts";

/**
 * The static JSON endpoint serving every chart model of both languages, latest and archived:
 * <id>.json is the wide layout, <id>.narrow.json the phone layout (the browser fetches the one
 * its chart's width calls for); for the latest charts, <id>.embed.json is the shorter narrow
 * layout of the embed pages (EmbedPage.astro).
 */
export function chartEndpoint() {
  return {
    getStaticPaths() {
      return pageContexts(true).flatMap(({ prefix, ctx }) =>
        allCharts(ctx).flatMap((v) => {
          const models: Array<[string, ChartModel]> = [[v.model.id, v.model], [`${v.model.id}.narrow`, v.narrow]];
          if (!ctx.archived) models.push([`${v.model.id}.embed`, v.narrowAt(EMBED_NARROW_HEIGHT).model]);
          return models.map(([id, model]) => ({ params: { prefix, id }, props: { model } }));
        }),
      );
    },
    GET({ props }: APIContext<{ model: ChartModel }>) {
      return new Response(JSON.stringify(props.model), { headers: { "Content-Type": "application/json; charset=utf-8" } });
    },
  };
}
