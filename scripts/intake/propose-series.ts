/**
 * The measure a quote's wording suggests, and the wave a date falls in: proposals the
 * contributor confirms, so that the figure lands in the series of organisation × measure × wave.
 */
import type { Measure } from "../../src/datasets/schemas/measure.ts";
import type { Wave } from "../../src/datasets/schemas/wave.ts";

/** Words of the measures (English, Italian, French, Turkish, Persian, Arabic), most specific first. */
const MEASURE_WORDS: Array<[RegExp, Measure]> = [
  [/sentenced to death|death sentences?|condannat[ie] a morte|condamnés? à mort|idam cezası|حکم اعدام|بالإعدام/iu, "sentenced_to_death"],
  [/capital charges|charges? (?:that )?carry(?:ing)? the death penalty/i, "facing_capital_charges"],
  [/\bexecut(?:ed|ions?)\b|giustiziat|exécut|idam edil|اعدام شد|أعدم/iu, "executed"],
  [/identified|named detainees|identificat/i, "identified_detainees"],
  [/\b(?:released|pardon(?:ed|s)?|freed)\b|rilasciat|libérés|آزاد|عفو/iu, "released_or_pardoned"],
  [/\bindict(?:ed|ments?)\b|کیفرخواست/iu, "indicted"],
  [/\bon trial\b|\btrials?\b/i, "on_trial"],
  [/\bconvict(?:ed|ions?)\b/i, "convicted"],
  [/\b(?:arrest(?:ed|s)?|detain(?:ed|ees?)|detention|imprisoned|jailed)\b|arrestat|gözaltı|tutuklan|interpellés|arrêtés|بازداشت|دستگیر|اعتقال|ditangkap/iu, "arrested"],
  [/\b(?:killed|dead|deaths?|death toll|died|martyrs?|lives)\b|mort[ie]|uccis|tués|öldü|hayatını kaybet|کشته|جان باخت|قتيل|قتلى|وفاة|وفيات|tewas/iu, "killed"],
];

/** The measures whose words the quote uses, most specific first (may be empty). */
export function proposeMeasures(quote: string): Measure[] {
  return [...new Set(MEASURE_WORDS.filter(([re]) => re.test(quote)).map(([, m]) => m))];
}

/** The wave a count of `date` belongs to: the latest wave begun by then (null before the first). */
export function waveOn(date: string, waves: Pick<Wave, "id" | "start">[]): string | null {
  const begun = waves.filter((w) => w.start <= date).sort((a, b) => b.start.localeCompare(a.start));
  return begun[0]?.id ?? null;
}
