import { describe, expect, it } from "vitest";
import type { ChartLine, ChartModel, ChartPoint } from "./chart-types.ts";
import { escapeXml } from "../format/escape-xml.ts";
import { renderSvg } from "./svg-chart.ts";

// A hand-made model (test-only): one line with one point of each kind, hostile text everywhere.
const EVIL = `<script>alert("x")</script> & 'quoted'`;
const pt = (figureId: string, over: Partial<ChartPoint>): ChartPoint => ({
  figureId, seriesId: "s", x: 0, y: 10, px: 100, py: 200, value: 10, qualifier: "exact", asOf: "2026-01-11",
  valueText: "10", dateText: "11 Jan 2026", organisation: "ORG", sourceTitle: "Report", sourceName: "Publisher", href: `/figures/${figureId}/`,
  sourceHref: "/sources/doc/", onLine: true, ...over,
});
const line: ChartLine = {
  seriesId: "s", label: `Label ${EVIL}`, organisation: "ORG", seriesHref: "/series/s/", colour: "#0072b2", dash: "6 3",
  marker: "circle", unitText: "people arrested", path: "M100,200 L200,150",
  points: [
    pt("exact-1", {}),
    pt("lower-1", { px: 200, py: 150, qualifier: "at_least", valueText: "at least 52,941", sourceTitle: EVIL, sourceName: EVIL }),
    pt("approx-1", { px: 300, py: 120, qualifier: "about", valueText: "about 20,000" }),
    pt("range-1", { px: 400, py: 180, pyHigh: 80, qualifier: "range", value: undefined, low: 5, high: 30, valueText: "between 5 and 30" }),
    pt("extra-1", { px: 200, py: 160, qualifier: "exact", onLine: false }),
  ],
};
const model: ChartModel = {
  id: "demo", title: `Title ${EVIL}`, layout: "wide", width: 720, height: 360, fontSize: 12, margin: { top: 44, right: 16, bottom: 28, left: 56 }, xKind: "date",
  rows: { unit: 20, annotation: 18, annotationRows: 1, band: 0 }, yUnit: `people ${EVIL}`, annotationLabels: true, sparse: false,
  endLabels: [{ seriesId: "s", lines: ["ORG", `two ${EVIL}`], colour: "#0072b2", top: 190, valueY: 150 }],
  xDomain: [0, 1], yDomain: [0, 100], xTicks: [{ value: 0, pos: 56, label: "1 Jan 2026" }], yTicks: [{ value: 100, pos: 22, label: "100" }],
  lines: [line],
  annotations: [
    { id: "a", n: 1, nText: "1", label: `Jump ${EVIL}`, dateText: "11 Jan 2026", description: EVIL, x1: 150, row: 0, anchor: "start", href: "/sources/doc/", citationIncomplete: false },
    { id: "b", n: 2, nText: "2", label: "Shutdown", dateText: "12 Jan 2026 – 9 Feb 2026", x1: 250, x2: 900, row: 0, anchor: "start", citationIncomplete: true },
  ],
  asOf: "2026-01-11",
  summary: `Summary ${EVIL}`,
};
// Rendered inside each test: Stryker switches a mutant on only while a test runs (docs/TESTING.md).
const render = () => renderSvg(model);

/** The SVG is well-formed: every tag closes in order and no raw "<" or "&" is left in text. */
function expectWellFormed(s: string): void {
  const stack: string[] = [];
  for (const m of s.matchAll(/<(\/?)([a-zA-Z]+)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>/g)) {
    if (m[1]) expect(stack.pop(), `closing </${m[2]}>`).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]);
  }
  expect(stack).toEqual([]);
  const text = s.replace(/<(\/?)([a-zA-Z]+)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>/g, "");
  expect(text).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|#39);)/);
}

