import type { Locale } from "../i18n/strings.ts";
import { loadSite } from "./load-site.ts";
import { allCharts } from "./page-charts.ts";

/** One embed page per chart of the latest pages, per language. */
export function embedPaths(locale: Locale) {
  const ctx = loadSite().byLocale[locale].current;
  return allCharts(ctx).map((view) => ({ params: { id: view.model.id }, props: { ctx, view } }));
}
