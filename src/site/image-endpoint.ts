import type { APIContext } from "astro";
import type { Locale } from "../i18n/strings.ts";
import type { ChartView } from "./chart-view.ts";
import { loadSite } from "./load-site.ts";
import { imageCharts } from "./page-charts.ts";
import { chartPageUrl, shareCardSvg, standaloneSvg, svgToPng } from "./share-images.ts";

type Props = { kind: "svg"; svg: string } | { kind: "png"; svg: string };

/**
 * /images/<chart-id>.svg and .png (and /fa/images/…): every chart of the latest pages as a file,
 * the SVG with legend and key to download, the PNG the 1200×630 share card. An archived release
 * (/v/<version>/images/, `archived`) has its own share cards, of its own figures, and no downloads.
 */
export function imageEndpoint(locale: Locale, archived = false) {
  return {
    getStaticPaths() {
      const site = loadSite().byLocale[locale];
      return (archived ? site.archives : [site.current]).flatMap((ctx) => {
        const version = archived ? { version: ctx.release!.version } : {};
        return imageCharts(ctx).flatMap((view: ChartView) => {
          const page = chartPageUrl(ctx, view.model.id);
          const png = { params: { file: `${view.model.id}.png`, ...version }, props: { kind: "png" as const, svg: shareCardSvg(ctx, view, page) } };
          if (archived) return [png];
          return [{ params: { file: `${view.model.id}.svg` }, props: { kind: "svg" as const, svg: standaloneSvg(ctx, view, page) } }, png];
        });
      });
    },
    GET({ props }: APIContext<Props>) {
      if (props.kind === "svg") return new Response(props.svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
      return new Response(Buffer.from(svgToPng(props.svg)), { headers: { "Content-Type": "image/png" } });
    },
  };
}
