import { publisherName } from "../format/publisher-name.ts";
import { formatDateCached } from "../format/format-date.ts";
import { figureTitle } from "./figure-title.ts";
import { localText } from "./local-text.ts";
import type { SiteContext } from "./site-context.ts";

/**
 * One thing the search page can find: a figure, a source document or an organisation. The
 * browser indexes these itself (MiniSearch), so only what a reader can see on the site goes in:
 * no research notes, no attribution reasoning, no archived releases.
 */
export interface SearchDocument {
  /** The page the result links to (unique: also the index's id). */
  url: string;
  kind: "figure" | "source" | "organisation";
  /** The result's heading, in the page's language. */
  title: string;
  /** The language of `quote` (figures) or of `title` (documents), when it may differ from the page's. */
  lang?: string;
  // The fields searched (see client/search-options.ts):
  name?: string;
  organisation?: string;
  measure?: string;
  quote?: string;
  publisher?: string;
  date?: string;
}

/** Unicode isolates are layout, not words. */
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, "");
/** Texts joined once each, empty ones left out. */
const join = (...parts: (string | undefined)[]) => [...new Set(parts.filter((p): p is string => !!p).map(plain))].join(" · ") || undefined;
/** The day in the page's calendar and words, and as written in the data (2026-01-10). */
const dates = (iso: string | null | undefined, locale: string) => (iso ? join(formatDateCached(iso, "long", locale), iso) : undefined);

/** What the search page of one language searches: the latest release's figures, documents and organisations. */
export function searchDocuments(ctx: SiteContext): SearchDocument[] {
  const { index, routes, t } = ctx;
  const text = localText(ctx);
  const L = t.intlLocale;
  const orgNames = new Map(index.data.organisations.map((o) => [o.id, join(text.orgName(o), text.orgShort(o), o.name, o.short_name, ...(o.aliases ?? []))]));
  const figures = index.data.figures.map((f): SearchDocument => {
    const s = index.series.get(f.series)!;
    const doc = index.source.get(f.source)!;
    return {
      url: routes.figure(f.id),
      kind: "figure",
      title: plain(figureTitle(ctx, f)),
      lang: doc.language,
      organisation: orgNames.get(f.organisation),
      measure: join(text.seriesLabel(s), t.measures[s.measure], s.label),
      quote: join(f.quote, f.translation),
      date: dates(f.as_of, L),
    };
  });
  const sources = index.data.sources.map((d): SearchDocument => ({
    url: routes.source(d.id),
    kind: "source",
    title: d.title,
    lang: d.language,
    name: d.title,
    publisher: join(publisherName(d), text.phrase(d.publisher).text),
    date: dates(d.published, L),
  }));
  const organisations = index.data.organisations.map((o): SearchDocument => ({
    url: routes.organisation(o.id),
    kind: "organisation",
    title: plain(text.orgName(o)),
    name: orgNames.get(o.id),
  }));
  return [...organisations, ...sources, ...figures];
}
