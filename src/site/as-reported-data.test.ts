import { describe, expect, it } from "vitest";
import { smallDataset, smallSite } from "../../tests/unit/small-site.ts";
import { asReportedData, cardSeries } from "./as-reported-data.ts";

describe("the wave page's 'as reported on' data", () => {
  it("has each charted series of the wave, ranked by claimant then id, and none of another wave or off the charts", () => {
    const { en } = smallSite();
    const data = asReportedData(en, "jan-2026");
    expect(Object.keys(data.series).sort()).toEqual(["hrana-arrested-2026", "hrana-indicted-2026", "ihr-killed-2026", "judiciary-arrested-2026"]);
    expect(Object.fromEntries(Object.entries(data.series).map(([id, s]) => [id, s.rank]))).toEqual({
      "hrana-arrested-2026": 0,
      "hrana-indicted-2026": 1,
      "ihr-killed-2026": 2,
      "judiciary-arrested-2026": 3,
    });
  });
  it("ranks by the claimant's short name, not by the series id", () => {
    const data = smallDataset();
    data.organisations.find((o) => o.id === "judiciary")!.short_name = "Aa Judiciary";
    const ranks = asReportedData(smallSite(data).en, "jan-2026").series;
    expect(ranks["judiciary-arrested-2026"]!.rank).toBe(0);
    expect(ranks["hrana-arrested-2026"]!.rank).toBe(1);
  });
  it("gives a card for each day a document of the series was published, with the day the claim refers to", () => {
    const { en } = smallSite();
    const states = asReportedData(en, "jan-2026").series["hrana-arrested-2026"]!.states;
    // HRANA's reports were published on 4, 7 and 10 January, about 3, 6 and 9 January.
    expect(states.map((s) => [s.from, s.date])).toEqual([
      ["2026-01-04", "2026-01-03"],
      ["2026-01-07", "2026-01-06"],
      ["2026-01-10", "2026-01-09"],
    ]);
    expect(states[0]!.html).toContain('data-claim-figures="hrana-a-3"');
    expect(states[0]!.html).not.toContain("claim-change");
    // The change is the one known that day: from the 3 January figure.
    expect(states[1]!.html).toContain('data-claim-change="hrana-a-3 hrana-a-6"');
    expect(states[2]!.html).toContain('data-claim-figures="hrana-a-9 hrana-a-9-about"');
    // An undated figure counts from its publication day.
    expect(asReportedData(en, "jan-2026").series["ihr-killed-2026"]!.states.map((s) => [s.from, s.date])).toEqual([
      ["2026-01-08", "2026-01-05"],
      ["2026-01-09", "2026-01-09"],
    ]);
  });
  it("adds no state for a day whose new document leaves the card as it was", () => {
    const data = smallDataset();
    // A report of 12 January about 2 January: the latest claim (9 January) does not change.
    data.sources.push({ ...data.sources[0]!, id: "hrana-late", published: "2026-01-12" });
    data.figures.push({ ...data.figures[0]!, id: "hrana-a-2-late", as_of: "2026-01-02", source: "hrana-late", value: 1000 });
    const states = asReportedData(smallSite(data).en, "jan-2026").series["hrana-arrested-2026"]!.states;
    expect(states.map((s) => s.from)).toEqual(["2026-01-04", "2026-01-07", "2026-01-10"]);
  });
  it("adds no day for a document whose publication day is unknown", () => {
    const data = smallDataset();
    // A figure of 8 January from a document with no publication day: it is placed on no day it was known.
    data.sources.push({ ...data.sources[0]!, id: "undated-report", published: null });
    data.figures.push({ ...data.figures[0]!, id: "hrana-a-8-undated-doc", as_of: "2026-01-08", source: "undated-report", value: 1800 });
    const states = asReportedData(smallSite(data).en, "jan-2026").series["hrana-arrested-2026"]!.states;
    expect(states.map((s) => s.from)).toEqual(["2026-01-04", "2026-01-07", "2026-01-10"]);
  });
  it("gives a charted series with no figure yet no state, and an unknown wave no series", () => {
    const data = smallDataset();
    data.series.push({ ...data.series[0]!, id: "hrana-empty-2026" });
    const { en } = smallSite(data);
    expect(asReportedData(en, "jan-2026").series["hrana-empty-2026"]).toEqual({ rank: 1, states: [] });
    expect(asReportedData(en, "no-such-wave")).toEqual({ series: {} });
  });
  it("serves the Persian page the Persian cards", () => {
    const { fa } = smallSite();
    const html = asReportedData(fa, "jan-2026").series["hrana-arrested-2026"]!.states[0]!.html;
    expect(html).toContain('<a href="/fa/figures/hrana-a-3/">دست‌کم ۱٬۲۰۰</a>');
  });
});

describe("the series a wave page's cards draw from", () => {
  it("are the charted series of those measures in that wave", () => {
    const { en } = smallSite();
    expect(cardSeries(en, "jan-2026", ["arrested", "identified_detainees"])).toEqual(["hrana-arrested-2026", "judiciary-arrested-2026"]);
    expect(cardSeries(en, "jan-2026", ["killed"])).toEqual(["ihr-killed-2026"]);
    expect(cardSeries(en, "mahsa-2022", ["killed"])).toEqual([]);
    expect(cardSeries(en, "no-such-wave", ["arrested"])).toEqual([]);
  });
});
