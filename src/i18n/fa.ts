import { en, type Strings } from "./en.ts";

// Placeholder until the Persian translation lands: same keys, English text.
export const fa: Strings = { ...en, locale: "fa", dir: "rtl", intlLocale: "fa-IR", languageName: "فارسی" };
