/**
 * Characters that look like others, or like nothing, named by code point (issue 13 §3): a
 * no-break space, a zero-width space, a letter with a separate combining accent, a Persian or
 * Arabic digit. A message that quotes text containing one would otherwise look identical to
 * the text it says does not match.
 */
const NAMES: Record<string, string> = {
  "\u00a0": "NO-BREAK SPACE",
  "\u00ad": "SOFT HYPHEN",
  "\u200b": "ZERO WIDTH SPACE",
  "\u200c": "ZERO WIDTH NON-JOINER",
  "\u200d": "ZERO WIDTH JOINER",
  "\u200e": "LEFT-TO-RIGHT MARK",
  "\u200f": "RIGHT-TO-LEFT MARK",
  "\u202f": "NARROW NO-BREAK SPACE",
  "\u2060": "WORD JOINER",
  "\u2066": "LEFT-TO-RIGHT ISOLATE",
  "\u2067": "RIGHT-TO-LEFT ISOLATE",
  "\u2068": "FIRST STRONG ISOLATE",
  "\u2069": "POP DIRECTIONAL ISOLATE",
  "\ufeff": "ZERO WIDTH NO-BREAK SPACE",
};

/** "U+00A0": a character by its code point. */
export const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

function describe(ch: string): string | undefined {
  if (NAMES[ch]) return NAMES[ch];
  if (/\p{Nd}/u.test(ch) && !/[0-9]/.test(ch)) return "a digit of another script";
  if (/\p{M}/u.test(ch)) return "a combining mark (an accent written apart from its letter)";
  if (/[\p{Cf}\p{Zs}]/u.test(ch) && ch !== " ") return "an invisible or unusual space";
  return undefined;
}

/** " (it contains U+00A0 NO-BREAK SPACE at character 3)", or "" when every character is plain. */
export function unusualCharacters(text: string, limit = 3): string {
  const found: string[] = [];
  [...text].forEach((ch, i) => {
    const what = describe(ch);
    if (what && found.length < limit) found.push(`${codePoint(ch)} ${what} at character ${i + 1}`);
  });
  return found.length > 0 ? ` (it contains ${found.join(", ")})` : "";
}

/** Control characters (an escape sequence, a carriage return) written out, so a terminal shows them instead of obeying them. */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
