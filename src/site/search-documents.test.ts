import { readFileSync } from "node:fs";
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { SEARCH_OPTIONS } from "../client/search-options.ts";
import { searchTerm, searchWords } from "../format/search-term.ts";
import { fileURLToPath } from "node:url";
import { buildSiteIndex } from "../domain/site-index.ts";
import { validateDataset } from "../domain/validate-dataset.ts";
import { strings } from "../i18n/strings.ts";
import { loadSite } from "./load-site.ts";
import { makeRoutes } from "./routes.ts";
import type { SiteContext } from "./site-context.ts";
import { searchDocuments, type SearchDocument } from "./search-documents.ts";

const site = loadSite();
const en = site.byLocale.en.current;
const fa = site.byLocale.fa.current;
const enDocs = searchDocuments(en);
const faDocs = searchDocuments(fa);
const faJson = JSON.parse(readFileSync("data/translations/fa.json", "utf8")) as { organisations: Record<string, { name: string }> };

const indexOf = (docs: SearchDocument[]) => {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(docs);
  return index;
};

describe("search words", () => {
  it("ignore case, accents, vowel marks, Arabic letter forms and the script of digits", () => {
    expect(searchTerm("HRANA")).toBe("hrana");
    expect(searchTerm("Amnistía")).toBe("amnistia");
    expect(searchTerm("ايران")).toBe("ایران"); // Arabic yeh → Persian yeh
    expect(searchTerm("كشته")).toBe("کشته"); // Arabic kaf → Persian keheh
    expect(searchTerm("۱۴۰۴")).toBe("1404");
    expect(searchTerm("٢٠٢٦")).toBe("2026");
  });
  it("split at spaces, punctuation, a zero-width non-joiner and isolates", () => {
    expect(searchWords("بازداشت‌شدگان، \u2068HRANA\u2069 (2026-01-10)")).toEqual(["بازداشت", "شدگان", "HRANA", "2026", "01", "10"]);
  });
});

describe("search documents", () => {
  const { data } = en.index;
  it("one per figure, source document and organisation of the latest release, each linking to its page", () => {
    expect(enDocs).toHaveLength(data.figures.length + data.sources.length + data.organisations.length);
    expect(new Set(enDocs.map((d) => d.url)).size).toBe(enDocs.length);
    for (const f of data.figures) expect(enDocs.find((d) => d.url === `/figures/${f.id}/`)?.quote).toContain(f.quote);
    for (const s of data.sources) expect(enDocs.find((d) => d.url === `/sources/${s.id}/`)?.name).toBe(s.title);
    expect(faDocs.every((d) => d.url.startsWith("/fa/") && !d.url.startsWith("/fa/v/"))).toBe(true);
  });
  it("leave out the research notes, attribution reasoning and document addresses", () => {
    const json = JSON.stringify([enDocs, faDocs]);
    const notes = data.figures.flatMap((f) => [f.notes, f.attribution_reason]).filter((n): n is string => !!n && n.length > 40);
    expect(notes.length).toBeGreaterThan(10);
    for (const n of notes) expect(json).not.toContain(JSON.stringify(n).slice(1, -1));
    for (const s of data.sources) expect(json).not.toContain(s.url);
  });
  it("find a figure by a name in its quote, and the organisation by its name first", () => {
    // A capitalised word that appears in exactly one figure's quote, read from the data.
    const counts = new Map<string, string[]>();
    for (const f of data.figures) for (const w of new Set(f.quote.match(/\b[A-Z][a-z]{5,}\b/g) ?? [])) counts.set(w, [...(counts.get(w) ?? []), f.id]);
    const [word, [id]] = [...counts].find(([, ids]) => ids.length === 1)!;
    expect(indexOf(enDocs).search(word!).map((r) => r.id)).toContain(`/figures/${id}/`);
    expect(indexOf(enDocs).search("HRANA")[0]?.id).toBe("/organisations/hrana/");
  });
  it("on the Persian page, find an organisation by its Persian name (typed with Arabic letters too) and its English one", () => {
    const name = faJson.organisations.hrana!.name;
    const index = indexOf(faDocs);
    expect(index.search(name)[0]?.id).toBe("/fa/organisations/hrana/");
    expect(index.search(name.replace(/ی/g, "ي").replace(/ک/g, "ك"))[0]?.id).toBe("/fa/organisations/hrana/");
    expect(index.search("Human Rights Activists")[0]?.id).toBe("/fa/organisations/hrana/");
    // The English page knows nothing of the Persian name.
    expect(indexOf(enDocs).search(name)).toEqual([]);
  });
  it("find figures by their date, in Persian digits on the Persian page", () => {
    const day = data.figures.find((f) => f.as_of)!.as_of!;
    const dated = new Set(data.figures.filter((f) => f.as_of === day).map((f) => `/fa/figures/${f.id}/`));
    const persian = day.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!);
    const found = indexOf(faDocs).search(persian, { prefix: false, fuzzy: false }).filter((r) => String(r.id).startsWith("/fa/figures/"));
    expect(new Set(found.map((r) => r.id))).toEqual(dated);
  });
});

