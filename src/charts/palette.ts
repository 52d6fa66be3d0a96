import type { MarkerShape } from "./chart-types.ts";

/**
 * Series styles. Colours follow the Okabe–Ito colour-blind-safe set, with the light ones
 * (orange, sky blue, yellow) darkened and black replaced by grey so every colour keeps at
 * least 3:1 contrast against both the light (#ffffff) and the dark (#111111) page background
 * (WCAG 1.4.11, non-text contrast). palette.test.ts checks the ratios.
 */
export const COLOURS: readonly string[] = [
  "#0072b2", // blue
  "#d55e00", // vermillion
  "#009e73", // bluish green
  "#c06a9c", // reddish purple (darkened)
  "#b07800", // orange (darkened)
  "#2f8fc6", // sky blue (darkened)
  "#858000", // yellow (darkened to olive)
  "#808080", // grey (for black)
];

/** SVG stroke-dasharray values; "" is solid. Chart.js takes the same numbers as an array. */
export const DASHES: readonly string[] = ["", "6 3", "2 3", "8 3 2 3", "12 4", "4 2 1 2"];

export const MARKERS: readonly MarkerShape[] = ["circle", "square", "triangle", "diamond", "cross", "star"];

export interface SeriesStyle {
  colour: string;
  dash: string;
  marker: MarkerShape;
}

/** The style of the index-th series: colour, dash and marker all change, so lines differ by more than colour. */
export function seriesStyle(index: number): SeriesStyle {
  const at = <T>(list: readonly T[]) => list[((index % list.length) + list.length) % list.length];
  return { colour: at(COLOURS), dash: at(DASHES), marker: at(MARKERS) };
}

/** WCAG relative luminance of a "#rrggbb" colour. */
export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    // Stryker disable next-line EqualityOperator: no 8-bit channel is exactly 0.04045 (10.31/255)
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two "#rrggbb" colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
