/**
 * From the number a contributor picked, a proposal of how the quote states it: one value or a
 * range, the qualifier (the project's vocabulary, src/datasets/schemas/qualifier.ts) and a
 * hedge (HEDGE_KINDS in src/datasets/schemas/figure.ts). Only a proposal: the contributor
 * confirms or corrects each part, and the words it found are shown so they can be checked.
 */
import type { Hedge } from "../../src/datasets/schemas/figure.ts";
import type { Qualifier } from "../../src/datasets/schemas/qualifier.ts";
import type { NumberMention } from "./find-numbers.ts";

export interface Reading {
  value?: number;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  /** The exact words of the quote that state the number (or the whole range). */
  figure_text: string;
  /** The words that gave the qualifier, when any. */
  qualifier_words?: string;
  hedge?: Hedge;
}

/**
 * Words just before a number that qualify it, in the languages of the research's sources
 * (English, Italian, French, Spanish, German, Turkish, Persian, Arabic, Indonesian). Longest phrases first.
 */
const BEFORE: Array<[RegExp, Qualifier]> = [
  [/\b(?:at least|no fewer than|not less than|a minimum of)\s+$/i, "at_least"],
  [/\b(?:almeno|au moins|al menos|mindestens|en az|setidaknya|sedikitnya)\s+$/i, "at_least"],
  [/(?:دست[\u200c ]?کم|حداقل|ما ?لا ?يقل عن|على الأقل)\s+$/u, "at_least"],
  [/\b(?:more than|over|in excess of|upwards of|(?:has |have )?exceeded|oltre|più di|plus de|más de|mehr als|lebih dari)\s+$/i, "more_than"],
  [/(?:بیش از|بیشتر از|أكثر من)\s+$/u, "more_than"],
  [/\b(?:nearly|almost|close to|quasi|près de|presque|hampir)\s+$/i, "nearly"],
  [/(?:نزدیک به|قرابة|حوالى)\s+$/u, "nearly"],
  [/\b(?:about|around|some|approximately|roughly|circa|environ|yaklaşık|sekitar)\s+$/i, "about"],
  [/(?:حدود|حوالي|نحو)\s+$/u, "about"],
  [/\b(?:up to|as many as|fino a|jusqu'à)\s+$/i, "up_to"],
  [/\b(?:an estimated(?: of)?|estimated|est\.|stimati|estimé(?:e?s)?(?: à)?)\s+$/i, "estimated"],
];

/** Words after a number that qualify it ("49 bin 70'ten fazla", "or more"). */
const AFTER: Array<[RegExp, Qualifier]> = [
  [/^(?:'[a-zçğıöşü]+)?\s+(?:fazla|aşkın)\b/iu, "more_than"],
  [/^\s+or more\b/i, "at_least"],
  [/^(?:\s+\S+)?\s+على الأقل/u, "at_least"],
];

/** Words that join the two ends of a range. */
const RANGE_JOIN = /^\s*(?:and|to|-|–|—|e|et|ile|و|تا|hingga|sampai)\s*$/iu;
const RANGE_START = /\b(?:between|from|tra|fra|entre|arasında|بین|میان|بين|antara)\s+$/iu;

const HEDGES: Array<[RegExp, Hedge["kind"]]> = [
  [/\bperhaps\b|\bmaybe\b|\bforse\b|\bpeut-être\b|شاید/iu, "perhaps"],
  [/\breportedly\b|\ballegedly\b|\bsecondo quanto riferito\b/i, "reportedly"],
];
const POSSIBLY = /\b(?:possibly|perhaps|maybe) (?:as many as|up to)\s+$/i;

/** Up to 40 characters of the quote before `index`, where qualifying words stand. */
const before = (quote: string, index: number) => quote.slice(Math.max(0, index - 40), index);

/**
 * The proposed reading of `mentions[chosen]`. A range is proposed when the number is one end of
 * "between A and B" / "A to B" / "A–B"; "at least A … possibly as many as B" gives value A and
 * a possibly_as_many_as hedge of B.
 */
export function proposeReading(quote: string, mentions: NumberMention[], chosen: number): Reading {
  const m = mentions[chosen];
  const next = mentions[chosen + 1];
  const prev = mentions[chosen - 1];
  const gap = (a: NumberMention, b: NumberMention) => quote.slice(a.index + a.text.length, b.index);
  let pair: [NumberMention, NumberMention] | null = null;
  if (next && RANGE_JOIN.test(gap(m, next)) && next.value > m.value) pair = [m, next];
  else if (prev && RANGE_JOIN.test(gap(prev, m)) && prev.value < m.value) pair = [prev, m];
  // "A and B" without "between" is two numbers, not a range ("119 arrested and 33 injured").
  if (pair && /^\s*(?:and|e|et|ile|و)\s*$/iu.test(gap(...pair)) && !RANGE_START.test(before(quote, pair[0].index))) pair = null;

  const hedge = hedgeFor(quote, m, next);
  if (pair) {
    const [a, b] = pair;
    return { low: a.value, high: b.value, qualifier: "range", figure_text: quote.slice(a.index, b.index + b.text.length), ...(hedge ? { hedge } : {}) };
  }
  const [qualifier, words] = qualifierFor(quote, m);
  return { value: m.value, qualifier, figure_text: m.text, ...(words ? { qualifier_words: words } : {}), ...(hedge ? { hedge } : {}) };
}

function qualifierFor(quote: string, m: NumberMention): [Qualifier, string | undefined] {
  const ahead = before(quote, m.index);
  for (const [re, q] of BEFORE) {
    const hit = re.exec(ahead);
    if (hit) return [q, hit[0].trim()];
  }
  const behind = quote.slice(m.index + m.text.length, m.index + m.text.length + 24);
  for (const [re, q] of AFTER) {
    const hit = re.exec(behind);
    if (hit) return [q, hit[0].trim()];
  }
  return ["exact", undefined];
}

function hedgeFor(quote: string, m: NumberMention, next: NumberMention | undefined): Hedge | undefined {
  if (next && next.value > m.value) {
    const words = POSSIBLY.exec(before(quote, next.index));
    if (words) return { kind: "possibly_as_many_as", text: quote.slice(next.index - words[0].length, next.index + next.text.length), value: next.value };
  }
  // Hedging words in the same sentence ("I think … perhaps more than 300", "12,000 people have reportedly been killed").
  const clause = `${quote.slice(0, m.index).split(/[.;!?]\s/).at(-1) ?? ""} ${quote.slice(m.index).split(/[.;!?](?:\s|$)/)[0]}`;
  for (const [re, kind] of HEDGES) {
    const hit = re.exec(clause);
    if (hit) return { kind, text: hit[0] };
  }
  return undefined;
}
