import { describe, expect, it } from "vitest";
import type { Translations } from "../datasets/schemas/translations.ts";
import { translationsFor } from "./translations-for.ts";

const org = (counts: string) => ({ id: "o", name: "Org", short_name: "O", kind: "ngo", counts }) as never;
const wave = (summary: string, description: string) =>
  ({ id: "w", title: "Wave", summary, start: "2026-01-01", annotations: [{ id: "a", start: "2026-01-02", label: "Jump", description, source: { document: "d" } }] }) as never;
const tr: Translations = {
  organisations: { o: { name: "سازمان", short_name: "س", counts: "بازداشت‌ها" } },
  series: {},
  waves: { w: { title: "موج", summary: "خلاصه {figure:new}", annotations: { a: { label: "جهش", description: "شرح" } } } },
  phrases: { "CNA (AFP)": "⁨CNA⁩ (به نقل از ⁨AFP⁩)" },
};
const now = { organisations: [org("arrests")], series: [], waves: [wave("Summary {figure:new}", "Text")] };

describe("translationsFor: a translation serves only the English it was written for", () => {
  it("keeps every field where the page shows the same English as data/", () => {
    expect(translationsFor(tr, now, now)).toEqual({ ...tr, waves: { w: { ...tr.waves.w, statements: {} } } });
  });
  it("drops a field whose English differs on the page (an older release), keeping the rest", () => {
    const older = { organisations: [org("arrests and deaths")], series: [], waves: [wave("Summary {figure:old}", "Text")] };
    const page = translationsFor(tr, now, older);
    expect(page.organisations.o).toEqual({ name: "سازمان", short_name: "س" });
    expect(page.waves.w.summary).toBeUndefined();
    expect(page.waves.w.title).toBe("موج");
    expect(page.waves.w.annotations).toEqual({ a: { label: "جهش", description: "شرح" } });
    expect(page.phrases).toEqual(tr.phrases);
  });
  it("drops records the page does not have", () => {
    expect(translationsFor(tr, now, { organisations: [], series: [], waves: [] })).toStrictEqual({ organisations: {}, series: {}, waves: {}, phrases: tr.phrases });
  });
  it("drops records data/ no longer has (the translation was not written for them)", () => {
    expect(translationsFor(tr, { organisations: [], series: [], waves: [] }, now)).toEqual({ organisations: {}, series: {}, waves: {}, phrases: tr.phrases });
  });
  it("keeps a statement's translation only where the page has that statement with the same English", () => {
    const withStatement = (summary: string) => ({ ...now, waves: [{ ...(wave("Summary {figure:new}", "Text") as object), statements: [{ id: "st", summary }] }] as never });
    const trSt: Translations = { ...tr, waves: { w: { ...tr.waves.w, statements: { st: { summary: "گفتند" } } } } };
    expect(translationsFor(trSt, withStatement("They said"), withStatement("They said")).waves.w.statements).toEqual({ st: { summary: "گفتند" } });
    expect(translationsFor(trSt, withStatement("They said"), withStatement("They said so")).waves.w.statements?.st?.summary).toBeUndefined();
    expect(translationsFor(trSt, withStatement("They said"), now).waves.w.statements).toEqual({});
  });
});
