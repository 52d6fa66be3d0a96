import type { APIContext } from "astro";
import type { ChartView } from "./chart-view.ts";
import { pageContexts, type PageContext } from "./page-contexts.ts";
import { imageCharts } from "./page-charts.ts";
import { chartPageUrl, shareCardSvg, standaloneSvg, svgToPng } from "./share-images.ts";

type Props = { kind: "svg"; svg: string } | { kind: "png"; svg: string };

/**
 * /images/<chart-id>.svg and .png (and /fa/images/…): every chart of the latest pages as a file,
 * the SVG with legend and key to download, the PNG the 1200×630 share card. An archived release
 * (/v/<version>/images/) has its own share cards, of its own figures, and no downloads.
 */
export function imageEndpoint(contexts: () => PageContext[] = () => pageContexts(true)) {
  return {
    getStaticPaths() {
      return contexts().flatMap(({ prefix, ctx }) =>
        imageCharts(ctx).flatMap((view: ChartView) => {
          const page = chartPageUrl(ctx, view.model.id);
          const png = { params: { prefix, file: `${view.model.id}.png` }, props: { kind: "png" as const, svg: shareCardSvg(ctx, view, page) } };
          if (ctx.archived) return [png];
          return [{ params: { prefix, file: `${view.model.id}.svg` }, props: { kind: "svg" as const, svg: standaloneSvg(ctx, view, page) } }, png];
        }),
      );
    },
    GET({ props }: APIContext<Props>) {
      if (props.kind === "svg") return new Response(props.svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
      return new Response(Buffer.from(svgToPng(props.svg)), { headers: { "Content-Type": "image/png" } });
    },
  };
}
