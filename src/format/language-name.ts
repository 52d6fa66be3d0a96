// One Intl.DisplayNames per page language: each source page names its document's language.
const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the page's language ("fa" -> "Persian" on an English page); the code itself when ICU has no name. */
export function languageName(code: string, locale: string): string {
  let names = displayNames.get(locale);
  // Stryker disable next-line ConditionalExpression: a cache: building or formatting again gives the same text
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "language" })));
  return names.of(code) ?? code;
}
