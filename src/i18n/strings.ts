import { en, type Strings } from "./en.ts";
import { fa } from "./fa.ts";

export type Locale = "en" | "fa";
export const LOCALES: Locale[] = ["en", "fa"];

const BY_LOCALE: Record<Locale, Strings> = { en, fa };

/** The UI strings of a locale; accepts Intl tags too ("fa-IR" -> fa, "en-GB" -> en). */
export function stringsFor(locale: string): Strings {
  return locale.toLowerCase().startsWith("fa") ? BY_LOCALE.fa : BY_LOCALE.en;
}

export function strings(locale: Locale): Strings {
  return BY_LOCALE[locale];
}
