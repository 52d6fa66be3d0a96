import { describe, expect, it } from "vitest";
import { sourceTitle, titleFromSlug } from "../../scripts/research/sources.ts";

describe("source titles made by the conversion", () => {
  it("turns a URL slug into its words in sentence case", () => {
    expect(titleFromSlug("iran-admits-for-the-first-time-that-300-people-have-been-killed")).toBe("Iran admits for the first time that 300 people have been killed");
    expect(titleFromSlug("Iran-s-judiciary-3K-protest-cases-dropped")).toBe("Iran's judiciary 3K protest cases dropped");
  });
  it("never keeps the research's note as a title", () => {
    const t = sourceTitle("(headline not in the copy read; URL slug: widespread-iran-protests-reach-13th-day)", "https://example.org/x");
    expect(t).toEqual({ title: "Widespread Iran protests reach 13th day", title_from: "url" });
    expect(sourceTitle("(headline not in the copy read; Ynet News article id hyrbpevrbl)", "https://www.ynetnews.com/article/hyrbpevrbl").title_from).toBe("description");
    expect(() => sourceTitle("(headline not in the copy read)", "https://example.org/unknown")).toThrow();
  });
});
