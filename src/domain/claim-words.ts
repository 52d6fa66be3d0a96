import type { DatasetFigure } from "../datasets/dataset.ts";
import { namesClaimant } from "../datasets/names-claimant.ts";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { Series } from "../datasets/schemas/series.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import { formatDateCached } from "../format/format-date.ts";
import { formatFigure } from "../format/format-figure.ts";
import { publisherName } from "../format/publisher-name.ts";
import { stringsFor } from "../i18n/strings.ts";
import type { LatestClaim } from "./latest-claims.ts";

/**
 * How a claim may be worded, from the evidence in the data, never from habit:
 * - "cases": a list of named cases ("1 death sentence reported, a named case: …");
 * - "project": a number this project counted from the parts a text gives;
 * - "attributed": the text read does not name the claimant (attribution inferred);
 * - "estimated": the claimant calls it an estimate, or the figure is approximate or hedged;
 * - "reported": passed on ("reportedly") or a restatement of an older figure;
 * - "said": a statement by officials or the media, who do not publish counts;
 * - "counted": only an organisation that counts, giving a plain number or a lower bound.
 */
export type ClaimVerb = "cases" | "project" | "attributed" | "estimated" | "reported" | "said" | "counted";

const APPROXIMATE = new Set(["about", "nearly", "up_to", "estimated", "range"]);

export function claimVerb(f: DatasetFigure, series: Pick<Series, "estimate">, org: Pick<Organisation, "kind">): ClaimVerb {
  if (f.basis === "cases") return "cases";
  if (f.basis === "project_count") return "project";
  if (f.flags.includes("attribution_inferred")) return "attributed";
  if (series.estimate || APPROXIMATE.has(f.qualifier) || f.hedge?.kind === "perhaps" || f.hedge?.kind === "possibly_as_many_as") return "estimated";
  if (f.hedge?.kind === "reportedly" || f.flags.includes("restatement")) return "reported";
  if (org.kind === "government" || org.kind === "media" || org.kind === "unnamed") return "said";
  return "counted";
}

/** Everything a sentence about one claim needs, already in the page's language. */
export interface ClaimWords {
  verb: ClaimVerb;
  org: string;
  /** Each different number stated, as said ("about 2,000"). */
  figures: string[];
  /** The unit, in the number agreeing with the figure ("1 death sentence", "2 executions"). */
  unit: string;
  /** The unit's plural, for "the number of people killed". */
  unitOther: string;
  /** The day, formatted; for an undated claim, its publication day. */
  date: string;
  undated: boolean;
  /** The date is only the earliest the claim can have been published. */
  notBefore: boolean;
  /** Publishers that passed the claim on, when not the claimant's own documents. */
  via: string[];
  /** Named cases, for verb "cases". */
  cases: string[];
  /** Some figure rests on a weak source (lookalike domain, aggregator, blog). */
  weak: boolean;
  /** How many of the figures are attributed by inference (the text read does not name the claimant). */
  inferred: number;
}

export interface ClaimContext {
  locale: string;
  sources: Map<string, SourceDocument>;
  /** The claimant's name in the page's language. */
  orgName: (o: Organisation) => string;
  /** The series' unit in the page's language. */
  unitOf: (s: Series) => { one: string; other: string } | undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The unit in the number that agrees with one figure ("1 execution", "2 executions"), by Intl.PluralRules. */
export function unitAfter(f: DatasetFigure, unit: { one: string; other: string } | undefined, measure: Series["measure"], locale: string): string {
  if (!unit) return stringsFor(locale).measures[measure];
  if (f.value === undefined || f.hedge?.kind === "possibly_as_many_as") return unit.other;
  let rules = pluralRules.get(locale);
  // Stryker disable next-line ConditionalExpression: a cache: building or formatting again gives the same text
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(f.value) === "one" ? unit.one : unit.other;
}

function unitFor(claim: LatestClaim, unit: { one: string; other: string } | undefined, locale: string): string {
  if (claim.figures.length > 1) return unit?.other ?? stringsFor(locale).measures[claim.series.measure];
  return unitAfter(claim.figures[0], unit, claim.series.measure, locale);
}

export function claimWords(claim: LatestClaim, ctx: ClaimContext): ClaimWords {
  const verbs = [...new Set(claim.figures.map((f) => claimVerb(f, claim.series, claim.organisation)))];
  // "estimated an estimated 15,000", "reported reportedly 24,000": the verb already says it.
  const single = verbs.length === 1 && claim.figures.length === 1 ? verbs[0] : undefined;
  const said = (f: DatasetFigure): DatasetFigure => {
    if (single === "estimated" && f.qualifier === "estimated") return { ...f, qualifier: "exact" };
    if (single === "reported" && f.hedge?.kind === "reportedly") return { ...f, hedge: undefined };
    return f;
  };
  const docs = claim.figures.map((f) => ctx.sources.get(f.source)).filter((d): d is SourceDocument => d !== undefined);
  // The claimant's own document: its publisher's name (not a gloss such as "repost headed 'Amnesty'") names it.
  const own = (d: SourceDocument) => namesClaimant(publisherName(d), claim.organisation) || d.names_claimant?.organisation === claim.organisation.id;
  return {
    // Several statements are worded together ("gave 2 figures"); the verb is for one.
    verb: verbs.length === 1 ? verbs[0] : "reported",
    org: ctx.orgName(claim.organisation),
    figures: claim.figures.map((f) => formatFigure(said(f), ctx.locale)),
    unit: unitFor(claim, ctx.unitOf(claim.series), ctx.locale),
    unitOther: ctx.unitOf(claim.series)?.other ?? stringsFor(ctx.locale).measures[claim.series.measure],
    date: formatDateCached(claim.date, "long", ctx.locale),
    undated: claim.undated,
    notBefore: claim.notBefore,
    via: [...new Set(docs.filter((d) => !own(d)).map(publisherName))],
    cases: claim.figures.flatMap((f) => f.cases ?? []),
    weak: claim.figures.some((f) => f.flags.includes("low_quality_source")),
    inferred: claim.figures.filter((f) => f.flags.includes("attribution_inferred")).length,
  };
}

/** The claim as one whole sentence in the page's language (no final full stop). */
export function claimSentence(claim: LatestClaim, ctx: ClaimContext): string {
  return stringsFor(ctx.locale).claims.sentence(claimWords(claim, ctx));
}
