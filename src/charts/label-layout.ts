import { isIsolateMark } from "../format/bidi.ts";
/**
 * Text metrics and collision layout shared by both chart renderers. Widths are estimates (no
 * font is loaded at build time), so they err on the wide side: a label placed with them never
 * overlaps another in any system font we have measured (Latin, Persian digits and script).
 */

/**
 * Advance widths in ems by kind of character, rounded up from DejaVu Sans (the widest sans-serif
 * a reader's system-ui is likely to fall back to, and the one on the build machines):
 * capitals 0.68–0.79, digits 0.64, most lower case 0.6, narrow letters 0.28–0.41, space 0.32.
 */
function charEm(ch: string): number {
  if (ch === "\u200c" || isIsolateMark(ch)) return 0; // joiners and isolates take no room
  if (/[\u0600-\u06ff]/.test(ch)) return 0.7; // Persian letters and digits
  if (/[A-Z]/.test(ch)) return ch === "M" || ch === "W" ? 0.9 : 0.78;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[ijlft.,:;'!|]/.test(ch)) return 0.4;
  if (ch === " " || ch === "\u00a0") return 0.32;
  if (/[mw]/.test(ch)) return 0.92;
  return 0.62;
}

export function textWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const ch of text) ems += charEm(ch);
  return ems * fontPx;
}

/**
 * Word-wraps a label into lines of at most `maxPx` (a single word longer than that keeps its
 * own line: labels are never cut, since a cut name could name someone else).
 */
export function wrapWords(text: string, maxPx: number, fontPx: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontPx) <= maxPx) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [""];
}

export interface Stacked {
  /** Wanted top of the box. */
  y: number;
  height: number;
}

/**
 * Moves boxes up or down as little as needed so that none overlaps the next (`gap` apart),
 * keeping their order, inside [lo, hi] when they fit there. Returns each box's new top, in the
 * input's order. Used for line-end labels, which want to sit at their line's last value.
 */
export function dodge(boxes: Stacked[], lo: number, hi: number, gap = 2): number[] {
  const order = boxes.map((b, i) => ({ ...b, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const tops = order.map((b) => Math.max(lo, b.y));
  // Push down past the box above; then, from the bottom, pull up what runs past hi.
  for (let k = 1; k < order.length; k++) tops[k] = Math.max(tops[k], tops[k - 1] + order[k - 1].height + gap);
  for (let k = order.length - 1; k >= 0; k--) {
    const limit = k === order.length - 1 ? hi - order[k].height : tops[k + 1] - gap - order[k].height;
    tops[k] = Math.min(tops[k], limit);
  }
  // If they do not all fit, the first box may now sit above lo: then stack them from lo down.
  if (order.length > 0 && tops[0] < lo) {
    tops[0] = lo;
    for (let k = 1; k < order.length; k++) tops[k] = Math.max(tops[k], tops[k - 1] + order[k - 1].height + gap);
  }
  const out = new Array<number>(boxes.length);
  order.forEach((b, k) => (out[b.i] = tops[k]));
  return out;
}

/**
 * Places intervals [from, to] in rows so that no two in a row come closer than `gap`: the first
 * row where it overlaps nothing, else a new row. Returns each interval's row (0 = first).
 */
export function stackRows(intervals: Array<[number, number]>, gap: number): number[] {
  const rows: Array<Array<[number, number]>> = [];
  return intervals.map(([from, to]) => {
    const free = (row: Array<[number, number]>) => row.every(([a, b]) => to + gap <= a || b + gap <= from);
    let row = rows.findIndex(free);
    if (row === -1) row = rows.push([]) - 1;
    rows[row].push([from, to]);
    return row;
  });
}
