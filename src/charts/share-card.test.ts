import { describe, expect, it } from "vitest";
import { CARD, CARD_SCALE, cardChartSize, cardLayout, packRows, renderShareCard } from "./share-card.ts";
import { textWidth } from "./label-layout.ts";

const URL_ROW = "https://detainees.example/waves/iran-2025-26/";
const SOURCE = `Sources: HRANA, IHR, UN Fact-Finding Mission, Unnamed rights groups.\nFigures up to 11 February 2026.\nEvery figure and the document behind it:\n${URL_ROW}`;

describe("packRows", () => {
  it("joins rows that fit one line, keeping a label with the address after it", () => {
    const lines = packRows(SOURCE.split("\n"), 1120, 21);
    expect(lines.at(-1)).toBe(`Every figure and the document behind it: ${URL_ROW}`);
    expect(lines.join(" ")).toBe(SOURCE.split("\n").join(" "));
  });
  it("wraps a row too long for a line at spaces, never cutting a word, and keeps isolated names whole", () => {
    const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ") + " \u2068Hands Off Cain\u2069.";
    const lines = packRows([long], 300, 20);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join(" ")).toBe(long);
    expect(lines.some((l) => l.includes("\u2068Hands Off Cain\u2069"))).toBe(true);
    for (const l of lines) expect(textWidth(l, 20)).toBeLessThanOrEqual(300);
  });
});

describe("packRows: which rows share a line", () => {
  // Widths by hand from label-layout's estimates at 20 px: capitals 0.78 em, digits 0.64,
  // "w" 0.92, narrow letters and punctuation 0.4, space 0.32, other lower case 0.62.
  it("never joins a short row to a row that had to wrap: each keeps its own lines", () => {
    // "word0".."word9" are 3.42 em each: four to a 15-em (300 px) line. "Sources: HRANA." is
    // 9.52 em and would fit before "word0", but that row wrapped, so it stays on its own.
    const words = Array.from({ length: 10 }, (_, i) => `word${i}`).join(" ");
    expect(packRows(["Sources: HRANA.", words], 300, 20)).toEqual(["Sources: HRANA.", "word0 word1 word2 word3", "word4 word5 word6 word7", "word8 word9"]);
  });
  it("moves a name isolated in right-to-left text to the next line whole rather than splitting it", () => {
    // 11 em (220 px): "According to ⁨Hands" (10.44 em) would fit, but the name goes down whole.
    expect(packRows(["According to \u2068Hands Off Cain\u2069."], 220, 20)).toEqual(["According to", "\u2068Hands Off Cain\u2069."]);
  });
});

