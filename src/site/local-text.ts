import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { Annotation, Statement, Wave } from "../datasets/schemas/wave.ts";
import { fillFactText } from "./fill-fact-text.ts";
import type { SiteContext } from "./site-context.ts";

/** Prose from data/ with its language when that is not the page's (an English original on a Persian page). */
export interface Prose {
  text: string;
  lang?: "en";
}

/**
 * The data's own text in the page's language: the translation from data/translations/ where
 * one exists, the English original otherwise. Quotes and notes are never translated. On a
 * translated edition, an English original is marked: prose as English (`lang`), and names and
 * labels isolated (t.name), so that neither reorders the text around it.
 */
export function localText(ctx: SiteContext) {
  const tr = ctx.translations;
  const fill = (text: string) => fillFactText(text, ctx.index, ctx.t.intlLocale);
  /** The translation, or the English original: isolated where the page is translated. */
  const pick = (translated: string | undefined, english: string) => translated ?? (tr ? ctx.t.name(english) : english);
  const prose = (translated: string | undefined, english: string): Prose => (translated !== undefined ? { text: translated } : tr ? { text: english, lang: "en" } : { text: english });
  /** Prose as a plain string with its figures filled in: an English original isolated, since a string cannot carry lang. */
  const filled = (p: Prose) => (p.lang ? ctx.t.name(fill(p.text)) : fill(p.text));
  const caveats = (s: Series): Prose[] => s.caveats.map((c, i) => prose(tr?.series[s.id]?.caveats?.[i], c));
  const annotationProse = (w: Wave, a: Annotation) => (a.description === undefined ? undefined : prose(tr?.waves[w.id]?.annotations?.[a.id]?.description, a.description));
  const definition = (s: Series) => prose(tr?.series[s.id]?.definition, s.definition);
  const summary = (w: Wave) => prose(tr?.waves[w.id]?.summary, w.summary);
  const seriesLabel = (s: Series) => pick(tr?.series[s.id]?.label, s.label);
  const orgName = (o: Organisation) => pick(tr?.organisations[o.id]?.name, o.name);
  const orgShort = (o: Organisation) => pick(tr?.organisations[o.id]?.short_name, o.short_name);
  const annotationLabel = (w: Wave, a: Annotation) => pick(tr?.waves[w.id]?.annotations?.[a.id]?.label, a.label);
  const annotationDescription = (w: Wave, a: Annotation) => {
    const p = annotationProse(w, a);
    return p && filled(p);
  };
  return {
    /** The same texts with their {figure:…} placeholders left in, for <FactText> (which links them). */
    raw: {
      seriesDefinition: definition,
      seriesCaveats: caveats,
      waveSummary: summary,
      annotationDescription: annotationProse,
    },
    seriesLabel,
    /** What the series counts, singular and plural; the English unit when untranslated. */
    seriesUnit: (s: Series) => tr?.series[s.id]?.unit ?? s.unit,
    seriesDefinition: (s: Series) => filled(definition(s)),
    seriesScope: (s: Series) => (s.scope ? pick(tr?.series[s.id]?.scope, s.scope) : undefined),
    seriesCaveats: (s: Series) => caveats(s).map(filled),
    waveTitle: (w: Wave) => pick(tr?.waves[w.id]?.title, w.title),
    waveSummary: (w: Wave) => filled(summary(w)),
    annotationLabel,
    annotationDescription,
    statementSummary: (w: Wave, s: Statement) => pick(tr?.waves[w.id]?.statements?.[s.id]?.summary, s.summary),
    /** A publisher as recorded, or who reported an event: translated, or the English marked as English. */
    phrase: (english: string): Prose => prose(tr?.phrases[english], english),
    orgName,
    orgShort,
    orgCounts: (o: Organisation) => pick(tr?.organisations[o.id]?.counts, o.counts),
    /** Records with their displayed text swapped in, for the chart model (which only sees records). */
    series: (s: Series): Series => ({ ...s, label: seriesLabel(s), unit: tr?.series[s.id]?.unit ?? s.unit }),
    organisation: (o: Organisation): Organisation => ({ ...o, short_name: orgShort(o), name: orgName(o) }),
    annotations: (w: Wave): Annotation[] =>
      w.annotations.map((a) => ({ ...a, label: annotationLabel(w, a), description: annotationDescription(w, a) })),
  };
}

export type LocalText = ReturnType<typeof localText>;
