import { describe, expect, it } from "vitest";
import { factsHtml, fillFacts, offlineCopies, zimMetadata } from "./offline-copies.ts";
import { strings } from "../i18n/strings.ts";

describe("offline copies on the data page", () => {
  const sha = "a".repeat(64);
  it("fills each copy's size and hash, and leaves a missing file's slot empty", () => {
    const html = '<li><span data-file-facts="v2/site.zip"></span></li><li><span data-file-facts="v1/site.zim"></span></li>';
    const out = fillFacts(html, (k) => (k === "v2/site.zip" ? { bytes: 12_345_678, sha256: sha } : null), (f) => `${f.bytes}|${f.sha256}`);
    expect(out).toBe(`<li><span data-file-facts="v2/site.zip">12345678|${sha}</span></li><li><span data-file-facts="v1/site.zim"></span></li>`);
  });
  it("writes the size in megabytes, in each language's digits", () => {
    expect(factsHtml({ bytes: 12_345_678, sha256: sha }, strings("en"))).toContain("12.3 MB");
    expect(factsHtml({ bytes: 12_345_678, sha256: sha }, strings("fa"))).toContain("۱۲٫۳ مگابایت");
    expect(factsHtml({ bytes: 1, sha256: sha }, strings("en"))).toContain(`<code dir="ltr" style="word-break:break-all">${sha}</code>`);
  });
  it("reads the build's list of copies, and none without one", () => {
    expect(offlineCopies('{"v2":["site.zip","site.zim"]}')).toEqual({ v2: ["site.zip", "site.zim"] });
    expect(offlineCopies(undefined)).toEqual({});
    expect(offlineCopies("")).toEqual({});
  });
  it("ignores a list of copies that is not an object of versions", () => {
    for (const env of ["null", '"site.zip"', '["site.zip"]', "3"]) expect(offlineCopies(env), env).toEqual({});
  });
});

describe("the ZIM's metadata", () => {
  it("stays within openZIM's limits and names both languages and the release's date", () => {
    const m = zimMetadata({ version: "2026-12-01", date: "2026-12-01" });
    expect(m.title.length).toBeLessThanOrEqual(30);
    expect(m.description.length).toBeLessThanOrEqual(80);
    expect(m.description).toContain("2026-12-01");
    expect(m.language).toBe("eng,fas");
  });
  it("names the site, its maker and the release in what Kiwix shows and files by", () => {
    expect(zimMetadata({ version: "2026-12-01.2", date: "2026-12-02" })).toEqual({
      title: "Iran protest detainee counts",
      description: "Release 2026-12-01.2 (2026-12-02): detainee counts, each sourced",
      language: "eng,fas",
      creator: "Iran protest detainee counts",
      publisher: "Iran protest detainee counts",
      name: "iran-protest-detainee-counts_mul_all",
      tags: "_category:other;_pictures:yes;_videos:no;_details:yes;iran;human-rights;release-2026-12-02",
      source: "",
      scraper: "iran-detainee-dashboard (zimwriterfs)",
    });
  });
});
