import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { Translations } from "../datasets/schemas/translations.ts";
import type { Wave } from "../datasets/schemas/wave.ts";

type Tr = Translations;
type WaveTr = Tr["waves"][string];

/** Translations as one page may use them: any field may be absent, and the page shows the English then. */
export interface PageTranslations {
  organisations: Record<string, Partial<Tr["organisations"][string]>>;
  series: Record<string, Partial<Tr["series"][string]>>;
  waves: Record<string, Partial<Omit<WaveTr, "annotations" | "statements">> & { annotations?: Record<string, Partial<NonNullable<WaveTr["annotations"]>[string]>>; statements?: Record<string, Partial<NonNullable<WaveTr["statements"]>[string]>> }>;
  phrases: Record<string, string>;
}

interface Records {
  organisations: Organisation[];
  series: Series[];
  waves: Wave[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields of `tr` whose English, in the records written for, is the English the page shows. */
function fieldsFor<T extends object>(tr: T | undefined, writtenFor: object | undefined, shown: object | undefined): Partial<T> | undefined {
  if (!tr || !writtenFor || !shown) return undefined;
  const w = writtenFor as Record<string, unknown>;
  const s = shown as Record<string, unknown>;
  return Object.fromEntries(Object.entries(tr).filter(([k]) => same(w[k], s[k]))) as Partial<T>;
}

const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));

/**
 * A translation is of the English it was written for: data/ as it is now. A page of another
 * release (an archived version, or the latest release before data/ changed) uses a translated
 * field only where its own English is the same; elsewhere it shows its English, marked as
 * such, rather than a translation of words it does not contain, or one that cites figures it
 * does not have.
 */
export function translationsFor(tr: Translations, writtenFor: Records, shown: Records): PageTranslations {
  const [wOrg, wSer, wWave] = [byId(writtenFor.organisations), byId(writtenFor.series), byId(writtenFor.waves)];
  const [sOrg, sSer, sWave] = [byId(shown.organisations), byId(shown.series), byId(shown.waves)];
  const out: PageTranslations = { organisations: {}, series: {}, waves: {}, phrases: tr.phrases ?? {} };
  for (const [id, t] of Object.entries(tr.organisations)) {
    const f = fieldsFor(t, wOrg.get(id), sOrg.get(id));
    if (f) out.organisations[id] = f;
  }
  for (const [id, t] of Object.entries(tr.series)) {
    const f = fieldsFor(t, wSer.get(id), sSer.get(id));
    if (f) out.series[id] = f;
  }
  for (const [id, t] of Object.entries(tr.waves)) {
    const [w, s] = [wWave.get(id), sWave.get(id)];
    const { annotations, statements, ...own } = t;
    const f = fieldsFor(own, w, s);
    // Stryker disable next-line LogicalOperator,ConditionalExpression: f is undefined exactly when w or s is (fieldsFor); !w and !s are there for the types
    if (!f || !w || !s) continue;
    // Stryker disable next-line ArrayDeclaration: a default list of any records without ids finds no translation either
    const each = <T extends object>(xs: Record<string, T> | undefined, wx: Array<{ id: string }> = [], sx: Array<{ id: string }> = []) => {
      const [wm, sm] = [byId(wx), byId(sx)];
      return Object.fromEntries(Object.entries(xs ?? {}).flatMap(([k, v]) => (fieldsFor(v, wm.get(k), sm.get(k)) ? [[k, fieldsFor(v, wm.get(k), sm.get(k))!]] : [])));
    };
    out.waves[id] = { ...f, annotations: each(annotations, w.annotations, s.annotations), statements: each(statements, w.statements, s.statements) };
  }
  return out;
}
