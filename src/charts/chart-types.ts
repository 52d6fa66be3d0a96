/**
 * The chart model: plain data that both renderers draw (build-time SVG and Chart.js in the
 * browser). Everything a renderer needs is here; renderers compute nothing about the data.
 */
import type { Qualifier } from "../datasets/schemas/qualifier.ts";

export interface ChartPoint {
  figureId: string;
  seriesId: string;
  /** x in data units: epoch ms (date axis) or days since the wave began (aligned axis). */
  x: number;
  /** The plotted value: the figure's value, or the low end of a range. */
  y: number;
  /** Pixel position in the SVG's coordinate system. */
  px: number;
  py: number;
  /** For ranges: pixel y of the high end (band from py to pyHigh). */
  pyHigh?: number;
  value?: number;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  asOf: string;
  /**
   * The day the figure became known: its document's publication (knownDay). A figure is drawn
   * at its as-of date but may have been published later; the "as reported on" view draws only
   * the figures known by its day (known-by.ts). Absent when the publication day is not recorded.
   */
  known?: string;
  /** Human text: "at least 52,941", with the date: "11 Feb 2026". */
  valueText: string;
  dateText: string;
  organisation: string;
  sourceTitle: string;
  /** The publisher's short name: what the SVG's point titles name (the title is on the figure page). */
  sourceName: string;
  /** Links: the figure's page (quote and source) and the source document's page. */
  href: string;
  sourceHref: string;
  /** The unit in the number agreeing with this figure ("1 execution"). */
  unitText?: string;
  /** Cautions readers must see with the point: weak source, inferred attribution, named cases, this site's count. */
  cautions?: string[];
  /** Names of the cases a "cases" figure counts, verbatim from the data (not translated). */
  cases?: string[];
  /** true when the figure rests on a weak source: drawn with a "?" beside its marker. */
  weak?: boolean;
  /** true when the point is joined into the series' line; false for extra reports. */
  onLine: boolean;
  /**
   * true when the value is above the chart's broken y axis (see ChartModel.overflow): the point
   * is drawn in the band above the plot (py is in the band) with its value written beside it.
   */
  over?: boolean;
  /**
   * true when the chart draws this point only as a vertex of its line, without a marker of its
   * own: its neighbours lie closer than a marker's width (a daily count over months). The
   * figure stays in the table under the chart, with its link, and in the interactive chart.
   */
  thin?: boolean;
  /** Where the value of a point above the break is written (SVG units; y is the baseline). */
  overLabel?: { x: number; y: number; anchor: "start" | "end" };
}

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "cross" | "star";

export interface ChartLine {
  seriesId: string;
  label: string;
  organisation: string;
  seriesHref: string;
  colour: string;
  /** SVG stroke-dasharray ("" for solid): series differ by more than colour. */
  dash: string;
  marker: MarkerShape;
  /** What the line counts, in words for sentences and tooltips: "people arrested". */
  unitText?: string;
  /** SVG path through the line's points, in date order; "" when fewer than two. */
  path: string;
  points: ChartPoint[];
}

/** A direct label at a line's end, in the right margin (SVG units; top is the first line's top). */
export interface ChartEndLabel {
  seriesId: string;
  lines: string[];
  colour: string;
  top: number;
  /** The y of the line's last value, where a short leader starts when the label had to move. */
  valueY: number;
}

export interface ChartTick {
  value: number;
  pos: number;
  label: string;
}

export interface ChartAnnotation {
  id: string;
  /** Its number on the chart and in the key under it (1, 2, …, in date order). */
  n: number;
  /** n in the page's digits ("۳" in Persian). */
  nText: string;
  label: string;
  /** "8 Jan 2026" or "8–27 Jan 2026", for the key. */
  dateText: string;
  description?: string;
  /** Pixel x of the start and (for spans) the end. */
  x1: number;
  x2?: number;
  /** Placement above the plot: row 0 is nearest the plot; "end" puts the label left of x1. */
  row: number;
  anchor?: "start" | "end";
  /** Link to the cited source's page, when the citation is complete. */
  href?: string;
  citationIncomplete: boolean;
}

export interface ChartModel {
  id: string;
  title: string;
  /** "wide" for screens and frames at least `width` CSS px wide, "narrow" (taller) for phones. */
  layout: "wide" | "narrow";
  width: number;
  height: number;
  /** Size of every chart text in SVG units; a layout is shown only where that means >= 11 CSS px. */
  fontSize: number;
  /** Heights above the plot (SVG units): a row for the unit, rows of event markers, the band above a broken axis. */
  rows: { unit: number; annotation: number; annotationRows: number; band: number };
  /** What the y axis counts ("people arrested"), written above it. */
  yUnit: string;
  /** true: event labels are written beside their numbers; false: numbers only, the key under the chart names them. */
  annotationLabels: boolean;
  /**
   * A broken y axis: one claimant's figures are so far above the rest that they would flatten
   * every other line. The axis ends at `cap`; those figures sit in a band above the plot with
   * their values written out, and `note` says so under the chart.
   */
  overflow?: { cap: number; note: string };
  /** Fewer than three points: shown as a list of dots (value, date, link), not as a chart. */
  sparse: boolean;
  endLabels: ChartEndLabel[];
  margin: { top: number; right: number; bottom: number; left: number };
  xKind: "date" | "days";
  xDomain: [number, number];
  yDomain: [number, number];
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  lines: ChartLine[];
  annotations: ChartAnnotation[];
  /** The latest as-of date among the plotted points (ISO), or null for an empty chart. */
  asOf: string | null;
  /** Plain-language summary for screen readers and the page text. */
  summary: string;
  /** The figures the summary cites (each line's latest claim), for checking its words against them. */
  summaryFigures?: string[];
  /** The summary in its parts, so a page can mark which part cites figures. */
  summaryParts?: { lead: string; claims: string; tail: string };
  /** Words the browser renderer needs, in the page's language (so the client loads no string tables). */
  labels?: { openFigure: string; source: string; otherReport: string; daysAxis: string; keyboardHint: string; sourceSee: string; citationIncomplete: string; comma: string; asReportedOn: string };
  /**
   * The words of the interactive chart's controls (dates, scale), in the page's language: the
   * browser builds the controls (chart-controls.ts), since without JavaScript they could do
   * nothing, so the page itself carries none of them.
   */
  controls?: ChartControlsText;
}

export interface ChartControlsText {
  /** The page's Intl locale, for numbers and dates drawn in the browser. */
  locale: string;
  legendHint: string;
  dates: string;
  whole: string;
  allDays: string;
  first30: string;
  last30: string;
  from: string;
  to: string;
  fromDay: string;
  toDay: string;
  logScale: string;
  logZero: string;
  empty: string;
  /** The note when a chart "as reported on" a day has no figure published by then. */
  noneYet: string;
}
