import { describe, expect, it } from "vitest";
import type { Release } from "../datasets/schemas/release.ts";
import { atomFeed } from "./atom-feed.ts";

const release = (version: string, date: string, over: Partial<Release> = {}): Release =>
  ({
    schema_version: 1,
    version,
    date,
    previous: null,
    sha256: "a".repeat(64),
    summary: `Release of ${date}`,
    changes: { figures_added: ["f-1", "f-2"], figures_changed: [], figures_removed: [], sources_added: ["s-1"] },
    data: { organisations: [], sources: [], waves: [], series: [], figures: [] },
    ...over,
  }) as Release;

const entries = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);

describe("atomFeed", () => {
  it("lists releases newest first, each linking to its permanent /v/<version>/ page", () => {
    const xml = atomFeed([release("2026-11-29", "2026-11-29"), release("2026-11-29.2", "2026-11-29"), release("2026-12-01", "2026-12-01")], "https://detainees.example.org/");
    const titles = entries(xml).map((e) => e.match(/<title>(.*)<\/title>/)![1]);
    expect(titles).toEqual(["Release 2026-12-01", "Release 2026-11-29.2", "Release 2026-11-29"]);
    expect(entries(xml)[1]).toContain('<link href="https://detainees.example.org/v/2026-11-29.2/"/>');
    expect(xml).toMatch(/<author><name>Iran protest detainee counts<\/name><\/author>\n\s*<entry>/);
    // The feed is as new as its newest release.
    expect(xml.match(/<feed[\s\S]*?<updated>(.*?)<\/updated>/)![1]).toBe("2026-12-01T00:00:00Z");
    expect(xml).toContain('<link rel="self" href="https://detainees.example.org/changelog.xml"/>');
  });
  it("says what each release changed, with every reason", () => {
    const xml = atomFeed(
      [
        release("2026-12-01", "2026-12-01", {
          changes: {
            figures_added: ["f-3"],
            figures_changed: [{ id: "f-1", reason: "the source corrected its count" }],
            figures_removed: [{ id: "f-2", reason: "a duplicate of f-1" }],
            sources_added: [],
            records_changed: [{ kind: "source", id: "s-1", fields: ["title", "published"], reason: "the page was retitled" }],
          },
        }),
      ],
      "https://detainees.example.org/",
    );
    const summary = xml.match(/<summary type="text">([\s\S]*?)<\/summary>/)![1].split("\n");
    expect(summary).toEqual([
      "Release of 2026-12-01",
      "1 figures added, 1 corrected, 1 withdrawn; 0 sources added.",
      "Corrected f-1: the source corrected its count",
      "Withdrawn f-2: a duplicate of f-1",
      "Corrected source s-1 (title, published): the page was retitled",
      `SHA-256 ${"a".repeat(64)}`,
    ]);
  });
  it("escapes the summary's text, so a '<' or '&' in it cannot break or inject markup", () => {
    const xml = atomFeed([release("2026-12-01", "2026-12-01", { summary: "HRANA & IHR: <b>fewer</b> than \"reported\"" })], "https://detainees.example.org/");
    expect(xml).toContain("HRANA &amp; IHR: &lt;b&gt;fewer&lt;/b&gt; than");
    expect(xml).not.toContain("<b>");
  });
  it("is a valid empty feed before the first release", () => {
    const xml = atomFeed([], "https://detainees.example.org/");
    expect(entries(xml)).toEqual([]);
    expect(xml).toContain("<updated>1970-01-01T00:00:00Z</updated>");
  });
});
