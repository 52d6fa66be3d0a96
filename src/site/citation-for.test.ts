import { describe, expect, it } from "vitest";
import type { Organisation } from "../datasets/schemas/organisation.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import { documentCitation } from "./citation-for.ts";

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
