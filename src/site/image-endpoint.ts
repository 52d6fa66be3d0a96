import type { APIContext } from "astro";
import type { Locale } from "../i18n/strings.ts";
import type { ChartView } from "./chart-view.ts";
import { absoluteUrl } from "./site-origin.ts";
import { loadSite } from "./load-site.ts";
import { chartPage, imageCharts } from "./page-charts.ts";
import { standaloneSvg, svgToPng } from "./share-images.ts";

/** /images/<chart-id>.svg and .png (and /fa/images/…): every chart of the latest pages as a file. */
export function imageEndpoint(locale: Locale) {
  return {
    getStaticPaths() {
      const ctx = loadSite().byLocale[locale].current;
      return imageCharts(ctx).flatMap((view: ChartView) => {
        const svg = standaloneSvg(ctx, view, absoluteUrl(chartPage(ctx, view.model.id)));
        return [
          { params: { file: `${view.model.id}.svg` }, props: { kind: "svg" as const, svg } },
          { params: { file: `${view.model.id}.png` }, props: { kind: "png" as const, svg } },
        ];
      });
    },
    GET({ props }: APIContext<{ kind: "svg" | "png"; svg: string }>) {
      if (props.kind === "svg") return new Response(props.svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
      return new Response(Buffer.from(svgToPng(props.svg)), { headers: { "Content-Type": "image/png" } });
    },
  };
}
