import { describe, expect, it } from "vitest";
import { smallDataset, smallSite } from "../../tests/unit/small-site.ts";
import { chartView } from "./chart-view.ts";
import { localText } from "./local-text.ts";
import type { SiteContext } from "./site-context.ts";

/** The January 2026 arrest chart: HRANA and the Judiciary, the prisons series (not charted), the wave's events. */
function arrestChart(ctx: SiteContext, options: { height?: number } = {}) {
  const ids = ["hrana-arrested-2026", "judiciary-arrested-2026", "hrana-prisons-2026"];
  const wave = ctx.index.wave.get("jan-2026")!;
  return chartView(ctx, "arrests", "Arrests", ids.map((id) => ctx.index.series.get(id)!), { annotations: localText(ctx).annotations(wave), ...options });
}

const lineIds = (m: { lines: { seriesId: string }[] }) => m.lines.map((l) => l.seriesId);

describe("a chart view", () => {
  it("draws one line per charted series, with its id and title, in the wide layout", () => {
    const { en } = smallSite();
    const { model } = arrestChart(en);
    expect(model).toMatchObject({ id: "arrests", title: "Arrests", layout: "wide", width: 720, height: 360, xKind: "date" });
    expect(lineIds(model)).toEqual(["hrana-arrested-2026", "judiciary-arrested-2026"]);
    expect(model.lines.map((l) => l.organisation)).toEqual(["HRANA", "Judiciary"]);
    expect(model.lines[0]!.points.map((p) => p.figureId)).toEqual(["hrana-a-3", "hrana-a-6", "hrana-a-9", "hrana-a-9-about"]);
    expect(model.annotations.map((a) => a.label)).toEqual(["Internet blackout", "First execution"]);
  });
  it("lists the plotted figures by date, then series, then id, and only those", () => {
    const { en } = smallSite();
    expect(arrestChart(en).figures.map((f) => f.id)).toEqual(["hrana-a-3", "hrana-a-6", "judiciary-a-8", "hrana-a-9", "hrana-a-9-about"]);
    // Of the same day, by series first: "hrana-…" before "ihr-…", whatever the ids of the figures.
    const data = smallDataset();
    data.figures.find((f) => f.id === "ihr-k-5")!.as_of = "2026-01-06";
    data.figures.find((f) => f.id === "ihr-k-5")!.id = "a-ihr-figure";
    const ctx = smallSite(data).en;
    const both = chartView(ctx, "c", "C", [ctx.index.series.get("ihr-killed-2026")!, ctx.index.series.get("hrana-arrested-2026")!]);
    expect(both.figures.map((f) => f.id)).toEqual(["hrana-a-3", "hrana-a-6", "a-ihr-figure", "hrana-a-9", "hrana-a-9-about"]);
  });
  it("lists the documents of its figures and events, by publisher then id, each once", () => {
    const { en } = smallSite();
    expect(arrestChart(en).documents.map((d) => d.id)).toEqual(["blackout-followup", "hrana-day-3", "hrana-day-6", "hrana-day-9", "judiciary-statement", "blackout-report"]);
    // Without events, only the figures' documents.
    const ctx = en;
    const plain = chartView(ctx, "c", "C", [ctx.index.series.get("judiciary-arrested-2026")!, ctx.index.series.get("hrana-arrested-2026")!]);
    expect(plain.documents.map((d) => d.id)).toEqual(["hrana-day-3", "hrana-day-6", "hrana-day-9", "judiciary-statement"]);
  });
  it("names the organisations whose figures are drawn, not those with nothing to plot", () => {
    const data = smallDataset();
    // A Judiciary count of deaths with no as-of date: listed in tables, never plotted.
    data.series.push({ ...data.series.find((s) => s.id === "ihr-killed-2026")!, id: "judiciary-killed-2026", organisation: "judiciary" });
    data.figures.push({ ...data.figures.find((f) => f.id === "ihr-k-5")!, id: "judiciary-k-undated", series: "judiciary-killed-2026", organisation: "judiciary", as_of: null, source: "judiciary-statement" });
    const ctx = smallSite(data).en;
    const view = chartView(ctx, "deaths", "Deaths", [ctx.index.series.get("judiciary-killed-2026")!, ctx.index.series.get("ihr-killed-2026")!]);
    expect(view.organisations.map((o) => o.id)).toEqual(["ihr"]);
    expect(view.figures.map((f) => f.id)).toEqual(["ihr-k-5"]);
    expect(arrestChart(smallSite().en).organisations.map((o) => o.short_name)).toEqual(["HRANA", "Judiciary"]);
  });
  it("has a narrow, taller layout for phones and one at any height for embeds, both drawing the same lines", () => {
    const { en } = smallSite();
    const view = arrestChart(en);
    expect(view.narrow).toMatchObject({ id: "arrests", layout: "narrow", width: 340, height: 440 });
    expect(lineIds(view.narrow)).toEqual(["hrana-arrested-2026", "judiciary-arrested-2026"]);
    const embed = view.narrowAt(270);
    expect(embed.model).toMatchObject({ layout: "narrow", width: 340, height: 270 });
    expect(lineIds(embed.model)).toEqual(["hrana-arrested-2026", "judiciary-arrested-2026"]);
    expect(embed.svg).toContain('viewBox="0 0 340 270"');
    expect(view.svgNarrow).toContain('viewBox="0 0 340 440"');
    expect(view.svg).toContain('viewBox="0 0 720 360"');
  });
  it("gives each SVG of a page its own ids, both described by the summary the page prints", () => {
    const { en } = smallSite();
    const view = arrestChart(en);
    expect(view.svg).toContain('aria-labelledby="arrests-title"');
    expect(view.svg).toContain('aria-describedby="arrests-summary"');
    expect(view.svgNarrow).toContain('aria-labelledby="arrests-n-title"');
    expect(view.svgNarrow).toContain('aria-describedby="arrests-summary"');
    expect(view.narrowAt(300).svg).toContain('aria-labelledby="arrests-n-title"');
    expect(view.svgNarrow).not.toContain('"arrests-title"');
  });
  it("draws a share image's chart at its size, wide, without the events", () => {
    const { en } = smallSite();
    const card = arrestChart(en).cardAt(1200, 630);
    expect(card).toMatchObject({ id: "arrests", title: "Arrests", layout: "wide", width: 1200, height: 630 });
    expect(card.annotations).toEqual([]);
    expect(lineIds(card)).toEqual(["hrana-arrested-2026", "judiciary-arrested-2026"]);
  });
  it("takes a height for the wide layout", () => {
    const { en } = smallSite();
    expect(arrestChart(en, { height: 500 }).model.height).toBe(500);
  });
  it("on a Persian page: translated names, Persian numbers, links within the Persian edition", () => {
    const { fa } = smallSite();
    const { model } = arrestChart(fa);
    expect(model.lines[0]!.label).toBe("هرانا: بازداشت‌شدگان");
    expect(model.lines[0]!.organisation).toBe("هرانا");
    expect(model.lines[0]!.seriesHref).toBe("/fa/series/hrana-arrested-2026/");
    expect(model.lines[0]!.points[0]).toMatchObject({ valueText: "دست‌کم ۱٬۲۰۰", href: "/fa/figures/hrana-a-3/" });
  });
  it("links an archived release's chart within that release", () => {
    const { enArchived } = smallSite();
    const { model } = arrestChart(enArchived);
    expect(model.lines[1]!.seriesHref).toBe("/v/1.0.0/series/judiciary-arrested-2026/");
    expect(model.lines[1]!.points[0]!.sourceHref).toBe("/v/1.0.0/sources/judiciary-statement/");
  });
  it("puts waves side by side by days since each began", () => {
    const { en } = smallSite();
    const series = ["hrana-arrested-2026", "hrana-arrested-2022"].map((id) => en.index.series.get(id)!);
    const { model } = chartView(en, "compare", "Compare", series, { xKind: "days" });
    expect(model.xKind).toBe("days");
    // 3 Jan 2026 is day 2 of the wave begun 1 Jan; 20 Sep 2022 is day 4 of the one begun 16 Sep.
    expect(model.lines.map((l) => l.points[0]!.x)).toEqual([2, 4]);
    expect(model.lines.map((l) => l.points.at(-1)!.x)).toEqual([8, 15]);
  });
  it("lists the organisations by id, whichever drew the first figure", () => {
    const data = smallDataset();
    data.figures.find((f) => f.id === "judiciary-a-8")!.as_of = "2026-01-02";
    const ctx = smallSite(data).en;
    const view = chartView(ctx, "c", "C", [ctx.index.series.get("judiciary-arrested-2026")!, ctx.index.series.get("hrana-arrested-2026")!]);
    expect(view.figures[0]!.id).toBe("judiciary-a-8");
    expect(view.organisations.map((o) => o.id)).toEqual(["hrana", "judiciary"]);
  });
  it("draws the other lines when a charted series has no figure yet", () => {
    const data = smallDataset();
    data.series.push({ ...data.series.find((s) => s.id === "judiciary-arrested-2026")!, id: "judiciary-new-2026" });
    const ctx = smallSite(data).en;
    const view = chartView(ctx, "c", "C", [ctx.index.series.get("judiciary-new-2026")!, ctx.index.series.get("judiciary-arrested-2026")!]);
    expect(lineIds(view.model)).toEqual(["judiciary-arrested-2026"]);
    expect(view.figures.map((f) => f.id)).toEqual(["judiciary-a-8"]);
    expect(view.organisations.map((o) => o.id)).toEqual(["judiciary"]);
  });
  it("draws nothing for series with no dated figure", () => {
    const { en } = smallSite();
    const view = chartView(en, "none", "None", [en.index.series.get("hrana-prisons-2026")!]);
    expect(view.model.lines).toEqual([]);
    expect(view.figures).toEqual([]);
    expect(view.documents).toEqual([]);
    expect(view.organisations).toEqual([]);
  });
});
