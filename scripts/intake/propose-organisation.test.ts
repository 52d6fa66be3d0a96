import { describe, expect, it } from "vitest";
import type { Organisation } from "../../src/datasets/schemas/organisation.ts";
import { attributionMissing, proposeOrganisation } from "./propose-organisation.ts";

const org = (id: string, short_name: string, aliases: string[] = []): Organisation =>
  ({ id, name: `${short_name} (full name)`, short_name, kind: "ngo", home_page: null, counts: "x", aliases }) as Organisation;
const orgs = [org("hrana", "HRANA", ["هرانا", "Human Rights Activists News Agency"]), org("ihr", "IHR", ["Iran Human Rights"])];
const doc = { title: "Protests enter day 40", publisher: "Example News" };

describe("proposeOrganisation", () => {
  it("proposes the one organisation the quote names, by name or alias", () => {
    expect(proposeOrganisation("HRANA said 53,104 were arrested", doc, orgs)).toEqual({ inQuote: ["hrana"], inDocument: [], proposed: "hrana" });
    expect(proposeOrganisation("به گزارش هرانا ۵۳٬۵۰۰ نفر", doc, orgs).proposed).toBe("hrana");
  });

  it("falls back to the document's title or publisher", () => {
    expect(proposeOrganisation("53,104 were arrested", { title: "x", publisher: "Iran Human Rights" }, orgs)).toEqual({ inQuote: [], inDocument: ["ihr"], proposed: "ihr" });
  });

  it("proposes none when no one or several are named", () => {
    expect(proposeOrganisation("Rights groups said 500 were arrested", doc, orgs).proposed).toBeNull();
    expect(proposeOrganisation("HRANA and IHR said 500", doc, orgs)).toMatchObject({ inQuote: ["hrana", "ihr"], proposed: null });
  });

  it("names need whole words", () => {
    expect(proposeOrganisation("IHRNGO said 500", doc, orgs).proposed).toBeNull();
  });
});

describe("attributionMissing", () => {
  it("is true exactly when neither quote, title nor publisher names the organisation", () => {
    expect(attributionMissing("500 were arrested", doc, orgs[0])).toBe(true);
    expect(attributionMissing("HRANA: 500 were arrested", doc, orgs[0])).toBe(false);
    expect(attributionMissing("500 were arrested", { title: "HRANA report", publisher: "x" }, orgs[0])).toBe(false);
  });
});
