import { describe, expect, it } from "vitest";
import { annotationDocuments } from "./annotation-documents.ts";

describe("the documents an annotation cites", () => {
  it("are its one document, with its quote", () => {
    expect(annotationDocuments({ source: { document: "erm-report", quote: "The internet was cut." } })).toEqual([{ document: "erm-report", quote: "The internet was cut." }]);
  });

  it("are its several documents, in the order given", () => {
    expect(annotationDocuments({ source: { documents: [{ document: "b" }, { document: "a", quote: "Cut." }] } })).toEqual([{ document: "b" }, { document: "a", quote: "Cut." }]);
  });

  it("are none when the citation is incomplete (only who reported it is known)", () => {
    expect(annotationDocuments({ source: { reported_by: "A Telegram channel", citation_incomplete: true } })).toEqual([]);
  });
});
