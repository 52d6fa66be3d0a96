import { describe, expect, it } from "vitest";
import { documentNamesClaimant, namesClaimant, namesOf } from "./names-claimant.ts";

const ihr = { name: "Iran Human Rights", short_name: "IHR", aliases: ["IHRNGO", "سازمان حقوق بشر ایران"] };

describe("whether a text names an organisation", () => {
  it("lists its name, short name and aliases, in that order", () => {
    expect(namesOf(ihr)).toEqual(["Iran Human Rights", "IHR", "IHRNGO", "سازمان حقوق بشر ایران"]);
    expect(namesOf({ name: "Amnesty International", short_name: "Amnesty" })).toEqual(["Amnesty International", "Amnesty"]);
  });

  it("finds any of its names as whole words, ignoring case", () => {
    expect(namesClaimant("According to IHR, 481 were killed.", ihr)).toBe(true);
    expect(namesClaimant("iran human rights said", ihr)).toBe(true);
    expect(namesClaimant("(IHRNGO)", ihr)).toBe(true);
    expect(namesClaimant("IHR", ihr)).toBe(true);
    expect(namesClaimant("به گزارش سازمان حقوق بشر ایران، ۴۸۱ نفر", ihr)).toBe(true);
  });

  it("does not find a name inside a longer word or number", () => {
    expect(namesClaimant("the IHRS report", { name: "Iran Human Rights", short_name: "IHR" })).toBe(false);
    expect(namesClaimant("SIHR said", ihr)).toBe(false);
    expect(namesClaimant("IHR2 said", ihr)).toBe(false);
    expect(namesClaimant("2IHR said", ihr)).toBe(false);
    expect(namesClaimant("Human rights groups said", ihr)).toBe(false);
  });

  it("reads punctuation in a name as itself, not as a pattern", () => {
    const un = { name: "U.N. Fact-Finding Mission (Iran)", short_name: "U.N." };
    expect(namesClaimant("the U.N. said", un)).toBe(true);
    expect(namesClaimant("the UXNX said", un)).toBe(false);
    expect(namesClaimant("the U.N. Fact-Finding Mission (Iran) found", un)).toBe(true);
    expect(namesClaimant("the U.N. Fact-Finding Mission Iran found", { name: "U.N. Fact-Finding Mission (Iran)", short_name: "FFM*" })).toBe(false);
    expect(namesClaimant("FFMMM", { name: "x", short_name: "FFM*" })).toBe(false);
    expect(namesClaimant("a [b] c", { name: "[b]", short_name: "b?" })).toBe(true);
    expect(namesClaimant("bb", { name: "b+", short_name: "b{2}" })).toBe(false);
    expect(namesClaimant("a$b", { name: "a$b", short_name: "^x" })).toBe(true);
    expect(namesClaimant("x", { name: "^x", short_name: "x|y" })).toBe(false);
    expect(namesClaimant("a\\b", { name: "a\\b", short_name: "zz" })).toBe(true);
  });
});

describe("the attribution rule for a document", () => {
  const erm = { id: "erm", name: "Example Rights Monitor", short_name: "ERM" };
  const doc = { title: "Weekly report", publisher: "Example News" };

  it("is met by a quote, a title or a publisher naming the organisation", () => {
    expect(documentNamesClaimant("ERM counted 1,203.", doc, erm)).toBe(true);
    expect(documentNamesClaimant("1,203 were counted.", { ...doc, title: "ERM weekly report" }, erm)).toBe(true);
    expect(documentNamesClaimant("1,203 were counted.", { ...doc, publisher: "Example Rights Monitor" }, erm)).toBe(true);
    expect(documentNamesClaimant("1,203 were counted.", doc, erm)).toBe(false);
  });

  it("is met by a compiled dataset that says in its own words whose figures it holds, and only for that organisation", () => {
    const dataset = { ...doc, names_claimant: { organisation: "erm", quote: "Data: Example Rights Monitor", locator: "README" } };
    expect(documentNamesClaimant("1,203 were counted.", dataset, erm)).toBe(true);
    expect(documentNamesClaimant("1,203 were counted.", dataset, { id: "om", name: "Other Monitor", short_name: "OM" })).toBe(false);
  });
});
