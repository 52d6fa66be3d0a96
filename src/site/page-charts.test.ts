import { describe, expect, it } from "vitest";
import type { Dataset } from "../datasets/dataset.ts";
import type { Series } from "../datasets/schemas/series.ts";
import { smallDataset, smallSite, SMALL_SITE_CHARTS } from "../../tests/unit/small-site.ts";
import { allCharts, chartPage, chartSources, compareChart, homeChart, imageCharts, latestWave, MAX_LINES, pickLines, seriesChart, seriesImageChart, waveGroups } from "./page-charts.ts";
import type { SiteContext } from "./site-context.ts";

const lineIds = (m: { lines: { seriesId: string }[] }) => m.lines.map((l) => l.seriesId);
const ids = (series: Series[]) => series.map((s) => s.id);

/** The small data with `n` more charted arrest series in the January 2026 wave, each with one dated figure. */
function withMoreArrestSeries(n: number): Dataset {
  const data = smallDataset();
  const template = data.series.find((s) => s.id === "judiciary-arrested-2026")!;
  const figure = data.figures.find((f) => f.id === "judiciary-a-8")!;
  for (let i = 1; i <= n; i++) {
    data.series.push({ ...template, id: `extra-${i}`, organisation: "ihr" });
    data.figures.push({ ...figure, id: `extra-${i}-figure`, series: `extra-${i}`, organisation: "ihr", value: 100 * i });
  }
  return data;
}

describe("the lines a chart draws", () => {
  it("are the charted series with the most figures, at most eight, in the order given; the rest are listed as omitted", () => {
    // Figures per series; "off" is not charted.
    const counts: Record<string, number> = { s01: 1, s02: 5, s03: 3, s04: 3, s05: 0, s06: 2, s07: 2, s08: 4, s09: 1, s10: 6, off: 9 };
    const series = Object.keys(counts).map((id) => ({ id, on_charts: id !== "off" }) as Series);
    const ctx = { index: { figuresBySeries: new Map(Object.entries(counts).filter(([, n]) => n > 0).map(([id, n]) => [id, Array(n).fill({})])) } } as unknown as SiteContext;
    const { drawn, omitted } = pickLines(ctx, series);
    expect(MAX_LINES).toBe(8);
    expect(ids(drawn)).toEqual(["s01", "s02", "s03", "s04", "s06", "s07", "s08", "s10"]);
    // Omitted, most figures first; of equal counts, by id.
    expect(ids(omitted)).toEqual(["s09", "s05"]);
  });
  it("are all the charted series when there are eight or fewer", () => {
    const { en } = smallSite();
    const series = ["hrana-prisons-2026", "judiciary-arrested-2026", "hrana-arrested-2026"].map((id) => en.index.series.get(id)!);
    const { drawn, omitted } = pickLines(en, series);
    expect(ids(drawn)).toEqual(["judiciary-arrested-2026", "hrana-arrested-2026"]);
    expect(omitted).toEqual([]);
  });
});

describe("the latest wave", () => {
  it("is the one that began last, whatever the data's order", () => {
    const data = smallDataset();
    expect(latestWave(smallSite(data).en).id).toBe("jan-2026");
    data.waves.reverse();
    expect(latestWave(smallSite(data).en).id).toBe("jan-2026");
  });
});

