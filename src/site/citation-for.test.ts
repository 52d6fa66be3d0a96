import { describe, expect, it, vi } from "vitest";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import type { Release } from "../datasets/schemas/release.ts";
import { citationFor, documentCitation } from "./citation-for.ts";
import { routes } from "./routes.ts";
import type { SiteContext } from "./site-context.ts";
import { SITE_URL } from "./site-origin.ts";

const hrana = { id: "hrana", name: "Human Rights Activists News Agency", short_name: "HRANA", kind: "ngo", home_page: null, aliases: ["هرانا"], counts: "Arrests." } satisfies Organisation;
const doc = (publisher: string, extra: Partial<SourceDocument> = {}): SourceDocument => ({
  id: "d", title: "Day 40", publisher, url: "https://news.example/40", published: "2026-02-05", accessed: null, language: "en", kind: "news", ...extra,
});

describe("documentCitation", () => {
  it("names the claimant when another publisher passed the figure on", () => {
    expect(documentCitation(doc("Iran Monitor Daily"), hrana)).toMatchObject({ publisher: "Iran Monitor Daily", claimant: "Human Rights Activists News Agency", accessed: null, published: "2026-02-05" });
  });
  it("does not when the document is the claimant's own, by name, alias or its own words", () => {
    expect(documentCitation(doc("HRANA (hra-news.org)"), hrana).claimant).toBeNull();
    expect(documentCitation(doc("هرانا"), hrana).claimant).toBeNull();
    expect(documentCitation(doc("A repository", { names_claimant: { organisation: "hrana", quote: "HRANA data", locator: "README" } }), hrana).claimant).toBeNull();
  });
  it("cites the publisher by its name, without the research's glosses", () => {
    expect(documentCitation(doc("Hands Off Cain (Italian NGO; republishes …)"), hrana).publisher).toBe("Hands Off Cain");
  });
});

describe("citationFor", () => {
  const release = { version: "2026-11-29.2", date: "2026-11-29" } as Release;
  // A page of the latest release, at the site's root: its links go to the latest pages.
  const latest = (locale: "en" | "fa"): SiteContext => ({ release, archived: false, locale, routes }) as unknown as SiteContext;

  it("cites the permanent /v/<version>/ address even on the latest page, never the address that moves", () => {
    vi.useFakeTimers({ now: new Date("2026-12-03T22:30:00Z"), toFake: ["Date"] });
    try {
      const c = citationFor(latest("en"), "HRANA: people arrested", (r) => r.series("hrana-arrested-2025-26"))!;
      expect(c).toEqual({ title: "HRANA: people arrested", version: "2026-11-29.2", released: "2026-11-29", url: `${SITE_URL}v/2026-11-29.2/series/hrana-arrested-2025-26/`, accessed: "2026-12-03" });
    } finally {
      vi.useRealTimers();
    }
  });
  it("cites the Persian page in Persian, and carries the document behind a figure", () => {
    const document = documentCitation(doc("Iran Monitor Daily"), hrana);
    const c = citationFor(latest("fa"), "t", (r) => r.figure("f-1"), document)!;
    expect(c.url).toBe(`${SITE_URL}fa/v/2026-11-29.2/figures/f-1/`);
    expect(c.document).toEqual(document);
  });
  it("cites nothing before the first release", () => {
    expect(citationFor({ ...latest("en"), release: null }, "t", (r) => r.home())).toBeNull();
  });
});
