/**
 * Finds the exact words of a quote that state a number, in the ways the research's sources
 * write numbers: "10,600", "52.941", "2 638", "seven", "49 bin 70" (Turkish), "18 mila"
 * (Italian), Arabic-Indic and Persian digits ("۲۲"). Returns null when the number is not there, so the
 * conversion fails loudly instead of guessing.
 */
const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

function groupWith(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

export function spellings(n: number): string[] {
  const out = [",", ".", " ", "\u00a0", "\u202f", "\u066c"].map((sep) => groupWith(n, sep));
  out.push(String(n));
  if (n < WORDS.length) out.push(WORDS[n], WORDS[n][0].toUpperCase() + WORDS[n].slice(1));
  if (n >= 1000) {
    const k = Math.floor(n / 1000);
    const rest = n % 1000;
    out.push(rest ? `${k} bin ${rest}` : `${k} bin`);
    if (!rest) out.push(`${k} mila`, `${k} thousand`, `${k}k`);
  }
  const arabic = (s: string) => s.replace(/\d/g, (d) => "٠١٢٣٤٥٦٧٨٩"[Number(d)]);
  const persian = (s: string) => s.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]);
  return [...new Set([...out, ...out.map(arabic), ...out.map(persian)])];
}

/** Index of `needle` in `text` where it is not part of a longer number. */
function standaloneIndex(text: string, needle: string, from = 0): number {
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text.slice(Math.max(0, i - 2), i);
    const after = text.slice(i + needle.length, i + needle.length + 2);
    const digitBefore = /\d$/.test(before) || /\d[.,]$/.test(before);
    const digitAfter = /^\d/.test(after) || /^[.,\u066c]\d/.test(after) || /^ ?bin/.test(after.padEnd(2));
    const wordChar = /^[A-Za-z]/.test(needle) && (/[A-Za-z]$/.test(before) || /^[A-Za-z]/.test(after));
    if (!digitBefore && !digitAfter && !wordChar) return i;
  }
  return -1;
}

export interface Found {
  text: string;
  index: number;
}

export function findNumber(quote: string, n: number): Found | null {
  let best: Found | null = null;
  for (const s of spellings(n)) {
    const i = standaloneIndex(quote, s);
    if (i >= 0 && (best === null || i < best.index || (i === best.index && s.length > best.text.length))) best = { text: s, index: i };
  }
  return best;
}

/** For a range, the span from the low number to the end of the high one. */
export function findRange(quote: string, low: number, high: number): Found | null {
  const a = findNumber(quote, low);
  const b = findNumber(quote, high);
  if (!a || !b || b.index < a.index) return null;
  return { text: quote.slice(a.index, b.index + b.text.length), index: a.index };
}