describe("cardLayout", () => {
  it("gives a one-line title 38 px, the body the space between title and source line, and the chart that space in its own units", () => {
    // Title 38 px, lead round(38 × 1.2) = 46; body from 26 + 46 + 10 = 82 to 630 − 22 − 27 − 8 = 573.
    const layout = cardLayout({ title: "People killed", source: "Sources: HRANA.\nFigures up to 1 May 2026.", rtl: false });
    expect(layout).toEqual({
      title: { lines: ["People killed"], size: 38, lead: 46 },
      source: ["Sources: HRANA. Figures up to 1 May 2026."],
      body: { x: 40, y: 82, width: 1120, height: 491 },
    });
    expect(cardChartSize(layout)).toEqual({ width: 746, height: 327 });
  });
  it("sets a title in one line at 34 px when it fits there but not at 38 px", () => {
    // 28.34 em: 1,206 px bold at 38 px, 1,079 px at 34 px (the text is 1,120 px wide).
    const layout = cardLayout({ title: "People killed: Iran protests from 28 December 2025", source: "S", rtl: false });
    expect(layout.title).toEqual({ lines: ["People killed: Iran protests from 28 December 2025"], size: 34, lead: 41 });
    expect(layout.body.y).toBe(26 + 41 + 10);
  });
  it("else in two lines at the largest size, rather than in one line at a small size", () => {
    // 30.22 em: too wide at 34 px; at 38 px (26.3 em a line) it breaks before "December".
    const layout = cardLayout({ title: "People arrested: Iran protests from 28 December 2025", source: "S", rtl: false });
    expect(layout.title).toEqual({ lines: ["People arrested: Iran protests from 28", "December 2025"], size: 38, lead: 46 });
    expect(layout.body.y).toBe(26 + 2 * 46 + 10);
  });
  it("falls back to the smallest size for a title too long for two lines at any size", () => {
    const title = "People arrested and detained by the security forces and the judiciary: Iran protests after the June 2009 presidential election and in the months that followed it, as counted by the monitors";
    const layout = cardLayout({ title, source: "S", rtl: false });
    expect(layout.title.size).toBe(27);
    expect(layout.title.lines.length).toBeGreaterThan(2);
  });

  it("keeps every line of text inside the 1200×630 frame, and leaves the chart most of it", () => {
    for (const title of ["People arrested: Iran protests from 28 December 2025", "People arrested and detained: Iran protests after the June 2009 presidential election and in the months that followed it"]) {
      const layout = cardLayout({ title, source: SOURCE, rtl: false });
      expect(layout.title.lines.length).toBeLessThanOrEqual(2);
      // Measured as bold (a tenth wider than the regular-weight estimate).
      for (const l of layout.title.lines) expect(textWidth(l, layout.title.size * 1.1), l).toBeLessThanOrEqual(CARD.width - 80);
      for (const l of layout.source) expect(textWidth(l, 21), l).toBeLessThanOrEqual(CARD.width - 80);
      const { body } = layout;
      expect(body.y + body.height).toBeLessThan(CARD.height - layout.source.length * 21);
      expect(body.height).toBeGreaterThan(CARD.height * 0.55);
      expect(cardChartSize(layout).width * CARD_SCALE).toBeLessThanOrEqual(body.width);
    }
  });
  it("sets a short title larger than a long one", () => {
    const short = cardLayout({ title: "People killed", source: SOURCE, rtl: false });
    const long = cardLayout({ title: "People arrested and detained: Iran protests after the June 2009 presidential election and in the months that followed it", source: SOURCE, rtl: false });
    expect(short.title.size).toBeGreaterThan(long.title.size);
  });
});

