/**
 * Every number a quote states, with the exact words that state it, so a contributor picks one
 * instead of typing it: digits with the separators the research's sources use ("52.941",
 * "53,500", "2 638"), Persian and Arabic-Indic digits («۵۳٬۵۰۰»), Turkish and Italian
 * thousands ("49 bin 70", "18 mila"), English and Persian words ("seven", "two thousand",
 * "پنج هزار"). The text is
 * always a slice of the quote, so it satisfies the validator's "figure_text occurs in quote".
 */
import { latinDigits } from "../../src/format/latin-digits.ts";

export interface NumberMention {
  /** The words as they stand in the quote. */
  text: string;
  /** Where they start in the quote. */
  index: number;
  value: number;
}

const DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9";
/** Group separators: comma, dot, spaces (plain, no-break, narrow), Arabic thousands separator. */
const SEP = ",.\u0020\u00a0\u202f\u066c";
// A first group of 1-3 digits followed by groups of exactly three, or a plain run of digits.
const DIGITS = new RegExp(`(?<![${DIGIT}])(?:[${DIGIT}]{1,3}(?:[${SEP}][${DIGIT}]{3})+(?![${DIGIT}])|[${DIGIT}]+)`, "gu");

/** "۵۳" or "٥٣" -> 53; separators dropped. */
function digitValue(text: string): number {
  const ascii = latinDigits(text);
  return Number(ascii.replace(/[^0-9]/g, ""));
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/**
 * Single words that state a count: ordinals ("the eleventh man executed"; not "first" and
 * "second", which mostly mean something else) and Italian numbers ("quattro manifestanti";
 * not "uno" and "sei", also "a" and "you are").
 */
const SINGLE: Record<string, number> = {
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  due: 2, tre: 3, quattro: 4, cinque: 5, sette: 7, otto: 8, nove: 9, dieci: 10, venti: 20, cento: 100, mille: 1000,
};

const WORD = /[A-Za-z]+(?:-[A-Za-z]+)?/g;

/** English number words in a row ("two hundred and fifty", "twenty-one", "ten thousand"). */
function wordMentions(quote: string): NumberMention[] {
  const out: NumberMention[] = [];
  const tokens = [...quote.matchAll(WORD)].map((m) => ({ word: m[0], index: m.index }));
  let i = 0;
  while (i < tokens.length) {
    const single = SINGLE[tokens[i].word.toLowerCase()];
    if (single !== undefined) out.push({ text: tokens[i].word, index: tokens[i].index, value: single });
    if (!isNumberWord(tokens[i].word)) {
      i++;
      continue;
    }
    let j = i;
    let total = 0;
    let current = 0;
    let end = i;
    for (; j < tokens.length; j++) {
      const w = tokens[j].word.toLowerCase();
      // "and" joins number words only after a scale word ("two hundred and fifty"), never two counts ("seven and nine").
      if (w === "and" && j > i && tokens[j - 1].word.toLowerCase() in SCALES && j + 1 < tokens.length && isNumberWord(tokens[j + 1].word) && onlySpacesBetween(quote, tokens[j - 1], tokens[j + 1], true)) continue;
      if (!isNumberWord(w) || (j > i && !onlySpacesBetween(quote, tokens[j - 1], tokens[j], true))) break;
      for (const part of w.split("-")) {
        if (part in UNITS) current += UNITS[part];
        else if (part === "hundred") current = (current || 1) * 100;
        else {
          total += (current || 1) * SCALES[part];
          current = 0;
        }
      }
      end = j;
    }
    const start = tokens[i].index;
    const stop = tokens[end].index + tokens[end].word.length;
    out.push({ text: quote.slice(start, stop), index: start, value: total + current });
    i = end + 1;
  }
  return out;
}

function isNumberWord(word: string): boolean {
  const parts = word.toLowerCase().split("-");
  return parts.every((p) => p in UNITS || p in SCALES);
}

/** True when only spaces separate the two words (a hyphenated pair is one token already). */
function onlySpacesBetween(quote: string, a: { word: string; index: number }, b: { index: number }, allowAnd = false): boolean {
  const between = quote.slice(a.index + a.word.length, b.index);
  return /^ +$/.test(between) || (allowAnd && /^ +and +$/.test(between));
}

/** Persian number words; "نه" (nine, but also "not") and "ده" (ten, also "village") count only before a scale word. */
const FA_UNITS: Record<string, number> = {
  یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10, یازده: 11, دوازده: 12, سیزده: 13, چهارده: 14, پانزده: 15,
  شانزده: 16, هفده: 17, هجده: 18, نوزده: 19, بیست: 20, سی: 30, چهل: 40, پنجاه: 50, شصت: 60, هفتاد: 70, هشتاد: 80, نود: 90,
  صد: 100, یکصد: 100, دویست: 200, سیصد: 300, چهارصد: 400, پانصد: 500, ششصد: 600, هفتصد: 700, هشتصد: 800, نهصد: 900,
};
const FA_SCALES: Record<string, number> = { هزار: 1000, میلیون: 1_000_000 };
const FA_AMBIGUOUS = new Set(["نه", "ده"]);
const FA_WORD = /[\u0600-\u06ff\u200c]+/gu;

/** Persian number words in a row, joined by " و " ("پنج هزار", "سیصد و پنجاه"). */
function persianWordMentions(quote: string): NumberMention[] {
  const out: NumberMention[] = [];
  const tokens = [...quote.matchAll(FA_WORD)].map((m) => ({ word: m[0], index: m.index }));
  const isWord = (w: string) => w in FA_UNITS || w in FA_SCALES;
  let i = 0;
  while (i < tokens.length) {
    if (!isWord(tokens[i].word)) {
      i++;
      continue;
    }
    let total = 0;
    let current = 0;
    let end = i;
    for (let j = i; j < tokens.length; j++) {
      const w = tokens[j].word;
      if (j > i && !/^ +$/.test(quote.slice(tokens[j - 1].index + tokens[j - 1].word.length, tokens[j].index))) break;
      if (j > i && w === "و") {
        if (j + 1 < tokens.length && isWord(tokens[j + 1].word)) continue;
        break;
      }
      if (!isWord(w)) break;
      if (w in FA_SCALES) {
        total += (current || 1) * FA_SCALES[w];
        current = 0;
      } else current += FA_UNITS[w];
      end = j;
    }
    if (!(end === i && FA_AMBIGUOUS.has(tokens[i].word))) {
      const start = tokens[i].index;
      out.push({ text: quote.slice(start, tokens[end].index + tokens[end].word.length), index: start, value: total + current });
    }
    i = end + 1;
  }
  return out;
}

/**
 * Every number in the quote, in reading order. Digits followed by a thousands word ("49 bin
 * 70", "18 mila", "2 thousand") are one number; a year is a number too (the contributor
 * decides what the figure is).
 */
export function findNumbers(quote: string): NumberMention[] {
  const digits: NumberMention[] = [];
  // "12 300" is read as one space-grouped number, as French and Persian sources write it.
  for (const m of quote.matchAll(DIGITS)) digits.push({ text: m[0], index: m.index, value: digitValue(m[0]) });
  const merged: NumberMention[] = [];
  for (let i = 0; i < digits.length; i++) {
    const d = digits[i];
    const after = quote.slice(d.index + d.text.length);
    const bin = /^ bin(?: ([0-9]{1,3})(?![0-9]))?(?![A-Za-zçğıöşüÇĞİÖŞÜ])/.exec(after);
    const thousandWord = /^ (mila|thousand|million)(?![A-Za-z])/.exec(after);
    if (bin) {
      const rest = bin[1] ? Number(bin[1]) : 0;
      merged.push({ text: d.text + bin[0], index: d.index, value: d.value * 1000 + rest });
      if (bin[1]) i++; // the "70" of "49 bin 70" is part of this number
    } else if (thousandWord) {
      merged.push({ text: d.text + thousandWord[0], index: d.index, value: d.value * (thousandWord[1] === "million" ? 1_000_000 : 1000) });
    } else merged.push(d);
  }
  return [...merged, ...wordMentions(quote), ...persianWordMentions(quote)].sort((a, b) => a.index - b.index);
}