describe("escapeXml", () => {
  it("escapes the five XML special characters", () => expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"));
});

describe("renderSvg", () => {
  it("escapes script tags and quotes in every text that comes from data", () => {
    const svg = render();
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain(`"x"`);
    expect(svg).toContain(`<title id="demo-title">Title &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</title>`);
    expect(svg).toContain("Source: &lt;script&gt;");
    expect(svg).toContain(">Jump &lt;script&gt;");
    expectWellFormed(svg);
  });
  it("is labelled by its title and described by the summary, without role=img hiding its links", () => {
    const svg = render();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart-graphic" viewBox="0 0 720 360" width="100%" aria-labelledby="demo-title" aria-describedby="demo-desc"/);
    expect(svg).toContain(`<desc id="demo-desc">Summary &lt;script&gt;`);
    expect(svg).not.toContain("role=");
    expect(svg).not.toMatch(/<svg[^>]* height=/);
  });
  it("uses the caller's id prefix for its ids", () => expect(renderSvg(model, { idPrefix: "p2" })).toContain(`aria-labelledby="p2-title"`));
  it("on a page, is described by the page's own summary text instead of a copy in <desc>", () => {
    const inPage = renderSvg(model, { describedBy: "demo-summary" });
    expect(inPage).toContain(`aria-describedby="demo-summary"`);
    expect(inPage).not.toContain("<desc");
  });
  it("wraps every marker in a link to its figure page, titled with what the figure says", () => {
    const svg = render();
    const links = [...svg.matchAll(/<a class="chart-point[^"]*" href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(["/figures/exact-1/", "/figures/lower-1/", "/figures/approx-1/", "/figures/range-1/", "/figures/extra-1/"]);
    const outside = svg.replace(/<a class="chart-point.*?<\/a>/g, "");
    expect(outside).not.toContain("chart-mark");
    expect(svg).toContain("<title>ORG: at least 52,941 people arrested, 11 Jan 2026 — Source: &lt;script&gt;");
  });
  it("draws exact values as filled markers, painted by their series' group", () => {
    const svg = render();
    expect(svg).toContain(`<g class="chart-series" data-series="s" fill="#0072b2" stroke="#ffffff" style="stroke:var(--bg,#ffffff)" stroke-width="1">`);
    expect(svg).toContain(`<circle cx="100" cy="200" r="4.5" class="chart-mark"/>`);
  });
  it("gives every other mark in a series its own paint, so none takes the filled markers'", () => {
    const svg = render();
    const group = /<g class="chart-series"[^>]*>(.*?)<\/g>/s.exec(svg)![1];
    const others = [...group.matchAll(/<(path|rect|circle|text|line)\b[^>]*>/g)].map((m) => m[0]).filter((e) => !/^<circle [^>]*class="chart-mark"\/>$/.test(e));
    expect(others.length).toBeGreaterThan(0);
    for (const e of others) {
      if (!/^<line/.test(e)) expect(e, e).toMatch(/ fill="/);
      expect(e, e).toMatch(/ stroke="/);
    }
  });
  it("draws lower bounds as open markers with an upward caret", () => {
    const svg = render();
    const lower = /<a class="chart-point chart-point-lower" href="\/figures\/lower-1\/">.*?<\/a>/.exec(svg)![0];
    expect(lower).toContain(`<circle cx="200" cy="150" r="4.5" class="chart-mark" fill="#ffffff" style="fill:var(--bg,#ffffff)" stroke="#0072b2" stroke-width="1.6"/>`);
    expect(lower).toContain(`<path class="chart-caret" d="M197,143l3-3.5 3,3.5" fill="none" stroke="#0072b2"`);
  });
  it("draws approximations with a dashed outline", () => {
    const svg = render();
    expect(svg).toMatch(/chart-point-approx" href="\/figures\/approx-1\/"><title>[^<]*<\/title><circle [^>]*fill="#ffffff"[^>]*stroke-dasharray="2 1.5"\/>/);
  });
  it("draws a range as a bar from its high end down to its low end", () => {
    const svg = render();
    expect(svg).toContain(`<rect class="chart-mark" x="396.5" y="80" width="7" height="100" fill="#0072b2" fill-opacity="0.3"`);
  });
  it("draws other reports of a day smaller and fainter", () => {
    const svg = render();
    expect(svg).toMatch(/<a class="chart-point chart-point-exact chart-point-extra" href="\/figures\/extra-1\/" opacity="0.75"><title>[^<]*another report for this day[^<]*<\/title><circle cx="200" cy="160" r="3.2"/);
  });
  it("draws the line with the series' colour and dash", () => {
    const svg = render();
    expect(svg).toContain(`<path class="chart-line" d="M100,200 L200,150" fill="none" stroke="#0072b2" stroke-width="2" stroke-linejoin="round" stroke-dasharray="6 3"/>`);
  });
  it("links a cited event's number and label to its source page, the disc centred in its row above the plot", () => {
    const svg = render();
    // Row 0 of 1: centre = unit row (20) + half an event row (9) = 29.
    expect(svg).toMatch(/<a class="chart-annotation" href="\/sources\/doc\/"><title>1\. 11 Jan 2026: Jump [^<]*<\/title><circle cx="150" cy="29" r="9"/);
    expect(svg).toMatch(/<text class="chart-event-label" x="163" y="[\d.]+" text-anchor="start"[^>]*>Jump &lt;script&gt;/);
  });
  it("marks an incomplete citation with a dagger and says so", () => {
    const svg = render();
    expect(svg).toMatch(/<g class="chart-annotation chart-citation-incomplete"><title>2\. [^<]*Citation incomplete: [^<]*<\/title><circle [^>]*\/><text [^>]*>2<\/text><text [^>]*>Shutdown †<\/text><\/g>/);
    expect(svg).toContain(`<rect class="chart-span" x="250" y="44" width="650"`);
  });
  it("writes the y axis's unit and each line's end label, escaped", () => {
    const svg = render();
    expect(svg).toContain(`>people &lt;script&gt;`);
    expect(svg).toMatch(/<text class="chart-end-label" data-series="s"><tspan x="718" y="[\d.]+">ORG<\/tspan><tspan x="718" y="[\d.]+">two &lt;script&gt;/);
  });
  it("writes only numbers when the layout has no room for event labels", () => {
    const narrow = renderSvg({ ...model, annotationLabels: false });
    expect(narrow).not.toContain("chart-event-label");
    expect(narrow).toMatch(/class="chart-event-n"[^>]*>1<\/text>/);
  });
  it("draws no legend inside the page's SVG, but one in a standalone file", () => {
    const svg = render();
    expect(svg).not.toContain("chart-legend");
    const file = renderSvg(model, { standalone: true, baseUrl: "https://example.org/" });
    expect(file).toContain(`viewBox="0 0 720 458"`);
    expect(file).toContain(`<text x="92" y="414">Label &lt;script&gt;`);
    expect(file).toContain(`Sources: ORG. Latest figure as of 11 January 2026.`);
    expect(file).toContain(`href="https://example.org/figures/exact-1/"`);
    expectWellFormed(file);
  });
  it("in a right-to-left file, isolates each line of text right to left, so its final stop ends the line on the left", () => {
    const file = renderSvg(model, { standalone: true, footer: { sourceLine: "منابع: ORG.\nارقام تا ۲۱ دی.", key: "نشانگرها:", rtl: true } });
    const texts = [...file.matchAll(/<text class="chart-(?:title|source-line|key)"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toHaveLength(4);
    for (const t of texts) expect(t).toMatch(/^\u2067.*\u2069$/);
    expect(file).toContain(">\u2067منابع: ORG.\u2069</text>");
  });
  it("is deterministic: the same model gives the same bytes", () => {
    const svg = render();
    expect(renderSvg(structuredClone(model))).toBe(svg);
  });
});

describe("renderSvg: marks a reader must not miss", () => {
  const withPoints = (points: ChartPoint[], over: Partial<ChartModel> = {}): ChartModel => ({ ...model, annotations: [], lines: [{ ...line, points }], ...over });
  it("puts a ? beside a weak source's marker, above right, or below right where above would reach the rows over the plot", () => {
    // r = 4.5 (on the line), text 12: at py 200, 200 − 4.5 − 12 is below the plot's top (44), so
    // the ? sits at y 195.5; at py 55 it would reach 38.5, above 44, so it goes below: 55 + 4.5 + 9.6.
    const svg = renderSvg(withPoints([pt("weak-1", { weak: true }), pt("weak-2", { px: 300, py: 55, weak: true }), pt("firm-1", { px: 400 })]));
    expect(svg).toContain(`<a class="chart-point chart-point-exact chart-point-weak" href="/figures/weak-1/">`);
    expect([...svg.matchAll(/<text class="chart-weak" x="([\d.]+)" y="([\d.]+)" font-weight="700" fill="#0072b2" stroke="none">\?<\/text>/g)].map((m) => [m[1], m[2]])).toEqual([["105.5", "195.5"], ["305.5", "69.1"]]);
    expect(svg).toContain(`<a class="chart-point chart-point-exact" href="/figures/firm-1/">`);
  });
  it("draws no marker for a point thinned out of a crowded line, and no path for a line without one", () => {
    const svg = renderSvg(withPoints([pt("shown-1", {}), pt("thin-1", { px: 101, thin: true })], { lines: [{ ...line, path: "", points: [pt("shown-1", {}), pt("thin-1", { px: 101, thin: true })] }] }));
    expect(svg).toContain(`href="/figures/shown-1/"`);
    expect(svg).not.toContain("thin-1");
    expect(svg).not.toContain("chart-line");
  });
  it("above a broken axis: a range's bar up to the break and a dashed leader to the arrow; a value above it only the arrow; each written out", () => {
    // Cap 100, plot top 44, text 12: an arrow's centre is 0.36 × 12 = 4.32 above its label's baseline (30).
    const range = pt("over-range", { over: true, qualifier: "range", y: 60, value: undefined, low: 60, high: 500, px: 300, py: 150, pyHigh: 44, overLabel: { x: 308, y: 30, anchor: "start" }, valueText: "between 60 and 500" });
    const high = pt("over-value", { over: true, y: 900, value: 900, px: 400, py: 26, overLabel: { x: 392, y: 30, anchor: "end" }, valueText: "900", weak: true });
    const highRange = pt("over-high", { over: true, qualifier: "range", y: 300, value: undefined, low: 300, high: 500, px: 500, py: 26, pyHigh: 44, overLabel: { x: 508, y: 30, anchor: "start" }, valueText: "between 300 and 500" });
    const svg = renderSvg(withPoints([range, high, highRange], { overflow: { cap: 100, note: "n" } }));
    const mark = (id: string) => new RegExp(`<a class="[^"]*" href="/figures/${id}/"><title>[^<]*</title>(.*?)</a>`).exec(svg)![1];
    expect(mark("over-range")).toBe(
      `<rect class="chart-mark" x="296.5" y="44" width="7" height="106" fill="#0072b2" fill-opacity="0.3" stroke="#0072b2" stroke-width="1.5"/>` +
        `<line x1="300" x2="300" y1="44" y2="29.7" stroke="#0072b2" stroke-width="1.5" stroke-dasharray="2 2"/>` +
        `<path class="chart-mark chart-arrow" d="M295,29.7l5-9 5,9z" fill="#0072b2" stroke="none"/>` +
        `<text class="chart-over-value" x="308" y="30" text-anchor="start" font-weight="600" fill="currentColor" stroke="#ffffff" style="stroke:var(--bg,#ffffff)" stroke-width="3" stroke-linejoin="round" paint-order="stroke">between 60 and 500</text>`,
    );
    expect(mark("over-value")).toBe(
      `<path class="chart-mark chart-arrow" d="M395,29.7l5-9 5,9z" fill="#0072b2" stroke="none"/>` +
        `<text class="chart-over-value" x="392" y="30" text-anchor="end" font-weight="600" fill="currentColor" stroke="#ffffff" style="stroke:var(--bg,#ffffff)" stroke-width="3" stroke-linejoin="round" paint-order="stroke">900 ?</text>`,
    );
    expect(svg).toContain(`<a class="chart-point chart-point-exact chart-point-weak chart-point-over" href="/figures/over-value/">`);
    expect(mark("over-high")).not.toMatch(/<rect|<line/);
    expect(svg).toContain(`<line x1="56" x2="704" y1="39" y2="39" stroke-dasharray="2 3"/>`);
  });
  it("keeps the first and last date labels inside the chart: anchored at their start or end near an edge", () => {
    // "1 Jan 2026" is 70.3 units wide at 12: centred at 10 it would start left of 0.
    // "31 Dec 2026" is 78 wide: centred at 715 it would end right of 720.
    const svg = renderSvg({ ...model, xTicks: [{ value: 0, pos: 10, label: "1 Jan 2026" }, { value: 1, pos: 360, label: "1 Jul" }, { value: 2, pos: 715, label: "31 Dec 2026" }] });
    expect([...svg.matchAll(/<text x="[\d.]+" y="349" text-anchor="(\w+)">([^<]*)</g)].map((m) => [m[2], m[1]])).toEqual([["1 Jan 2026", "start"], ["1 Jul", "middle"], ["31 Dec 2026", "end"]]);
  });
  it("titles the days axis under the middle of the plot, in the page's language", () => {
    const days = { ...model, xKind: "days" as const };
    // Plot from 56 to 720 − 16 = 704: middle 380; 6 above the bottom edge.
    expect(renderSvg(days)).toContain(`<text class="chart-axis-title" x="380" y="354" text-anchor="middle">Days since the wave began</text>`);
    const fa = renderSvg({ ...days, labels: { daysAxis: "روز از آغاز موج" } as ChartModel["labels"] });
    expect(fa).toContain(`text-anchor="middle">روز از آغاز موج</text>`);
    expect(renderSvg(model)).not.toContain("chart-axis-title");
  });
  it("titles an event with its number, date, label, description and where its source is, in the page's language", () => {
    const event = { id: "a", n: 1, nText: "1", label: "Jump", dateText: "11 Jan 2026", description: "Arrests rose.", x1: 150, row: 0, anchor: "start" as const, href: "/sources/doc/", citationIncomplete: false };
    expect(renderSvg({ ...model, annotations: [event] })).toContain(`<a class="chart-annotation" href="/sources/doc/"><title>1. 11 Jan 2026: Jump. Arrests rose. Source: see the source page.</title>`);
    const fa = renderSvg({ ...model, annotations: [{ ...event, description: undefined }], labels: { sourceSee: "منبع: صفحهٔ منبع." } as ChartModel["labels"] });
    expect(fa).toContain(`<title>1. 11 Jan 2026: Jump. منبع: صفحهٔ منبع.</title>`);
  });
  it("writes an event's label left of its disc when it is anchored at the end", () => {
    const svg = renderSvg({ ...model, annotations: [{ ...model.annotations[0], x1: 600, anchor: "end" }] });
    // Disc radius 9 (0.75 × 12), then 4 of room: 600 − 13.
    expect(svg).toMatch(/<text class="chart-event-label" x="587" y="[\d.]+" text-anchor="end" text-decoration="underline"/);
  });
  it("says a point's title in the page's language, with its comma and word for the source", () => {
    const labels = { comma: "، ", source: "منبع:", otherReport: "گزارشی دیگر" } as ChartModel["labels"];
    const svg = renderSvg({ ...withPoints([pt("p1", { cautions: ["الف", "ب"] }), pt("p2", { onLine: false, px: 300 })]), labels });
    expect(svg).toContain(`<title>ORG: 10 people arrested، 11 Jan 2026 [الف، ب] — منبع: Publisher</title>`);
    expect(svg).toContain(`<title>ORG: 10 people arrested، 11 Jan 2026 (گزارشی دیگر) — منبع: Publisher</title>`);
  });
});

describe("renderSvg: a standalone file", () => {
  it("sizes a long title down so it stays on the image, never below 10", () => {
    // Room 720 − 56 − 8 = 656; 0.58 of the size per character.
    const size = (title: string) => Number(/<text class="chart-title" [^>]*font-size="(\d+)"/.exec(renderSvg({ ...model, title }, { standalone: true }))![1]);
    expect(size("Arrests")).toBe(15);
    expect(size("x".repeat(100))).toBe(11); // 656 / 58
    expect(size("x".repeat(105))).toBe(10); // 656 / 60.9 = 10.8
    expect(size("x".repeat(200))).toBe(10);
  });
  it("right to left: title, legend and source lines start at the right edge, and the file grows with each source line", () => {
    const file = renderSvg(model, { standalone: true, footer: { sourceLine: "منابع: ORG.\nارقام تا ۲۱ دی.", key: "نشانگرها:", rtl: true } });
    // 32 for the title, 360 for the chart, 12 + 18 (one line) + 36 + 16 (a second source line).
    expect(file).toContain(`viewBox="0 0 720 474"`);
    expect(file).toMatch(/<text class="chart-title" x="712" text-anchor="end" y="20"/);
    // Legend row at 32 + 360 + 12 + 6 = 410: the line from 684 to 712, the label 8 left of it.
    expect(file).toContain(`<line x1="684" x2="712" y1="410" y2="410" stroke="#0072b2" stroke-width="2" stroke-dasharray="6 3"/>`);
    expect(file).toContain(`<circle cx="698" cy="410" r="4" fill="#0072b2"/>`);
    expect(file).toMatch(/<text x="676" text-anchor="end" y="414">\u2067Label /);
    expect([...file.matchAll(/<text class="chart-(source-line|key)" x="712" text-anchor="end" y="(\d+)"/g)].map((m) => [m[1], Number(m[2])])).toEqual([
      ["source-line", 434], ["source-line", 450], ["key", 466],
    ]);
  });
  it("without a footer, names the organisations and explains the markers in English", () => {
    const file = renderSvg({ ...model, asOf: null }, { standalone: true });
    expect(file).toContain(`<text class="chart-source-line" x="56" y="434" fill="#545454">Sources: ORG. Each point links to its figure and source.</text>`);
    expect(file).toContain(`<text class="chart-key" x="56" y="450" fill="#545454">Open markers with a caret: lower bounds (&quot;at least&quot;, &quot;more than&quot;); dashed outlines: approximate; bars: ranges.</text>`);
  });
  it("left to right: title at the plot's left edge, the legend's line then its label", () => {
    const file = renderSvg(model, { standalone: true });
    expect(file).toMatch(/<text class="chart-title" x="56" y="20" font-size="\d+" font-weight="600">Title /);
    expect(file).toContain(`<line x1="56" x2="84" y1="410" y2="410"`);
    expect(file).toContain(`<rect class="chart-background" width="720" height="458" fill="#ffffff"/>`);
  });
});
