import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { Annotation, Statement, Wave } from "../datasets/schemas/wave.ts";
import { fillFactText } from "./fill-fact-text.ts";
import type { SiteContext } from "./site-context.ts";

/**
 * The data's own text in the page's language: the translation from data/translations/ where
 * one exists, the English original otherwise. Quotes and notes are never translated.
 */
export function localText(ctx: SiteContext) {
  const tr = ctx.translations;
  const fill = (text: string) => fillFactText(text, ctx.index, ctx.t.intlLocale);
  const fillOpt = (text: string | undefined) => (text === undefined ? undefined : fill(text));
  return {
    /** The same texts with their {figure:…} placeholders left in, for <FactText> (which links them). */
    raw: {
      seriesDefinition: (s: Series) => fill(tr?.series[s.id]?.definition ?? s.definition),
      seriesCaveats: (s: Series) => (tr?.series[s.id]?.caveats ?? s.caveats).map(fill),
      waveSummary: (w: Wave) => fill(tr?.waves[w.id]?.summary ?? w.summary),
      annotationDescription: (w: Wave, a: Annotation) => tr?.waves[w.id]?.annotations?.[a.id]?.description ?? a.description,
    },
    seriesLabel: (s: Series) => tr?.series[s.id]?.label ?? s.label,
    /** What the series counts, singular and plural; the English unit when untranslated. */
    seriesUnit: (s: Series) => tr?.series[s.id]?.unit ?? s.unit,
    seriesDefinition: (s: Series) => fill(tr?.series[s.id]?.definition ?? s.definition),
    seriesScope: (s: Series) => (s.scope ? (tr?.series[s.id]?.scope ?? s.scope) : undefined),
    seriesCaveats: (s: Series) => (tr?.series[s.id]?.caveats ?? s.caveats).map(fill),
    waveTitle: (w: Wave) => tr?.waves[w.id]?.title ?? w.title,
    waveSummary: (w: Wave) => fill(tr?.waves[w.id]?.summary ?? w.summary),
    annotationLabel: (w: Wave, a: Annotation) => tr?.waves[w.id]?.annotations?.[a.id]?.label ?? a.label,
    annotationDescription: (w: Wave, a: Annotation) => fillOpt(tr?.waves[w.id]?.annotations?.[a.id]?.description ?? a.description),
    /** Who reported an event without a cited document: translated, or the English original marked as English. */
    annotationReportedBy: (w: Wave, a: Annotation, reportedBy: string) => {
      const translated = tr?.waves[w.id]?.annotations?.[a.id]?.reported_by;
      return translated ? { text: translated } : { text: reportedBy, lang: tr ? "en" : undefined };
    },
    statementSummary: (w: Wave, s: Statement) => tr?.waves[w.id]?.statements?.[s.id]?.summary ?? s.summary,
    orgName: (o: Organisation) => tr?.organisations[o.id]?.name ?? o.name,
    orgShort: (o: Organisation) => tr?.organisations[o.id]?.short_name ?? o.short_name,
    orgCounts: (o: Organisation) => tr?.organisations[o.id]?.counts ?? o.counts,
    /** Records with their displayed text swapped in, for the chart model (which only sees records). */
    series: (s: Series): Series => ({ ...s, label: tr?.series[s.id]?.label ?? s.label, unit: tr?.series[s.id]?.unit ?? s.unit }),
    organisation: (o: Organisation): Organisation => ({ ...o, short_name: tr?.organisations[o.id]?.short_name ?? o.short_name, name: tr?.organisations[o.id]?.name ?? o.name }),
    annotations: (w: Wave): Annotation[] =>
      w.annotations.map((a) => ({
        ...a,
        label: tr?.waves[w.id]?.annotations?.[a.id]?.label ?? a.label,
        description: fillOpt(tr?.waves[w.id]?.annotations?.[a.id]?.description ?? a.description),
      })),
  };
}

export type LocalText = ReturnType<typeof localText>;
