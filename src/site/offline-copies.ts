/**
 * A release's offline copies (issue 16): the whole site as a zip to open from disk, and a ZIM
 * for Kiwix. scripts/offline-files.ts makes them after the pages are rendered; the data page and
 * the API name them, and the build fills in their sizes and hashes once they exist.
 */

export const ARCHIVE_FILE = "site.zip";
export const ZIM_FILE = "site.zim";

/** Which releases have which copies, as scripts/build.ts tells the renderer: { "<version>": ["site.zip", "site.zim"] }. */
export type OfflineCopies = Record<string, string[]>;

/** The copies this build places, from OFFLINE_COPIES (none when the pages are rendered without scripts/build.ts). */
export function offlineCopies(env: string | undefined = process.env.OFFLINE_COPIES): OfflineCopies {
  if (!env) return {};
  const parsed = JSON.parse(env) as unknown;
  return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as OfflineCopies) : {};
}

/**
 * The ZIM's metadata (openZIM's metadata rules: title ≤ 30 characters, description ≤ 80,
 * languages as ISO 639-3 codes, most used first). zimwriterfs 3.1 dates the file on the day it
 * is made and has no option for another date, so the release's date is in the description.
 * One ZIM holds both languages: every page links to its other-language twin, the assets are
 * shared, and a reader gets both from one file.
 */
export function zimMetadata(release: { version: string; date: string }) {
  return {
    title: "Iran protest detainee counts",
    description: `Release ${release.version} (${release.date}): detainee counts, each sourced`,
    language: "eng,fas",
    creator: "Iran protest detainee counts",
    publisher: "Iran protest detainee counts",
    name: "iran-protest-detainee-counts_mul_all",
    tags: `_category:other;_pictures:yes;_videos:no;_details:yes;iran;human-rights;release-${release.date}`,
    source: "",
    scraper: "iran-detainee-dashboard (zimwriterfs)",
  };
}

export interface FileFacts {
  bytes: number;
  sha256: string;
}

/** The element the data page leaves for one copy's size and hash, filled by the build. */
export const factsSlot = (version: string, file: string) => `<span data-file-facts="${version}/${file}"></span>`;

/**
 * The data page with each copy's size and SHA-256 filled in; a slot whose file is missing stays
 * empty. `describe` writes one file's facts in the page's language.
 */
export function fillFacts(html: string, facts: (key: string) => FileFacts | null, describe: (f: FileFacts) => string): string {
  return html.replace(/<span data-file-facts="([^"]+)"><\/span>/g, (whole, key: string) => {
    const f = facts(key);
    return f ? `<span data-file-facts="${key}">${describe(f)}</span>` : whole;
  });
}

/** "12.3 MB, SHA-256 <code>…</code>" in the page's language (Intl's own unit names). */
export function factsHtml(f: FileFacts, t: { intlLocale: string; dir: string; comma: string }): string {
  const mb = new Intl.NumberFormat(t.intlLocale, { style: "unit", unit: "megabyte", unitDisplay: t.dir === "rtl" ? "long" : "short", maximumFractionDigits: 1 }).format(f.bytes / 1_000_000);
  return `${mb}${t.comma}<bdi>SHA-256</bdi> <code dir="ltr" style="word-break:break-all">${f.sha256}</code>`;
}
