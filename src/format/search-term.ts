/**
 * How search words are cut and compared, the same at build time and in the browser, so that a
 * reader need not type exactly as the document wrote: case, Latin accents and Arabic vowel
 * marks are ignored, Arabic «ي» and «ك» are the Persian «ی» and «ک», Persian and Arabic digits
 * are the digits 0–9 (so «۱۴۰۴» finds 1404), and a zero-width non-joiner separates words
 * as a space does («بازداشت‌شدگان», «بازداشت شدگان»).
 */
import { latinDigits } from "./latin-digits.ts";

/** Spaces, punctuation, joiners and direction marks: what separates words. */
const SEPARATORS = /[\p{Z}\p{P}\s\u200c\u200d\u200e\u200f\u2066-\u2069]+/u;

/** The words of a text, unnormalised. */
export function searchWords(text: string): string[] {
  return text.split(SEPARATORS).filter((w) => w.length > 0);
}

const LETTERS: Record<string, string> = { "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا" };

/** One word as the index compares it; null drops it (nothing left to compare). */
export function searchTerm(word: string): string | null {
  const term = latinDigits(word)
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[يىكةۀأإٱ]/g, (c) => LETTERS[c]!)
    .normalize("NFC");
  return term.length > 0 ? term : null;
}
