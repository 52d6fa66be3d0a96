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

describe("cardLayout", () => {
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
  it("escapes text", () => {
    const text = { title: `<script>&`, source: "a", rtl: false };
    expect(renderShareCard(cardLayout(text), text, { words: "x" })).toContain("&lt;script&gt;&amp;");
  });
});
