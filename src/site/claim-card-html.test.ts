import { describe, expect, it } from "vitest";
import type { Dataset } from "../datasets/dataset.ts";
import { claimChange } from "../domain/claim-change.ts";
import { latestClaimOf } from "../domain/latest-claims.ts";
import { smallDataset, smallSite } from "../../tests/unit/small-site.ts";
import { claimCardHtml } from "./claim-card-html.ts";
import type { SiteContext } from "./site-context.ts";

/** The card of a series' latest claim (as known on `day`), with its change, as the wave page shows it. */
function card(ctx: SiteContext, seriesId: string, day?: string): string {
  const { index } = ctx;
  const series = index.series.get(seriesId)!;
  const figures = index.figuresBySeries.get(seriesId)!;
  const claim = latestClaimOf(series, index.organisation.get(series.organisation)!, figures, index.source, day)!;
  return claimCardHtml(ctx, claim, claimChange(claim, figures, index.source, day));
}

/** The data with one figure changed. */
function withFigure(id: string, change: (f: Dataset["figures"][number]) => void): Dataset {
  const data = smallDataset();
  change(data.figures.find((f) => f.id === id)!);
  return data;
}

describe("a claim card", () => {
  it("links the claimant, the figure and its document, with the unit, the day and the change since the previous figure", () => {
    const { en } = smallSite();
    // As known on 7 Jan: at least 1,500 (6 Jan), after at least 1,200 (3 Jan).
    expect(card(en, "hrana-arrested-2026", "2026-01-07")).toBe(
      [
        '<li data-claim-figures="hrana-a-6">',
        '<a href="/organisations/hrana/"><bdi>HRANA</bdi></a>',
        '<span class="claim-value"><a href="/figures/hrana-a-6/">at least 1,500</a></span>',
        "<span>people arrested</span>",
        '<span class="claim-change" data-claim-change="hrana-a-3 hrana-a-6">+300 since 3 January 2026 (between two “at least” figures)</span>',
        '<span class="meta claim-meta">as of 6 January 2026 · source: <a href="/sources/hrana-day-6/"><bdi>HRANA</bdi></a></span>',
        "</li>",
      ].join(" "),
    );
  });
  it("has no change for the first figure of a series, and none for a day with two numbers", () => {
    const { en } = smallSite();
    expect(card(en, "hrana-arrested-2026", "2026-01-04")).not.toContain("claim-change");
    expect(card(en, "hrana-arrested-2026", "2026-01-04")).toContain('<span class="claim-value"><a href="/figures/hrana-a-3/">at least 1,200</a></span> <span>people arrested</span> <span class="meta claim-meta">');
    expect(card(en, "hrana-arrested-2026")).not.toContain("claim-change");
  });
  it("shows every different number of the day, told apart, once per document, and says how many there are", () => {
    const { en } = smallSite();
    expect(card(en, "hrana-arrested-2026")).toBe(
      [
        '<li data-claim-figures="hrana-a-9 hrana-a-9-about">',
        '<a href="/organisations/hrana/"><bdi>HRANA</bdi></a>',
        '<span class="claim-value"><a href="/figures/hrana-a-9/">2,000</a><span class="claim-and"> · </span><a href="/figures/hrana-a-9-about/">about 2,500</a></span>',
        "<span>people arrested</span>",
        '<span class="claim-kind">2 different figures stated on this day</span>',
        '<span class="meta claim-meta">as of 9 January 2026 · source: <a href="/sources/hrana-day-9/"><bdi>HRANA</bdi></a></span>',
        "</li>",
      ].join(" "),
    );
  });
  it("lists each document of the day's numbers, separated by commas", () => {
    const { en } = smallSite(withFigure("hrana-a-9-about", (f) => (f.source = "weak-news")));
    expect(card(en, "hrana-arrested-2026")).toContain('source: <a href="/sources/hrana-day-9/"><bdi>HRANA</bdi></a>, <a href="/sources/weak-news/"><bdi>Weak News</bdi></a></span>');
  });
  it("says an undated claim's publication day and marks a weak source with a link to the methodology", () => {
    const { en } = smallSite();
    const html = card(en, "ihr-killed-2026");
    expect(html).toContain('<span class="meta claim-meta">no as-of date given, published 9 January 2026 · source: <a href="/sources/weak-news/"><bdi>Weak News</bdi></a></span>');
    expect(html.endsWith(' <a class="flag flag-caution" href="/methodology/#flags">weak source</a> </li>')).toBe(true);
    expect(html).toContain("<span>people killed</span>");
    expect(html).not.toContain("claim-change");
    // The dated 40 before it has no weak source.
    expect(card(en, "ihr-killed-2026", "2026-01-08")).not.toContain("flag");
  });
  it("says when only the earliest publication day is known", () => {
    const data = smallDataset();
    data.sources.find((s) => s.id === "weak-news")!.published = null;
    data.sources.find((s) => s.id === "weak-news")!.published_not_before = { date: "2026-01-12", reason: "first seen then" };
    expect(card(smallSite(data).en, "ihr-killed-2026")).toContain("no as-of date given, published on or after 12 January 2026");
  });
  it("says what kind of claim it is: an estimate, named cases, this site's count, an inferred attribution", () => {
    const { en } = smallSite();
    expect(card(en, "judiciary-arrested-2026")).toContain('<span>people arrested</span> <span class="claim-kind">an estimate</span> <span class="meta claim-meta">as of 8 January 2026 · source: <a href="/sources/judiciary-statement/"><bdi>Mizan</bdi></a></span>');
    const kindOf = (data: Dataset) => card(smallSite(data).en, "hrana-arrested-2022").match(/<span class="claim-kind">([^<]*)<\/span>/)?.[1];
    expect(kindOf(smallDataset())).toBeUndefined();
    expect(kindOf(withFigure("hrana-2022-b", (f) => Object.assign(f, { value: 1, qualifier: "exact", basis: "cases", cases: ["Sara A."] })))).toBe("a named case: Sara A.");
    expect(kindOf(withFigure("hrana-2022-b", (f) => (f.basis = "project_count")))).toBe("counted by this site from what HRANA stated");
    expect(kindOf(withFigure("hrana-2022-b", (f) => f.flags.push("attribution_inferred")))).toBe("attribution inferred: the text read does not name the claimant");
  });
  it("puts a number of one in the unit's singular", () => {
    const { en } = smallSite(withFigure("hrana-2022-b", (f) => Object.assign(f, { value: 1, qualifier: "exact" })));
    expect(card(en, "hrana-arrested-2022")).toContain('<a href="/figures/hrana-2022-b/">1</a></span> <span>person arrested</span>');
  });
  it("escapes names from the data, and links within the page's release", () => {
    const data = smallDataset();
    data.organisations.find((o) => o.id === "judiciary")!.short_name = "Courts & <Judiciary>";
    data.sources.find((s) => s.id === "judiciary-statement")!.publisher = 'Mizan "Online"';
    const { enArchived } = smallSite(data);
    const html = card(enArchived, "judiciary-arrested-2026");
    expect(html).toContain('<a href="/v/1.0.0/organisations/judiciary/"><bdi>Courts &amp; &lt;Judiciary&gt;</bdi></a>');
    expect(html).toContain('<a href="/v/1.0.0/sources/judiciary-statement/"><bdi>Mizan &quot;Online&quot;</bdi></a>');
    expect(html).toContain('<a href="/v/1.0.0/figures/judiciary-a-8/">about 3,000</a>');
  });
  it("is written in Persian on a Persian page, with the translated names and units", () => {
    const { fa } = smallSite();
    const html = card(fa, "hrana-arrested-2026", "2026-01-07");
    expect(html).toContain('<a href="/fa/organisations/hrana/"><bdi>هرانا</bdi></a>');
    expect(html).toContain('<span class="claim-value"><a href="/fa/figures/hrana-a-6/">دست‌کم ۱٬۵۰۰</a></span> <span>نفر بازداشت‌شده</span>');
    expect(html).toContain('<span class="meta claim-meta">تا ۱۶\u00a0دی\u00a0۱۴۰۴ (۶\u00a0ژانویه\u00a0۲۰۲۶)؛ منبع: <a href="/fa/sources/hrana-day-6/"><bdi>HRANA</bdi></a></span>');
    expect(html).toContain("نسبت به رقم ۱۳\u00a0دی\u00a0۱۴۰۴ (۳\u00a0ژانویه\u00a0۲۰۲۶)، میان دو رقم «دست‌کم»</span>");
    expect(card(fa, "hrana-arrested-2026")).toContain('<a href="/fa/figures/hrana-a-9/">۲٬۰۰۰</a><span class="claim-and">؛ </span><a href="/fa/figures/hrana-a-9-about/">حدود ۲٬۵۰۰</a>');
  });
});
