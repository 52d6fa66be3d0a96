import type { DatasetFigure } from "../datasets/dataset.ts";
import { unitAfter } from "../domain/claim-words.ts";
import { formatDateCached } from "../format/format-date.ts";
import { formatFigure } from "../format/format-figure.ts";
import { localText } from "./local-text.ts";
import type { SiteContext } from "./site-context.ts";

/** A figure's name in the page's language, "HRANA: 1,200 people arrested, 10 January 2026": its page's heading and its search result. */
export function figureTitle(ctx: SiteContext, f: DatasetFigure): string {
  const { index, t } = ctx;
  const text = localText(ctx);
  const s = index.series.get(f.series)!;
  const org = index.organisation.get(f.organisation)!;
  const L = t.intlLocale;
  return `${t.name(text.orgShort(org))}: ${formatFigure(f, L)} ${unitAfter(f, text.seriesUnit(s), s.measure, L)}${f.as_of ? `${t.comma}${formatDateCached(f.as_of, "long", L)}` : ""}`;
}