describe("renderShareCard", () => {
  const chart = `<svg xmlns="http://www.w3.org/2000/svg" class="chart-graphic" viewBox="0 0 746 300" width="100%"><title>t</title></svg>`;
  it("places the chart in the body, scaled by its viewBox, in a 1200×630 image", () => {
    const layout = cardLayout({ title: "People killed", source: SOURCE, rtl: false });
    const svg = renderShareCard(layout, { title: "People killed", source: SOURCE, rtl: false }, { chartSvg: chart });
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 1200 630" width="1200" height="630"/);
    const b = layout.body;
    expect(svg).toContain(`<svg x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" xmlns="http://www.w3.org/2000/svg" class="chart-graphic" viewBox="0 0 746 300">`);
    expect(svg).not.toContain(`width="100%"`);
  });
  it("right-to-left: every line anchored at the right edge and isolated right to left; no chart: the words instead", () => {
    const text = { title: "کشته‌شدگان", source: "منابع: هرانا.\nارقام تا ۲۲ بهمن ۱۴۰۴.", rtl: true };
    const svg = renderShareCard(cardLayout(text), text, { words: "بنا بر برآورد قوهٔ قضاییه، حدود ۴٬۰۰۰ بازداشتی." });
    const lines = [...svg.matchAll(/<text class="card-[a-z]+" x="(\d+)"[^>]*text-anchor="end"[^>]*>([^<]*)<\/text>/g)];
    expect(lines.length).toBe(3);
    for (const [, x, s] of lines) {
      expect(Number(x)).toBe(1160);
      expect(s).toMatch(/^\u2067.*\u2069$/);
    }
    expect(svg).toContain("۴٬۰۰۰ بازداشتی.");
  });
  it("draws the title, the chart, a rule and the source line at their places in the frame", () => {
    const text = { title: "People killed", source: "Sources: HRANA.\nFigures up to 1 May 2026.", rtl: false };
    // Title baseline 26 + 38 − 4 = 60; source block 630 − 22 − 27 = 581, baseline 581 + 21, rule 6 above it.
    expect(renderShareCard(cardLayout(text), text, { chartSvg: chart })).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 630" width="1200" height="630" font-family="DejaVu Sans, system-ui, sans-serif" fill="#1a1a1a">` +
        `<rect width="1200" height="630" fill="#ffffff"/>` +
        `<text class="card-title" x="40" y="60" font-size="38" font-weight="700">People killed</text>` +
        `<svg x="40" y="82" width="1120" height="491" xmlns="http://www.w3.org/2000/svg" class="chart-graphic" viewBox="0 0 746 300"><title>t</title></svg>` +
        `<text class="card-source" x="40" y="602" font-size="21" fill="#545454">Sources: HRANA. Figures up to 1 May 2026.</text>` +
        `<line x1="40" x2="1160" y1="575" y2="575" stroke="#d0d0d0" stroke-width="1"/>` +
        `</svg>`,
    );
  });
  it("spaces lines of a two-line title and of a two-line source by their leads", () => {
    const layout = { title: { lines: ["One", "Two"], size: 34, lead: 41 }, source: ["S1", "S2"], body: { x: 40, y: 118, width: 1120, height: 400 } };
    const svg = renderShareCard(layout, { title: "", source: "", rtl: false }, { words: "W" });
    const ys = (cls: string) => [...svg.matchAll(new RegExp(`class="${cls}" x="40" y="(\\d+)"`, "g"))].map((m) => Number(m[1]));
    expect(ys("card-title")).toEqual([56, 97]); // 26 + 34 − 4, then + 41
    expect(ys("card-source")).toEqual([575, 602]); // 630 − 22 − 2 × 27 = 554, + 21, then + 27
    expect(svg).toContain(`<line x1="40" x2="1160" y1="548" y2="548"`);
  });
  it("writes the claims at the largest size at which they fit the body", () => {
    const layout = (height: number) => ({ title: { lines: ["T"], size: 38, lead: 46 }, source: ["S"], body: { x: 40, y: 82, width: 1120, height } });
    const words = "The judiciary estimated that about 4,000 people were detained in the first three weeks.";
    const lines = (height: number) =>
      [...renderShareCard(layout(height), { title: "T", source: "S", rtl: false }, { words }).matchAll(/<text class="card-words" x="40" y="(\d+)" font-size="(\d+)">([^<]*)</g)].map((m) => [Number(m[1]), Number(m[2]), m[3]]);
    // Two lines at 32 px (lead 43) need 20 + 86 px: in a 400 px body, 32 px it is, baselines 82 + 20 + 32 and 43 below.
    const roomy = lines(400);
    expect(roomy.map(([y, size]) => [y, size])).toEqual([[134, 32], [177, 32]]);
    expect(roomy.map((l) => l[2]).join(" ")).toBe(words);
    // In a 100 px body two lines fit only at 28 px (20 + 2 × 38 = 96).
    expect(lines(100).map(([y, size]) => [y, size])).toEqual([[130, 28], [168, 28]]);
    // A sentence that fits nowhere is still written, at the smallest size.
    expect(lines(10).every(([, size]) => size === 20)).toBe(true);
  });
  it("escapes text", () => {
    const text = { title: `<script>&`, source: "a", rtl: false };
    expect(renderShareCard(cardLayout(text), text, { words: "x" })).toContain("&lt;script&gt;&amp;");
  });
});