describe("the home chart", () => {
  it("draws the arrest counts of the latest wave, with the events about arrests or the whole wave", () => {
    const { en } = smallSite();
    const { model } = homeChart(en);
    expect(model.id).toBe("home-detainees");
    expect(model.title).toBe("People arrested: January 2026 protests");
    expect(lineIds(model)).toEqual(["hrana-arrested-2026", "judiciary-arrested-2026"]);
    expect(model.annotations.map((a) => a.label)).toEqual(["Internet blackout"]);
  });
  it("shows the events about arrests and about identified detainees", () => {
    const withNoteAbout = (measures: Series["measure"][]) => {
      const data = smallDataset();
      data.waves.find((w) => w.id === "jan-2026")!.annotations[1]!.measures = measures;
      return homeChart(smallSite(data).en).model.annotations.map((a) => a.label);
    };
    expect(withNoteAbout(["arrested"])).toEqual(["Internet blackout", "First execution"]);
    expect(withNoteAbout(["identified_detainees"])).toEqual(["Internet blackout", "First execution"]);
    expect(withNoteAbout(["killed"])).toEqual(["Internet blackout"]);
  });
  it("counts identified detainees as arrests, and nothing else", () => {
    const data = smallDataset();
    data.series.find((s) => s.id === "judiciary-arrested-2026")!.measure = "identified_detainees";
    data.series.find((s) => s.id === "ihr-killed-2026")!.measure = "indicted";
    expect(lineIds(homeChart(smallSite(data).en).model)).toEqual(["hrana-arrested-2026", "judiciary-arrested-2026"]);
  });
  it("draws no line while the latest wave has no series", () => {
    const data = smallDataset();
    data.waves.push({ id: "mar-2026", title: "March 2026 protests", start: "2026-03-01", end: null, summary: "A new wave.", annotations: [] });
    const { model } = homeChart(smallSite(data).en);
    expect(model.title).toBe("People arrested: March 2026 protests");
    expect(model.lines).toEqual([]);
  });
  it("draws at most eight lines", () => {
    expect(lineIds(homeChart(smallSite(withMoreArrestSeries(9)).en).model)).toHaveLength(8);
  });
  it("is made once per page context, in that context's language", () => {
    const { en, fa } = smallSite();
    expect(homeChart(en)).toBe(homeChart(en));
    expect(homeChart(fa).model.title).toBe("بازداشت‌شدگان: اعتراضات دی ۱۴۰۴");
    expect(homeChart(en).model.title).toBe("People arrested: January 2026 protests");
  });
});

describe("a wave's groups", () => {
  it("list the wave's series by group, charting the groups of detainees, deaths and death sentences", () => {
    const { en } = smallSite();
    const groups = waveGroups(en, en.index.wave.get("jan-2026")!);
    expect(groups.map((g) => g.id)).toEqual(["detainees", "deaths", "judicial"]);
    expect(groups.map((g) => ids(g.series))).toEqual([["hrana-arrested-2026", "judiciary-arrested-2026", "hrana-prisons-2026"], ["ihr-killed-2026"], ["hrana-indicted-2026"]]);
    expect(groups[0]!.measures).toEqual(["arrested", "identified_detainees"]);
    expect(groups.map((g) => g.view?.model.id)).toEqual(["jan-2026-detainees", "jan-2026-deaths", undefined]);
    expect(groups[0]!.view!.model.title).toBe("People arrested and detained: January 2026 protests");
    expect(groups[1]!.view!.model.title).toBe("People killed: January 2026 protests");
    expect(lineIds(groups[0]!.view!.model)).toEqual(["hrana-arrested-2026", "judiciary-arrested-2026"]);
    expect(groups.map((g) => g.omitted)).toEqual([[], [], []]);
  });
  it("show on each chart only the events about its measures or the whole wave", () => {
    const events = (data: Dataset) => {
      const { en } = smallSite(data);
      return waveGroups(en, en.index.wave.get("jan-2026")!)[0]!.view!.model.annotations.map((a) => a.label);
    };
    // The note on executions is not about arrests.
    expect(events(smallDataset())).toEqual(["Internet blackout"]);
    // About identified detainees, it is about the group of detainees too.
    const data = smallDataset();
    data.waves.find((w) => w.id === "jan-2026")!.annotations[1]!.measures = ["identified_detainees"];
    expect(events(data)).toEqual(["Internet blackout", "First execution"]);
  });
  it("chart death sentences and executions", () => {
    const data = smallDataset();
    data.series.find((s) => s.id === "ihr-killed-2026")!.measure = "executed";
    const { en } = smallSite(data);
    const groups = waveGroups(en, en.index.wave.get("jan-2026")!);
    expect(groups.map((g) => [g.id, g.view?.model.id])).toEqual([
      ["detainees", "jan-2026-detainees"],
      ["death-penalty", "jan-2026-death-penalty"],
      ["judicial", undefined],
    ]);
    expect(groups[1]!.view!.model.title).toBe("Death sentences and executions: January 2026 protests");
  });
  it("chart a group only when a charted series of it has a dated figure", () => {
    const data = smallDataset();
    // IHR's deaths with no as-of date, and the Judiciary's arrests off the charts.
    data.figures = data.figures.filter((f) => f.id !== "ihr-k-5");
    data.series.find((s) => s.id === "hrana-arrested-2026")!.on_charts = false;
    const { en } = smallSite(data);
    const groups = waveGroups(en, en.index.wave.get("jan-2026")!);
    expect(groups.map((g) => [g.id, g.view?.model.id])).toEqual([
      ["detainees", "jan-2026-detainees"],
      ["deaths", undefined],
      ["judicial", undefined],
    ]);
    data.series.find((s) => s.id === "judiciary-arrested-2026")!.on_charts = false;
    const again = smallSite(data).en;
    expect(waveGroups(again, again.index.wave.get("jan-2026")!)[0]!.view).toBeUndefined();
  });
  it("are none for a wave with no series, and have no chart for a series with no figure yet", () => {
    const data = smallDataset();
    data.waves.push({ id: "mar-2026", title: "March 2026 protests", start: "2026-03-01", end: null, summary: "A new wave.", annotations: [] });
    data.series.push({ ...data.series.find((s) => s.id === "ihr-killed-2026")!, id: "ihr-killed-mar-2026", wave: "mar-2026" });
    const { en } = smallSite(data);
    expect(waveGroups(en, en.index.wave.get("mahsa-2022")!).map((g) => g.id)).toEqual(["detainees"]);
    const march = waveGroups(en, en.index.wave.get("mar-2026")!);
    expect(march.map((g) => [g.id, ids(g.series), g.view])).toEqual([["deaths", ["ihr-killed-mar-2026"], undefined]]);
    const empty = smallSite(smallDataset());
    const wave = { ...empty.en.index.wave.get("jan-2026")!, id: "no-series" };
    expect(waveGroups(empty.en, wave)).toEqual([]);
  });
  it("list the charted series left off a chart of more than eight lines", () => {
    const { en } = smallSite(withMoreArrestSeries(8));
    const detainees = waveGroups(en, en.index.wave.get("jan-2026")!)[0]!;
    // HRANA has four figures; every other series one: ties go by id.
    expect(lineIds(detainees.view!.model)).toEqual(["hrana-arrested-2026", "extra-1", "extra-2", "extra-3", "extra-4", "extra-5", "extra-6", "extra-7"]);
    expect(ids(detainees.omitted)).toEqual(["extra-8", "judiciary-arrested-2026"]);
  });
  it("are the same for the same wave, and their own for another", () => {
    const { en } = smallSite();
    const jan = en.index.wave.get("jan-2026")!;
    expect(waveGroups(en, jan)).toBe(waveGroups(en, jan));
    expect(waveGroups(en, en.index.wave.get("mahsa-2022")!).map((g) => g.view?.model.id)).toEqual(["mahsa-2022-detainees"]);
  });
});

