/**
 * A small hand-made dataset as the site sees it (SiteContext), for unit tests of src/site that
 * need real pages' glue without loading all of data/. Build it inside a test (`smallSite()`):
 * Stryker switches a mutant on only once a test runs.
 *
 * Two waves. The January 2026 wave (the latest):
 * - HRANA, people arrested: at least 1,200 (3 Jan, report of 4 Jan), at least 1,500 (6 Jan, report
 *   of 7 Jan), and on 9 Jan (report of 10 Jan) two different numbers, 2,000 and about 2,500;
 * - IHR, people killed: 40 (5 Jan, statement of 8 Jan), then an undated 55 on a weak news
 *   site published 9 Jan;
 * - the Judiciary, people arrested: about 3,000 (8 Jan, its statement of 8 Jan);
 * - HRANA, people arrested in prisons: not on charts (one figure);
 * - HRANA, people indicted: 12 (7 Jan) (a judicial count: listed, never charted).
 * Events: an internet blackout from 6 Jan (the whole wave, cited by two documents) and a note on
 * executions (measure "executed", which no chart here shows).
 * The 2022 wave: HRANA, people arrested: at least 100 (20 Sep 2022), at least 300 (1 Oct 2022).
 */
import { vi } from "vitest";
import type { Dataset, DatasetFigure } from "../../src/datasets/dataset.ts";
import type { Organisation } from "../../src/datasets/schemas/organisation.ts";
import type { Series } from "../../src/datasets/schemas/series.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";
import type { Wave } from "../../src/datasets/schemas/wave.ts";
import { buildSiteIndex } from "../../src/domain/site-index.ts";
import { strings } from "../../src/i18n/strings.ts";
import { makeRoutes } from "../../src/site/routes.ts";
import type { Site } from "../../src/site/load-site.ts";
import type { SiteContext } from "../../src/site/site-context.ts";
import type { PageTranslations } from "../../src/site/translations-for.ts";

const org = (id: string, short_name: string, kind: Organisation["kind"]): Organisation => ({ id, name: `${short_name} (full name)`, short_name, kind, home_page: null, counts: `What ${short_name} counts.` });

const doc = (id: string, publisher: string, published: string | null, over: Partial<SourceDocument> = {}): SourceDocument => ({
  id,
  title: `${publisher}: ${id}`,
  publisher,
  url: `https://example.org/${id}`,
  published,
  accessed: published,
  language: "en",
  kind: "report",
  ...over,
});

const series = (id: string, wave: string, organisation: string, measure: Series["measure"], unit: Series["unit"], over: Partial<Series> = {}): Series => ({
  id,
  wave,
  organisation,
  measure,
  label: `${id} label`,
  unit,
  definition: `Definition of ${id}.`,
  cumulative: true,
  caveats: [],
  on_charts: true,
  ...over,
});

const ARRESTED = { one: "person arrested", other: "people arrested" };
const KILLED = { one: "person killed", other: "people killed" };

const fig = (s: Series, id: string, as_of: string | null, source: string, over: Partial<DatasetFigure>): DatasetFigure => ({
  id,
  series: s.id,
  organisation: s.organisation,
  measure: s.measure,
  as_of,
  qualifier: "exact",
  source,
  quote: `Quote of ${id}.`,
  figure_text: "n",
  flags: [],
  ...over,
});

