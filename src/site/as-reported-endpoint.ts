import type { APIContext } from "astro";
import { asReportedData } from "./as-reported-data.ts";
import { pageContexts } from "./page-contexts.ts";
import type { SiteContext } from "./site-context.ts";

/** <lang>/waves/<id>/as-reported.json: the latest pages' "as reported on" data (as-reported-data.ts); archived pages have no control. */
export function asReportedEndpoint() {
  return {
    getStaticPaths() {
      return pageContexts(false).flatMap(({ prefix, ctx }) => ctx.index.data.waves.map((w) => ({ params: { prefix, id: w.id }, props: { ctx } })));
    },
    GET({ params, props }: APIContext<{ ctx: SiteContext }>) {
      const data = asReportedData(props.ctx, params.id!);
      return new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json; charset=utf-8" } });
    },
  };
}