describe("search documents of the small test dataset", () => {
  /** The test dataset's latest pages in one language, built inside the test. */
  function documentsIn(locale: "en" | "fa") {
    const data = validateDataset(fileURLToPath(new URL("../../tests/fixtures/valid", import.meta.url)), { root: fileURLToPath(new URL("../..", import.meta.url)) }).dataset;
    const ctx: SiteContext = { index: buildSiteIndex(data), routes: makeRoutes({ lang: locale === "fa" ? "/fa" : "" }), release: null, archived: false, locale, t: strings(locale) };
    return searchDocuments(ctx);
  }
  const FIGURE = "example-monitor-arrested-2026.2026-01-10.example-monitor-day-10";

  it("name a figure by its organisation, number, unit and day, and search its quote, series and dates", () => {
    expect(documentsIn("en").find((d) => d.url === `/figures/${FIGURE}/`)).toEqual({
      url: `/figures/${FIGURE}/`,
      kind: "figure",
      title: "Example Monitor: 2,638 people arrested, 10 January 2026",
      lang: "en",
      organisation: "Example Monitor (test only) · Example Monitor",
      measure: "Example Monitor: people arrested (test only) · people arrested",
      quote: "In ten days, 2,638 people were arrested.",
      date: "10 January 2026 · 2026-01-10",
    });
  });

  it("search a figure's quote and its translation, a document by title, publisher and day, an organisation by its names", () => {
    const docs = documentsIn("en");
    expect(docs.find((d) => d.url === "/figures/example-observatory-killed-2026.2026-01-09.example-news-story/")?.quote).toBe(
      "Example Observatory contó más de 45 muertos hasta el 9 de enero. · Example Observatory counted more than 45 dead up to 9 January.",
    );
    expect(docs.find((d) => d.url === "/sources/example-news-story/")).toEqual({
      url: "/sources/example-news-story/",
      kind: "source",
      title: "Invented news story (test only)",
      lang: "es",
      name: "Invented news story (test only)",
      publisher: "Example News",
      date: "13 January 2026 · 2026-01-13",
    });
    expect(docs.find((d) => d.url === "/organisations/example-observatory/")).toEqual({
      url: "/organisations/example-observatory/",
      kind: "organisation",
      title: "Example Observatory (test only)",
      name: "Example Observatory (test only) · Example Observatory",
    });
    expect(docs.map((d) => d.kind)).toEqual(["organisation", "organisation", "source", "source", "source", "figure", "figure", "figure", "figure", "figure"]);
  });

  it("in Persian, give the Persian calendar and the ISO day, with no isolates in what is searched", () => {
    const doc = documentsIn("fa").find((d) => d.url === `/fa/figures/${FIGURE}/`)!;
    // The day, month and year are held together by no-break spaces.
    expect(doc.date).toBe("۲۰\u00a0دی\u00a0۱۴۰۴ (۱۰\u00a0ژانویه\u00a0۲۰۲۶) · 2026-01-10");
    expect(JSON.stringify(doc)).not.toMatch(/[\u2066-\u2069]/);
    // The heading starts with the organisation's (isolated) name, its isolates taken out.
    expect(doc.title.startsWith("Example Monitor: ")).toBe(true);
    // Untranslated names are isolated on the page, but searched as the plain English.
    expect(doc.organisation).toBe("Example Monitor (test only) · Example Monitor");
  });
});