export function smallDataset(): Dataset {
  const organisations = [org("hrana", "HRANA", "ngo"), org("ihr", "IHR", "ngo"), org("judiciary", "Judiciary", "government")];
  const sources = [
    doc("hrana-day-3", "HRANA", "2026-01-04"),
    doc("hrana-day-6", "HRANA", "2026-01-07"),
    doc("hrana-day-9", "HRANA", "2026-01-10"),
    doc("ihr-statement", "IHR", "2026-01-08", { kind: "statement" }),
    doc("weak-news", "Weak News", "2026-01-09", { kind: "blog" }),
    doc("judiciary-statement", "Mizan", "2026-01-08", { kind: "statement" }),
    doc("blackout-report", "NetBlocks", "2026-01-06", { kind: "news" }),
    doc("blackout-followup", "Access Now", "2026-01-07", { kind: "news" }),
    doc("hrana-2022-a", "HRANA", "2022-09-21"),
    doc("hrana-2022-b", "HRANA", "2022-10-02"),
  ];
  const waves: Wave[] = [
    { id: "mahsa-2022", title: "Mahsa Amini protests", start: "2022-09-16", end: "2023-02-01", summary: "The 2022 wave.", annotations: [] },
    {
      id: "jan-2026",
      title: "January 2026 protests",
      start: "2026-01-01",
      end: null,
      summary: "HRANA counted {figure:hrana-a-6} by {as_of:hrana-a-6}.",
      annotations: [
        { id: "blackout", start: "2026-01-06", label: "Internet blackout", source: { documents: [{ document: "blackout-report" }, { document: "blackout-followup" }] } },
        { id: "executions-note", start: "2026-01-07", measures: ["executed"], label: "First execution", source: { reported_by: "Someone", citation_incomplete: true } },
      ],
    },
  ];
  const hranaArrested = series("hrana-arrested-2026", "jan-2026", "hrana", "arrested", ARRESTED);
  const ihrKilled = series("ihr-killed-2026", "jan-2026", "ihr", "killed", KILLED);
  const judiciaryArrested = series("judiciary-arrested-2026", "jan-2026", "judiciary", "arrested", ARRESTED);
  const hranaPrisons = series("hrana-prisons-2026", "jan-2026", "hrana", "arrested", ARRESTED, { on_charts: false, caveats: ["Counts only prisons."] });
  const hranaIndicted = series("hrana-indicted-2026", "jan-2026", "hrana", "indicted", { one: "person indicted", other: "people indicted" });
  const hrana2022 = series("hrana-arrested-2022", "mahsa-2022", "hrana", "arrested", ARRESTED);
  const figures = [
    fig(hranaArrested, "hrana-a-3", "2026-01-03", "hrana-day-3", { value: 1200, qualifier: "at_least" }),
    fig(hranaArrested, "hrana-a-6", "2026-01-06", "hrana-day-6", { value: 1500, qualifier: "at_least" }),
    fig(hranaArrested, "hrana-a-9", "2026-01-09", "hrana-day-9", { value: 2000 }),
    fig(hranaArrested, "hrana-a-9-about", "2026-01-09", "hrana-day-9", { value: 2500, qualifier: "about" }),
    fig(ihrKilled, "ihr-k-5", "2026-01-05", "ihr-statement", { value: 40 }),
    fig(ihrKilled, "ihr-k-undated", null, "weak-news", { value: 55, flags: ["low_quality_source"] }),
    fig(judiciaryArrested, "judiciary-a-8", "2026-01-08", "judiciary-statement", { value: 3000, qualifier: "about" }),
    fig(hranaPrisons, "hrana-prisons-7", "2026-01-07", "hrana-day-6", { value: 90 }),
    fig(hranaIndicted, "hrana-indicted-7", "2026-01-07", "hrana-day-6", { value: 12 }),
    fig(hrana2022, "hrana-2022-a", "2022-09-20", "hrana-2022-a", { value: 100, qualifier: "at_least" }),
    fig(hrana2022, "hrana-2022-b", "2022-10-01", "hrana-2022-b", { value: 300, qualifier: "at_least" }),
  ];
  return { organisations, sources, waves, series: [hranaArrested, ihrKilled, judiciaryArrested, hranaPrisons, hranaIndicted, hrana2022], figures, withdrawn: [], translations: {} };
}

/** Persian for a few records only, so that both a translated name and an English one show. */
export const FA_TRANSLATIONS: PageTranslations = {
  organisations: { hrana: { short_name: "هرانا", name: "خبرگزاری هرانا" } },
  series: { "hrana-arrested-2026": { label: "هرانا: بازداشت‌شدگان", unit: { one: "نفر بازداشت‌شده", other: "نفر بازداشت‌شده" } } },
  waves: { "jan-2026": { title: "اعتراضات دی ۱۴۰۴" } },
  phrases: {},
};

/**
 * The charts of the small site's latest pages, in the order the pages list them, worked out by
 * hand from smallDataset(): the home chart, each wave's charted groups, each charted series, the
 * comparison.
 */
export const SMALL_SITE_CHARTS = [
  "home-detainees",
  "mahsa-2022-detainees",
  "jan-2026-detainees",
  "jan-2026-deaths",
  "series-hrana-arrested-2026",
  "series-ihr-killed-2026",
  "series-judiciary-arrested-2026",
  "series-hrana-indicted-2026",
  "series-hrana-arrested-2022",
  "compare-arrests",
];

export interface SmallSite {
  data: Dataset;
  en: SiteContext;
  fa: SiteContext;
  /** The same data as an archived release, at /v/1.0.0/. */
  enArchived: SiteContext;
}

export function smallSite(data: Dataset = smallDataset()): SmallSite {
  const index = buildSiteIndex(data);
  const en: SiteContext = { index, routes: makeRoutes(), release: null, archived: false, locale: "en", t: strings("en") };
  const fa: SiteContext = { index, routes: makeRoutes({ lang: "/fa" }), release: null, archived: false, locale: "fa", t: strings("fa"), translations: FA_TRANSLATIONS };
  const enArchived: SiteContext = { ...en, routes: makeRoutes({ version: "1.0.0" }), archived: true };
  return { data, en, fa, enArchived };
}

/**
 * Makes a mocked `loadSite` (vi.mock("…/load-site.ts") in the test file) return the small site:
 * English with one archived release, Persian without. Returns the site's contexts.
 */
export function useSmallSite(loadSite: () => Site): SmallSite {
  const s = smallSite();
  vi.mocked(loadSite).mockReturnValue({ byLocale: { en: { current: s.en, archives: [s.enArchived] }, fa: { current: s.fa, archives: [] } } } as unknown as Site);
  return s;
}
