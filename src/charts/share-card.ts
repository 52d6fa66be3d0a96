import { isolateRtl } from "../format/bidi.ts";
import { escapeXml as esc } from "../format/escape-xml.ts";
import { textWidth, wrapWords } from "./label-layout.ts";

/**
 * A share image (Open Graph and Twitter card): 1200×630, the 1.91:1 frame social networks show
 * uncropped. Title on top, the chart (or, when there are too few figures for a chart, its claims
 * in words), and the source line at the bottom, all inside the frame and at sizes that stay
 * readable when a network shows the card 500 px wide.
 */
export const CARD = { width: 1200, height: 630 } as const;
/** Chart units to card pixels: the chart's 12-unit text is drawn at 18 px. */
export const CARD_SCALE = 1.5;

const PAD_X = 40;
const PAD_TOP = 26;
const PAD_BOTTOM = 22;
const TEXT_WIDTH = CARD.width - 2 * PAD_X;
const SOURCE_SIZE = 21;
const SOURCE_LEAD = 27;
/** Title sizes tried in turn, largest first, until the title fits in two lines. */
const TITLE_SIZES = [38, 34, 30, 27];
/** Bold text is about a tenth wider than label-layout's estimates (measured for regular weight). */
const BOLD = 1.12;
/** Sizes for the claims written out, when there is no chart. */
const WORD_SIZES = [32, 28, 24, 20];

export interface CardText {
  title: string;
  /** The source line: rows separated by "\n" (rows are joined where they fit on one line). */
  source: string;
  rtl: boolean;
}

export interface CardLayout {
  title: { lines: string[]; size: number; lead: number };
  source: string[];
  /** Where the chart (or the claims in words) goes, in card pixels. */
  body: { x: number; y: number; width: number; height: number };
}

/**
 * Rows of text in as few lines as fit `width`: consecutive rows share a line where they fit,
 * a row too long for one line is wrapped at spaces (never cut) onto lines of its own. Packed from
 * the last row back, so a label ending in ":" stays on the line of the address it introduces.
 */
export function packRows(rows: string[], width: number, size: number): string[] {
  // A name isolated inside right-to-left text ("⁨Hands Off Cain⁩") is never split over two lines.
  const KEEP = "\ue000";
  rows = rows.map((r) => r.replace(/[\u2066-\u2068][^\u2069]*\u2069/g, (run) => run.replace(/ /g, KEEP)));
  const out: string[] = [];
  let joinable = false;
  for (const row of [...rows].reverse()) {
    const wrapped = wrapWords(row, width, size);
    if (wrapped.length === 1 && joinable && textWidth(`${row} ${out[0]}`, size) <= width) out[0] = `${row} ${out[0]}`;
    else out.unshift(...wrapped);
    joinable = wrapped.length === 1;
  }
  return out.map((l) => l.replaceAll(KEEP, " "));
}

export function cardLayout(text: CardText): CardLayout {
  // One line at a large size if it fits, else the largest size that fits two lines.
  const titleLines = (s: number) => wrapWords(text.title, TEXT_WIDTH, s * BOLD).length;
  const size = TITLE_SIZES.slice(0, 2).find((s) => titleLines(s) === 1) ?? TITLE_SIZES.find((s) => titleLines(s) <= 2) ?? TITLE_SIZES.at(-1)!;
  const lines = wrapWords(text.title, TEXT_WIDTH, size * BOLD);
  const lead = Math.round(size * 1.2);
  const source = packRows(text.source.split("\n"), TEXT_WIDTH, SOURCE_SIZE);
  const top = PAD_TOP + lines.length * lead + 10;
  const bottom = CARD.height - PAD_BOTTOM - source.length * SOURCE_LEAD - 8;
  return { title: { lines, size, lead }, source, body: { x: PAD_X, y: top, width: TEXT_WIDTH, height: bottom - top } };
}

/** The chart's size in its own units, for building a model that fills the card's body. */
export function cardChartSize(layout: CardLayout): { width: number; height: number } {
  return { width: Math.floor(layout.body.width / CARD_SCALE), height: Math.floor(layout.body.height / CARD_SCALE) };
}

/**
 * The card as SVG. `chartSvg` is a rendered chart whose root <svg> is placed in the body; without
 * it, `words` (whole sentences) fill the body instead.
 */
export function renderShareCard(layout: CardLayout, text: CardText, body: { chartSvg: string } | { words: string }): string {
  const { width, height } = CARD;
  const rtl = text.rtl;
  const x = rtl ? width - PAD_X : PAD_X;
  const anchor = rtl ? ` text-anchor="end"` : "";
  const line = (s: string) => esc(rtl ? isolateRtl(s) : s);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="DejaVu Sans, system-ui, sans-serif" fill="#1a1a1a">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  layout.title.lines.forEach((l, i) =>
    out.push(`<text class="card-title" x="${x}" y="${PAD_TOP + layout.title.size + i * layout.title.lead - 4}" font-size="${layout.title.size}" font-weight="700"${anchor}>${line(l)}</text>`),
  );
  const b = layout.body;
  if ("chartSvg" in body) {
    // The chart's root <svg> becomes a nested viewport: its viewBox scales it into the body.
    out.push(body.chartSvg.replace(/^<svg /, `<svg x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" `).replace(/ width="100%"/, ""));
  } else {
    // The largest size at which the sentences fit the body.
    const lead = (size: number) => Math.round(size * 1.35);
    const fits = (size: number) => 20 + packRows([body.words], b.width, size).length * lead(size) <= b.height;
    const size = WORD_SIZES.find(fits) ?? WORD_SIZES.at(-1)!;
    packRows([body.words], b.width, size).forEach((w, i) => out.push(`<text class="card-words" x="${x}" y="${b.y + 20 + size + i * lead(size)}" font-size="${size}"${anchor}>${line(w)}</text>`));
  }
  const sourceTop = height - PAD_BOTTOM - layout.source.length * SOURCE_LEAD;
  layout.source.forEach((l, i) =>
    out.push(`<text class="card-source" x="${x}" y="${sourceTop + SOURCE_SIZE + i * SOURCE_LEAD}" font-size="${SOURCE_SIZE}" fill="#545454"${anchor}>${line(l)}</text>`),
  );
  out.push(`<line x1="${PAD_X}" x2="${width - PAD_X}" y1="${sourceTop - 6}" y2="${sourceTop - 6}" stroke="#d0d0d0" stroke-width="1"/>`);
  out.push("</svg>");
  return out.join("");
}