describe("a series chart", () => {
  it("draws the series alone, titled with its label, with its measure's events", () => {
    const { en, fa } = smallSite();
    const view = seriesChart(en, en.index.series.get("hrana-arrested-2026")!)!;
    expect(view.model).toMatchObject({ id: "series-hrana-arrested-2026", title: "hrana-arrested-2026 label" });
    expect(lineIds(view.model)).toEqual(["hrana-arrested-2026"]);
    expect(view.model.annotations.map((a) => a.label)).toEqual(["Internet blackout"]);
    expect(seriesChart(fa, fa.index.series.get("hrana-arrested-2026")!)!.model.title).toBe("هرانا: بازداشت‌شدگان");
    expect(seriesChart(en, en.index.series.get("ihr-killed-2026")!)!.model.id).toBe("series-ihr-killed-2026");
  });
  it("does not exist for a series kept off the charts", () => {
    const { en } = smallSite();
    expect(seriesChart(en, en.index.series.get("hrana-prisons-2026")!)).toBeUndefined();
  });
  it("shows an event about executions on a chart of executions", () => {
    const data = smallDataset();
    data.series.find((s) => s.id === "hrana-arrested-2026")!.measure = "executed";
    const { en } = smallSite(data);
    expect(seriesChart(en, en.index.series.get("hrana-arrested-2026")!)!.model.annotations.map((a) => a.label)).toEqual(["Internet blackout", "First execution"]);
  });
});

describe("the comparison chart", () => {
  it("draws HRANA's arrest counts of every wave, by days since each wave began", () => {
    const { en } = smallSite();
    const { model } = compareChart(en);
    expect(model).toMatchObject({ id: "compare-arrests", title: "HRANA's estimated arrests, by days since each wave began", xKind: "days" });
    expect(lineIds(model)).toEqual(["hrana-arrested-2026", "hrana-arrested-2022"]);
    expect(compareChart(en)).toBe(compareChart(en));
  });
  it("leaves out other claimants and other measures", () => {
    const data = smallDataset();
    data.series.find((s) => s.id === "judiciary-arrested-2026")!.organisation = "hrana";
    data.series.find((s) => s.id === "hrana-arrested-2022")!.measure = "killed";
    expect(lineIds(compareChart(smallSite(data).en).model)).toEqual(["hrana-arrested-2026", "judiciary-arrested-2026"]);
  });
});

