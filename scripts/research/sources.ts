/** Source-document helpers for the conversion: ids, languages and kinds from a URL and notes. */
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";

const HOST_PREFIX = /^(www|en|english|m|news|lat)\./;

export function sourceIdFor(url: string): string {
  const u = new URL(url);
  const host = u.hostname.replace(HOST_PREFIX, "").replace(HOST_PREFIX, "");
  const label = host.split(".")[0].replace(/[^a-z0-9]+/g, "-");
  const digits = (u.pathname + u.search).match(/\d{5,}/g);
  const tail = digits
    ? digits.sort((a, b) => b.length - a.length)[0]
    : (u.pathname.split("/").filter(Boolean).pop() ?? "home").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/-html?$/, "");
  return `${label}-${truncateAtWord(tail, 36)}`.replace(/-+/g, "-").replace(/^-|-$/g, "");
}

/** Cuts a slug to at most `max` characters without breaking a word. */
function truncateAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf("-"), 1));
}

const LANGS: Record<string, string> = { Italian: "it", Turkish: "tr", Arabic: "ar", Indonesian: "id", French: "fr", Icelandic: "is" };

export function languageOf(notes: string[], quotes: string[]): string {
  if (quotes.some((q) => /[\u0600-\u06ff]/.test(q))) return "ar";
  for (const n of notes) {
    const m = n.match(/(?:^|\. |\()(Italian|Turkish|Arabic|Indonesian|French|Icelandic)(?:\.|\)|:|$)/);
    if (m) return LANGS[m[1]];
  }
  return "en";
}

const CAUTIONS: Array<[RegExp, string]> = [
  [/lranintl\.com/, "The domain lranintl.com (lower-case L) looks like a lookalike of iranintl.com; its figures are kept only where better sources agree."],
  [/playcrazygame|pledgetimes/, "Low-quality host (a copy of agency text); kept only where better sources agree."],
  [/blogspot\.com/, "A blog repost of another outlet's text; kept only where better sources agree."],
  [/efinder\.lk|okx\.com/, "A news aggregator; verify against the original wire copy."],
];

export function cautionFor(url: string): string | undefined {
  return CAUTIONS.find(([re]) => re.test(url))?.[1];
}

export function kindFor(url: string, publisher: string): SourceDocument["kind"] {
  if (/github\.com|github\.io/.test(url)) return "dataset";
  if (/blogspot\.com/.test(url)) return "blog";
  if (/efinder\.lk|okx\.com/.test(url)) return "aggregator";
  if (/en-hrana\.org|iranhr\.net|nessunotocchicaino|handsoffcain/.test(url)) return "report";
  if (/^Iran Human Rights|^HRANA/.test(publisher)) return "report";
  return "news";
}
