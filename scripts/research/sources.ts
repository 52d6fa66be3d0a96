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
  [/lranintl\.com/, "The domain lranintl.com (lower-case L) looks like a lookalike of iranintl.com; no better source states its figures: they are kept, marked as from a weak source."],
  [/playcrazygame|pledgetimes/, "Low-quality host (a copy of agency text); no better source states its figures: they are kept, marked as from a weak source."],
  [/blogspot\.com/, "A blog repost of another outlet's text; no better source states its figures: they are kept, marked as from a weak source."],
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

/** Proper nouns in URL slugs, restored to their usual spelling when a slug becomes a title. */
const PROPER: Record<string, string> = {
  iran: "Iran", iranda: "Iranda", iranian: "Iranian", iranians: "Iranians", tehran: "Tehran", trump: "Trump", reuters: "Reuters",
  mahsa: "Mahsa", amini: "Amini", hrana: "HRANA", kurdistan: "Kurdistan", rojhilat: "Rojhilat", long: "l'ONG", onu: "ONU",
};

/**
 * A title made of the words of a URL slug, in sentence case, for a page whose copy showed no
 * headline: "iran-admits-for-the-first-time-that-300-people-have-been-killed" ->
 * "Iran admits for the first time that 300 people have been killed".
 */
export function titleFromSlug(slug: string): string {
  const words = slug
    .replace(/-s-/g, "'s-")
    .replace(/-l-/g, "-l'")
    .split("-")
    .filter(Boolean)
    .map((w) => w.split("'").map((p) => PROPER[p.toLowerCase()] ?? (/^\d+k$/i.test(p) ? p.toUpperCase() : p.toLowerCase())).join("'"));
  const title = words.join(" ");
  return title[0].toUpperCase() + title.slice(1);
}

/**
 * The research writes "(headline not in the copy read; URL slug: …)" or a description in
 * brackets where a page showed no headline. That is a note on the reading, not a title: the
 * site's title is the slug's words (title_from "url") or a plain description ("description").
 */
export function sourceTitle(researchTitle: string, url: string): Pick<SourceDocument, "title" | "title_from"> {
  const fromSlug = researchTitle.match(/^(.+) \(title from URL slug\)$/)?.[1];
  if (fromSlug) return { title: fromSlug, title_from: "url" };
  const slug = researchTitle.match(/URL slug: ([^)]+)\)/)?.[1] ?? researchTitle.match(/^(.+) \(URL slug\)$/)?.[1]?.toLowerCase().replace(/ /g, "-");
  if (slug) return { title: titleFromSlug(slug), title_from: "url" };
  const described = DESCRIPTIONS[url];
  if (described) return { title: described, title_from: "description" };
  if (/not in the copy read|no headline/i.test(researchTitle)) throw new Error(`no title for ${url}: add a description to DESCRIPTIONS in scripts/research/sources.ts`);
  return { title: researchTitle };
}

/** Plain descriptions for pages whose copy showed no headline and whose address has no words. */
const DESCRIPTIONS: Record<string, string> = {
  "https://www.azernews.az/region/252938.html": "AzerNews report on an estimate of the death toll, 13 January 2026",
  "https://www.channelnewsasia.com/world/iran-protest-tv-death-toll-rights-groups-us-5874761": "CNA (AFP) report on Iran's official death toll, 22 January 2026",
  "https://marebpress.net/news_details.php?lang=arabic&sid=216075": "Mareb Press news report (Arabic) on the protests in Iran",
  "https://sana.sy/en/international/2290402": "SANA dispatch datelined Tehran, 14 January 2026",
  "https://www.ynetnews.com/article/hyrbpevrbl": "Ynet News article on the death toll, 13–14 January 2026",
};