describe("the charts of a release's pages", () => {
  it("all have an id of their own: home, each wave's groups, each charted series, the comparison", () => {
    const { en } = smallSite();
    const all = allCharts(en).map((v) => v.model.id);
    expect(all).toEqual(SMALL_SITE_CHARTS);
    expect(new Set(all).size).toBe(all.length);
  });
  it("get share images for the home, wave and comparison charts only", () => {
    const { en } = smallSite();
    expect(imageCharts(en).map((v) => v.model.id)).toEqual(["home-detainees", "mahsa-2022-detainees", "jan-2026-detainees", "jan-2026-deaths", "compare-arrests"]);
  });
});

describe("the share image of a series' pages", () => {
  it("is the wave chart that draws the series", () => {
    const { en } = smallSite();
    expect(seriesImageChart(en, en.index.series.get("hrana-arrested-2026")!)).toBe("jan-2026-detainees");
    expect(seriesImageChart(en, en.index.series.get("ihr-killed-2026")!)).toBe("jan-2026-deaths");
    expect(seriesImageChart(en, en.index.series.get("hrana-arrested-2022")!)).toBe("mahsa-2022-detainees");
  });
  it("is the chart that draws the series among others, not the wave's first chart", () => {
    const data = smallDataset();
    // A second line on the chart of deaths.
    data.series.push({ ...data.series.find((s) => s.id === "ihr-killed-2026")!, id: "judiciary-killed-2026", organisation: "judiciary" });
    data.figures.push({ ...data.figures.find((f) => f.id === "ihr-k-5")!, id: "judiciary-k-6", series: "judiciary-killed-2026", organisation: "judiciary", as_of: "2026-01-06", source: "judiciary-statement" });
    const { en } = smallSite(data);
    expect(seriesImageChart(en, en.index.series.get("ihr-killed-2026")!)).toBe("jan-2026-deaths");
  });
  it("is the wave's first chart for a series no chart draws", () => {
    const { en } = smallSite();
    expect(seriesImageChart(en, en.index.series.get("hrana-prisons-2026")!)).toBe("jan-2026-detainees");
    expect(seriesImageChart(en, en.index.series.get("hrana-indicted-2026")!)).toBe("jan-2026-detainees");
  });
  it("is none when the wave has no chart, or is unknown", () => {
    const data = smallDataset();
    data.series.find((s) => s.id === "hrana-arrested-2022")!.measure = "indicted";
    const { en } = smallSite(data);
    expect(seriesImageChart(en, en.index.series.get("hrana-arrested-2022")!)).toBeUndefined();
    expect(seriesImageChart(en, { ...en.index.series.get("hrana-arrested-2026")!, wave: "no-such-wave" })).toBeUndefined();
  });
});

describe("the page a chart belongs to", () => {
  it("is the home page, the comparison, the series page or the wave page, at the chart", () => {
    const { en, fa, enArchived } = smallSite();
    expect(chartPage(en, "home-detainees")).toBe("/#home-detainees");
    expect(chartPage(en, "compare-arrests")).toBe("/compare/");
    expect(chartPage(en, "series-hrana-arrested-2026")).toBe("/series/hrana-arrested-2026/");
    expect(chartPage(en, "jan-2026-deaths")).toBe("/waves/jan-2026/#jan-2026-deaths");
    expect(chartPage(fa, "mahsa-2022-detainees")).toBe("/fa/waves/mahsa-2022/#mahsa-2022-detainees");
    expect(chartPage(enArchived, "compare-arrests")).toBe("/v/1.0.0/compare/");
  });
  it("is the home page for a chart of no known page", () => {
    const { en, fa } = smallSite();
    expect(chartPage(en, "jan-2027-deaths")).toBe("/");
    expect(chartPage(fa, "nothing")).toBe("/fa/");
  });
  it("has the chart's block, where every document is listed, as the target of an embed's source line", () => {
    const { en } = smallSite();
    expect(chartSources(en, "home-detainees")).toBe("/#home-detainees");
    expect(chartSources(en, "compare-arrests")).toBe("/compare/#compare-arrests");
    expect(chartSources(en, "series-ihr-killed-2026")).toBe("/series/ihr-killed-2026/#series-ihr-killed-2026");
    expect(chartSources(en, "jan-2026-deaths")).toBe("/waves/jan-2026/#jan-2026-deaths");
  });
});
