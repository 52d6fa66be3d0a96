import { Chart, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset, type Plugin, type Scale, type ScriptableLineSegmentContext, type TooltipItem } from "chart.js";
import type { ChartLine, ChartModel, ChartPoint } from "../charts/chart-types.ts";
import { caretPath, markerPath, markerRadius, pointKind } from "../charts/svg-markers.ts";
import { annotationCentreY, annotationText, badgeRadius } from "../charts/chart-annotations.ts";
import { dodge } from "../charts/label-layout.ts";
import { showTooltip, hideTooltip } from "./chart-tooltip.ts";
import { applyView, type AppliedView } from "../charts/apply-view.ts";
import { formatCount } from "../format/format-count.ts";
import { parseView, viewQuery, withQuery, writeView, type ViewState } from "../charts/view-state.ts";
import { buildControls, enhanceControls } from "./chart-controls.ts";
import { dayParam, knownBy, withDay } from "../charts/known-by.ts";
import { siteHref } from "./site-root.ts";

/**
 * Draws a chart model with Chart.js for hover, focus and tooltips. Only the pieces used are
 * registered. Chart.js draws the lines and finds the point under the pointer; the marks (open
 * markers, carets, range bars) and the wave annotations are drawn by the plugins below from
 * the same model and with the same geometry as the build-time SVG.
 */
Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip);

interface Datum {
  x: number;
  y: number;
  point: ChartPoint;
}
/** Each dataset knows its series, so a legend toggle finds the line and its other reports. */
type LineDataset = ChartDataset<"line", Datum[]> & { seriesId: string };
type Colours = { fg: string; muted: string; grid: string; bg: string; link: string };
/** The "as reported on" day, drawn as a labelled rule: its x in data units, its words, and them in two parts (words, day) for a narrow chart. */
type DayRule = { x: number; text: string; parts: [string, string] };

const dayRule = (day: string, words: string, dayText: string): DayRule => ({ x: Date.parse(`${day}T00:00:00Z`), text: `${words} ${dayText}`, parts: [words, dayText] });

function colours(el: HTMLElement): Colours {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return { fg: css.color || "#1a1a1a", muted: v("--muted", "#545454"), grid: v("--grid", "#e3e3e3"), bg: v("--bg", "#ffffff"), link: v("--link", "#0b57a4") };
}

const dashArray = (dash: string) => (dash ? dash.split(/\s+/).map(Number) : []);
/** A point above a broken axis sits at the axis top for Chart.js (so it can be hovered and tapped); the plugin draws it in the band. */
const datum = (model: ChartModel) => (p: ChartPoint): Datum => ({ x: p.x, y: p.over ? Math.min(p.y, model.yDomain[1]) : p.y, point: p });

function datasets(model: ChartModel, hidden: Set<string>): LineDataset[] {
  return model.lines.flatMap((l) => {
    const common = { borderColor: l.colour, pointRadius: 0, pointHitRadius: 8, pointHoverRadius: 7, pointHoverBorderWidth: 2 };
    const hover = { pointHoverBackgroundColor: "transparent", pointHoverBorderColor: l.colour };
    const data = l.points.filter((p) => p.onLine).map(datum(model));
    const aboveCap = (i: number) => data[i]?.point.over === true && data[i].point.y > model.yDomain[1];
    // Segments to a value above the broken axis are drawn by the plugin, up to its arrow in the band.
    const segment = { borderColor: (s: ScriptableLineSegmentContext) => (aboveCap(s.p0DataIndex) || aboveCap(s.p1DataIndex) ? "transparent" : undefined) };
    const own = { seriesId: l.seriesId, hidden: hidden.has(l.seriesId) };
    const line = { ...common, ...hover, ...own, label: l.label, data, borderDash: dashArray(l.dash), borderWidth: 2, tension: 0, segment };
    const extra = { ...common, ...hover, ...own, label: `${l.label} (other reports)`, data: l.points.filter((p) => !p.onLine).map(datum(model)), showLine: false };
    return extra.data.length > 0 ? [line, extra] : [line];
  });
}

/** Maps a pixel x of the model's SVG back to data units (annotations carry pixels only). */
function svgXToData(model: ChartModel, px: number): number {
  const { left, right } = model.margin;
  const [d0, d1] = model.xDomain;
  return d0 + ((px - left) / (model.width - left - right)) * (d1 - d0);
}

/** SVG y above the plot (event rows, the band) to canvas y: the same distance above the plot's top. */
const aboveY = (model: ChartModel, top: number, svgY: number) => top - (model.margin.top - svgY);

function drawMark(ctx: CanvasRenderingContext2D, model: ChartModel, l: ChartLine, p: ChartPoint, x: Scale, y: Scale, c: Colours): void {
  const [px, py] = [x.getPixelForValue(p.x), y.getPixelForValue(Math.min(p.y, model.yDomain[1]))];
  const r = markerRadius(p.onLine);
  const kind = pointKind(p);
  ctx.save();
  if (p.over) {
    // Above the break: the range's part below it, a dashed leader, an arrow and the value (svg-chart.ts overMark).
    const top = y.top;
    const ly = aboveY(model, top, p.overLabel!.y);
    const cy = ly - model.fontSize * 0.36;
    ctx.strokeStyle = ctx.fillStyle = l.colour;
    if (p.high !== undefined && p.y <= model.yDomain[1]) {
      ctx.globalAlpha = 0.3;
      ctx.fillRect(px - 3.5, top, 7, Math.max(1, py - top));
      ctx.globalAlpha = 1;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(px - 3.5, top, 7, Math.max(1, py - top));
    }
    if (p.y <= model.yDomain[1]) {
      ctx.setLineDash([2, 2]);
      ctx.beginPath();
      ctx.moveTo(px, top);
      ctx.lineTo(px, cy + 4);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.beginPath();
    ctx.moveTo(px - 5, cy + 4);
    ctx.lineTo(px, cy - 5);
    ctx.lineTo(px + 5, cy + 4);
    ctx.fill();
    ctx.fillStyle = c.fg;
    ctx.font = `600 ${model.fontSize}px system-ui, sans-serif`;
    ctx.textAlign = p.overLabel!.anchor === "end" ? "right" : "left";
    const text = `${p.valueText}${p.weak ? " ?" : ""}`;
    const tx = p.overLabel!.anchor === "end" ? px - 8 : px + 8;
    ctx.strokeStyle = c.bg;
    ctx.lineWidth = 3;
    ctx.lineJoin = "round";
    ctx.strokeText(text, tx, ly);
    ctx.fillText(text, tx, ly);
    ctx.restore();
    return;
  }
  ctx.globalAlpha = p.onLine ? 1 : 0.75;
  ctx.strokeStyle = l.colour;
  if (kind === "range") {
    const top = y.getPixelForValue(p.high ?? p.y);
    const w = p.onLine ? 7 : 5;
    ctx.fillStyle = `${l.colour}4d`;
    ctx.lineWidth = 1.5;
    ctx.fillRect(px - w / 2, top, w, Math.max(1, py - top));
    ctx.strokeRect(px - w / 2, top, w, Math.max(1, py - top));
  } else {
    const shape = l.marker === "circle" ? null : new Path2D(markerPath(l.marker, px, py, r));
    const path = shape ?? new Path2D();
    if (!shape) path.arc(px, py, r, 0, 2 * Math.PI);
    ctx.fillStyle = kind === "exact" ? l.colour : c.bg;
    ctx.fill(path);
    ctx.lineWidth = kind === "exact" ? 1 : 1.6;
    if (kind === "exact") ctx.strokeStyle = c.bg;
    if (kind === "approx") ctx.setLineDash([2, 1.5]);
    ctx.stroke(path);
    ctx.setLineDash([]);
    if (kind === "lower") {
      ctx.lineWidth = 1.4;
      ctx.stroke(new Path2D(caretPath(px, py, r)));
    }
  }
  ctx.restore();
}

/** Series whose line Chart.js currently shows (a legend toggle hides a dataset in place). */
function shownSeries(chart: Chart<"line">): Set<string> {
  return new Set(chart.data.datasets.flatMap((d, i) => (chart.isDatasetVisible(i) ? [(d as LineDataset).seriesId] : [])));
}

function modelPlugin(model: ChartModel, c: Colours, rule: DayRule | null): Plugin<"line"> {
  return {
    id: "chartModel",
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: area, scales } = chart;
      ctx.save();
      for (const a of model.annotations) {
        const x1 = scales.x.getPixelForValue(svgXToData(model, a.x1));
        if (a.x2 !== undefined) {
          ctx.fillStyle = c.fg;
          ctx.globalAlpha = 0.08;
          ctx.fillRect(x1, area.top, Math.max(1, scales.x.getPixelForValue(svgXToData(model, a.x2)) - x1), area.bottom - area.top);
          ctx.globalAlpha = 1;
        }
      }
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area, scales } = chart;
      const font = model.fontSize;
      const r = badgeRadius(font);
      ctx.save();
      ctx.font = `${font}px system-ui, sans-serif`;
      // Words in the page's direction (the chart itself runs left to right): a Persian label keeps
      // its order, and a "†" after it lands at its end; textAlign left/right stay absolute.
      ctx.direction = document.documentElement.dir === "rtl" ? "rtl" : "ltr";
      ctx.lineJoin = "round";
      ctx.textBaseline = "alphabetic";
      // The unit of the y axis, above it.
      ctx.fillStyle = c.muted;
      ctx.textAlign = "left";
      ctx.fillText(model.yUnit, 4, aboveY(model, area.top, font + 2));
      if (model.overflow) {
        ctx.strokeStyle = c.muted;
        ctx.setLineDash([2, 3]);
        ctx.beginPath();
        ctx.moveTo(area.left, area.top - 5);
        ctx.lineTo(area.right, area.top - 5);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      // Events: rule, numbered disc, and the label where the layout writes labels.
      for (const a of model.annotations) {
        const x1 = scales.x.getPixelForValue(svgXToData(model, a.x1));
        const cy = aboveY(model, area.top, annotationCentreY(model, a.row));
        ctx.strokeStyle = c.fg;
        ctx.lineWidth = 1;
        ctx.globalAlpha = 0.6;
        ctx.setLineDash(a.x2 === undefined ? [4, 3] : []);
        ctx.beginPath();
        ctx.moveTo(x1, cy + r);
        ctx.lineTo(x1, a.x2 === undefined ? area.bottom : area.top);
        ctx.stroke();
        ctx.globalAlpha = 1;
        ctx.setLineDash([]);
        ctx.beginPath();
        ctx.arc(x1, cy, r, 0, 2 * Math.PI);
        ctx.fillStyle = c.bg;
        ctx.fill();
        ctx.stroke();
        ctx.fillStyle = a.href ? c.link : c.muted;
        ctx.textAlign = "center";
        ctx.fillText(a.nText, x1, cy + font * 0.36);
        if (model.annotationLabels) {
          ctx.textAlign = a.anchor === "end" ? "right" : "left";
          ctx.fillText(annotationText(a), a.anchor === "end" ? x1 - r - 4 : x1 + r + 4, cy + font * 0.36);
        }
      }
      // Line-end labels at each shown line's last value, moved apart as in the SVG (label-layout.ts).
      const shown = shownSeries(chart);
      const lines = model.lines.filter((l) => shown.has(l.seriesId) && l.points.length > 0);
      const ends = model.endLabels.filter((e) => lines.some((l) => l.seriesId === e.seriesId));
      const lastY = ends.map((e) => {
        const l = lines.find((q) => q.seriesId === e.seriesId)!;
        const p = [...l.points].reverse().find((q) => q.onLine) ?? l.points[l.points.length - 1];
        return scales.y.getPixelForValue(Math.min(p.y, model.yDomain[1]));
      });
      const lineH = font + 2;
      const tops = dodge(ends.map((e, i) => ({ y: lastY[i] - font / 2 - 1, height: e.lines.length * lineH })), area.top - font / 2, area.bottom - 2, 3);
      ends.forEach((e, i) => {
        const mid = tops[i] + (e.lines.length * lineH) / 2 - 1;
        ctx.strokeStyle = e.colour;
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(area.right + 2, lastY[i]);
        ctx.lineTo(area.right + 10, mid);
        ctx.stroke();
        ctx.fillStyle = c.fg;
        ctx.textAlign = "left";
        e.lines.forEach((text, k) => ctx.fillText(text, area.right + 14, tops[i] + (k + 1) * lineH - 3));
      });
      // Line segments to values above the break: up to their arrows in the band (as in the SVG path).
      for (const l of lines) {
        const joined = l.points.filter((p) => p.onLine);
        const at = (p: ChartPoint): [number, number] => [
          scales.x.getPixelForValue(p.x),
          p.over && p.y > model.yDomain[1] ? aboveY(model, area.top, p.py) : scales.y.getPixelForValue(p.y),
        ];
        ctx.strokeStyle = l.colour;
        ctx.lineWidth = 2;
        ctx.setLineDash(dashArray(l.dash));
        joined.slice(1).forEach((p, i) => {
          const q = joined[i];
          if (!((p.over && p.y > model.yDomain[1]) || (q.over && q.y > model.yDomain[1]))) return;
          ctx.beginPath();
          ctx.moveTo(...at(q));
          ctx.lineTo(...at(p));
          ctx.stroke();
        });
        ctx.setLineDash([]);
      }
      // The "as reported on" day: a rule across the plot, its words at the top on the side with room.
      const ruleX = rule ? scales.x.getPixelForValue(rule.x) : NaN;
      if (rule && ruleX >= area.left && ruleX <= area.right) {
        ctx.strokeStyle = ctx.fillStyle = c.link;
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.moveTo(ruleX, area.top);
        ctx.lineTo(ruleX, area.bottom);
        ctx.stroke();
        const left = ruleX > (area.left + area.right) / 2;
        ctx.textAlign = left ? "right" : "left";
        ctx.font = `600 ${font}px system-ui, sans-serif`;
        ctx.strokeStyle = c.bg;
        ctx.lineWidth = 3;
        // On the side with room; in two lines (words, then the day) where one would not fit.
        const room = left ? ruleX - area.left : area.right - ruleX;
        const rows = ctx.measureText(rule.text).width + 8 <= room ? [rule.text] : rule.parts;
        rows.forEach((line, i) => {
          ctx.strokeText(line, ruleX + (left ? -4 : 4), area.top + font * (1 + 1.2 * i));
          ctx.fillText(line, ruleX + (left ? -4 : 4), area.top + font * (1 + 1.2 * i));
        });
        chart.canvas.dataset.dayRule = rule.text;
      } else delete chart.canvas.dataset.dayRule;
      ctx.restore();
      for (const l of lines) for (const p of l.points) if (!p.thin) drawMark(ctx, model, l, p, scales.x, scales.y, c);
    },
  };
}

/** Tooltip: who and when as the title; what was counted (the qualifier is in the words) and the source. */
const tooltipLines = (model: ChartModel) => (item: TooltipItem<"line">): string[] => {
  const p = (item.raw as Datum).point;
  const unit = p.unitText ?? model.lines.find((l) => l.seriesId === p.seriesId)?.unitText;
  const words = model.labels ?? { source: "Source:", otherReport: "Another report for this day (not joined into the line)" };
  return [`${p.valueText}${unit ? ` ${unit}` : ""}`, ...(p.cautions ?? []), `${words.source} ${p.sourceTitle}`, ...(p.onLine ? [] : [words.otherReport])];
};

/** No point active, so no tooltip (the keyboard's blur, a tap elsewhere, the mouse leaving). */
function clearActive(chart: Chart<"line", Datum[]>): void {
  chart.setActiveElements([]);
  chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
  chart.update("none");
}

/**
 * Keyboard access to the canvas: arrow keys walk the points in date order (all lines), Home and
 * End jump to the ends, Enter opens the figure's page. The tooltip shows the point and a live
 * region reads it out, so the points stay reachable after the SVG is replaced.
 */
function addKeyboard(chart: Chart<"line", Datum[]>, live: HTMLElement): void {
  // The points of the lines shown, read again after a legend toggle.
  const walk = () =>
    chart.data.datasets
      .flatMap((d, datasetIndex) => (chart.isDatasetVisible(datasetIndex) ? d.data.map((datum, index) => ({ datasetIndex, index, datum: datum as Datum })) : []))
      .sort((a, b) => a.datum.x - b.datum.x || a.datum.y - b.datum.y);
  let order = walk();
  let at = -1;
  chart.canvas.addEventListener("focus", () => {
    order = walk();
    at = -1;
  });
  const show = (i: number) => {
    at = Math.max(0, Math.min(order.length - 1, i));
    const { datasetIndex, index, datum } = order[at];
    const active = [{ datasetIndex, index }];
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
    chart.update("none");
    const p = datum.point;
    live.textContent = `${p.organisation}: ${p.valueText}, ${p.dateText}`;
    chart.canvas.dataset.activePoint = p.figureId;
  };
  chart.canvas.addEventListener("keydown", (e) => {
    if (order.length === 0) return;
    const step: Record<string, () => number> = {
      ArrowRight: () => at + 1,
      ArrowDown: () => at + 1,
      ArrowLeft: () => (at < 0 ? 0 : at - 1),
      ArrowUp: () => (at < 0 ? 0 : at - 1),
      Home: () => 0,
      End: () => order.length - 1,
    };
    if (e.key in step) {
      e.preventDefault();
      show(step[e.key]());
    } else if (e.key === "Enter" && at >= 0) {
      location.assign(siteHref(order[at].datum.point.href));
    }
  });
  chart.canvas.addEventListener("blur", (e) => {
    // Focus moving to the tooltip's own link (a tap on "Open figure") must not hide that link.
    if (chart.canvas.parentElement?.contains(e.relatedTarget as Node | null)) return;
    clearActive(chart);
  });
}

/** Draws the figure's chart model into its [data-chart-canvas] container. */
export function renderChart(figure: HTMLElement, view: AppliedView, rule: DayRule | null = null): Chart<"line", Datum[]> {
  const { model } = view;
  const container = figure.querySelector<HTMLElement>("[data-chart-canvas]")!;
  const canvas = document.createElement("canvas");
  canvas.setAttribute("role", "img");
  // At a past day the summary (today's figures) would not describe what is drawn.
  const about = rule ? `${model.title}. ${rule.text}.` : model.summary;
  canvas.setAttribute("aria-label", `${about} ${model.labels?.keyboardHint ?? ""}`.trim());
  canvas.textContent = about;
  canvas.tabIndex = 0;
  const live = document.createElement("p");
  live.className = "visually-hidden";
  live.setAttribute("aria-live", "polite");
  live.dataset.chartAnnounce = "";
  container.replaceChildren(canvas, live);
  const c = colours(figure);
  const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
  const ticksOf = (ticks: ChartModel["xTicks"]) => ({
    afterBuildTicks: (axis: Scale) => (axis.ticks = ticks.map((t) => ({ value: t.value }))),
    ticks: { color: c.muted, maxRotation: 0, font: { size: model.fontSize }, callback: (v: number | string) => ticks.find((t) => t.value === Number(v))?.label ?? "" },
  });
  const chart = new Chart<"line", Datum[]>(canvas, {
    type: "line",
    data: { datasets: datasets(model, view.hidden) },
    plugins: [modelPlugin(model, c, rule)],
    options: {
      animation: still ? false : { duration: 300 },
      aspectRatio: model.width / model.height,
      layout: { padding: { top: model.margin.top, right: model.margin.right } },
      interaction: { mode: "nearest", intersect: false, axis: "xy", includeInvisible: true },
      events: ["mousemove", "click", "touchstart", "touchmove"],
      scales: {
        x: { type: "linear", min: model.xDomain[0], max: model.xDomain[1], grid: { display: false }, border: { color: c.fg }, ...ticksOf(model.xTicks),
          title: { display: model.xKind === "days", text: model.labels?.daysAxis ?? "Days since the wave began", color: c.muted, font: { size: model.fontSize } } },
        y: { type: view.log ? "logarithmic" : "linear", min: model.yDomain[0], max: model.yDomain[1], grid: { color: c.grid }, border: { display: false }, ...ticksOf(model.yTicks) },
      },
      plugins: {
        tooltip: {
          enabled: false,
          animation: false,
          // Shown while a point is active (not by opacity: Chart.js animates that after calling us).
          external: ({ tooltip }) => {
            const item = tooltip.dataPoints?.[0];
            if (!item || tooltip.getActiveElements().length === 0) return hideTooltip(container);
            const p = (item.raw as Datum).point;
            showTooltip(container, {
              x: tooltip.caretX,
              y: tooltip.caretY,
              title: `${p.organisation} · ${p.dateText}`,
              lines: tooltipLines(model)(item),
              href: siteHref(p.href),
              linkText: model.labels?.openFigure ?? "Open figure",
            });
          },
        },
      },
      onHover: (event, _els, chart) => {
        const hit = event.native ? chart.getElementsAtEventForMode(event.native, "nearest", { intersect: true }, false) : [];
        chart.canvas.style.cursor = hit.length > 0 ? "pointer" : "";
      },
      // A mouse click on a point opens its figure; a tap shows the point's tooltip first, with
      // its "Open figure" link (a finger has no hover, so a tap that navigated would hide it).
      onClick: (event, _els, chart) => {
        const [hit] = event.native ? chart.getElementsAtEventForMode(event.native, "nearest", { intersect: true }, false) : [];
        const pointer = (event.native as PointerEvent | null)?.pointerType || lastPointer;
        if (hit && pointer === "mouse") location.assign(siteHref((chart.data.datasets[hit.datasetIndex].data[hit.index] as Datum).point.href));
      },
    },
  });
  let lastPointer = "mouse";
  canvas.addEventListener("pointerdown", (e) => (lastPointer = e.pointerType), { passive: true });
  canvas.addEventListener("touchstart", () => (lastPointer = "touch"), { passive: true });
  const close = () => clearActive(chart);
  // A tap elsewhere on the page closes the tooltip; so does the mouse leaving the chart, unless
  // it moves onto the tooltip (to reach its link). Chart.js's own "mouseout" is not used: a tap
  // on the tooltip's link fires one at the canvas and would hide the link before its click.
  document.addEventListener("pointerdown", (e) => !container.contains(e.target as Node) && close(), { passive: true });
  container.addEventListener("mouseleave", close);
  addKeyboard(chart, live);
  describe(chart);
  return chart;
}

/** What Chart.js draws, read from the instance itself: for tests and for anyone inspecting the page. */
function describe(chart: Chart<"line", Datum[]>): void {
  const { canvas, scales } = chart;
  canvas.dataset.shownLines = [...shownSeries(chart)].sort().join(" ");
  canvas.dataset.points = String(chart.data.datasets.reduce((n, d, i) => n + (chart.isDatasetVisible(i) ? d.data.length : 0), 0));
  canvas.dataset.xMin = String(scales.x.min);
  canvas.dataset.xMax = String(scales.x.max);
  canvas.dataset.yScale = scales.y.type;
}

/**
 * Reads the figure's serialised model and draws it, then marks the figure enhanced (the page
 * CSS then hides the SVG). If a link inside the SVG has focus, waits until focus leaves it, so
 * hiding the SVG never drops the keyboard user's place.
 */
export async function renderFigure(figure: HTMLElement): Promise<void> {
  if (figure.dataset.enhanced === "true") return;
  const model = await fetchModel(figure, layoutFor(figure));
  await loadFor(parseView(location.search, figure.id));
  if (model) drawWhenFree(figure, model);
}

/** The layout the chart's width calls for: the same threshold as the page's CSS (site.css). */
const layoutFor = (figure: HTMLElement): "wide" | "narrow" => (figure.clientWidth >= 720 ? "wide" : "narrow");

/** The model is fetched from the same origin only now, so it costs nothing until a chart is seen. */
async function fetchModel(figure: HTMLElement, layout: "wide" | "narrow"): Promise<ChartModel | null> {
  const src = layout === "wide" ? figure.dataset.chartSrc : (figure.dataset.chartSrcNarrow ?? figure.dataset.chartSrc);
  if (!src) return null;
  const response = await fetch(src, { credentials: "omit" });
  if (!response.ok) throw new Error(`chart data ${src}: ${response.status}`);
  return (await response.json()) as ChartModel;
}

function drawWhenFree(figure: HTMLElement, model: ChartModel): void {
  const svg = figure.querySelector(".chart-svg") ?? figure.querySelector("svg");
  if (svg?.contains(document.activeElement)) {
    svg.addEventListener("focusout", function wait(e) {
      if (svg.contains((e as FocusEvent).relatedTarget as Node | null)) return;
      svg.removeEventListener("focusout", wait);
      drawWhenFree(figure, model);
    });
    return;
  }
  // Visible first, so Chart.js measures a laid-out container.
  figure.dataset.enhanced = "true";
  figure.dataset.layout = model.layout;
  let state = parseView(location.search, figure.id);
  let current = model;
  const text = model.controls;
  const controls = text && model.lines.length > 0 ? buildControls(model, text) : null;
  const locale = text?.locale ?? document.documentElement.lang;
  let day = asOfDay();
  const rule = () =>
    day && current.xKind === "date" ? dayRule(day, current.labels?.asReportedOn ?? "As reported on", dates?.dayText(day, locale) ?? day) : null;
  const apply = (m: ChartModel) =>
    applyView(knownBy(m, day), state, {
      // The model's own tick logic (chart-axes.ts), loaded with the first range; the model's ticks inside the range until then.
      xTicks: (domain) =>
        axis ? axis.xAxis(m.xKind, domain, [m.margin.left, m.width - m.margin.right], locale, m.fontSize).ticks : m.xTicks.filter((t) => t.value >= domain[0] && t.value <= domain[1]),
      formatY: (v) => formatCount(v, locale),
    });
  // A day before the first figure of the chart was published: the note says so, not "no figure in these dates".
  const noneYet = () => day !== null && knownBy(current, day).lines.every((l) => l.points.length === 0);
  let view = apply(model);
  try {
    let chart = renderChart(figure, view, rule());
    const redraw = (next: ChartModel) => {
      chart.destroy();
      figure.dataset.layout = next.layout;
      view = apply(next);
      chart = renderChart(figure, view, rule());
      sync?.(state, view, noneYet());
    };
    const change = (next: ViewState) => {
      const onlyLines = next.log === state.log && JSON.stringify(next.range) === JSON.stringify(state.range);
      state = next;
      remember(figure, state, day);
      if (!onlyLines) return void loadFor(state).then(() => redraw(current));
      // A legend toggle: the same chart, its dataset shown or hidden in place.
      view = apply(current);
      chart.data.datasets.forEach((d, i) => chart.setDatasetVisibility(i, !view.hidden.has((d as LineDataset).seriesId)));
      chart.update();
      describe(chart);
      sync?.(state, view, noneYet());
    };
    // Under the legend, once the chart is drawn: they need it.
    if (controls) figure.querySelector("figcaption")?.append(controls);
    const sync = controls && text ? enhanceControls(figure, controls, text, current, state, change) : null;
    sync?.(state, view, noneYet());
    // Opened from a shared address: the citation and embed code name the same view.
    if (viewQuery(figure.id, state) || day) announce(figure, state, day);
    // The wave page's "as reported on" day (as-of.ts) changed: only the figures known by the new day.
    document.addEventListener("asof:change", () => {
      if (asOfDay() === day) return;
      void loadFor(state).then(() => {
        day = asOfDay();
        redraw(current);
        announce(figure, state, day);
      });
    });
    // Colours come from the page's custom properties: redraw when the reader switches scheme.
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => redraw(current));
    // A phone turned sideways, a window resized: switch layouts where the CSS would.
    new ResizeObserver(() => {
      const wanted = layoutFor(figure);
      if (wanted === current.layout) return;
      void fetchModel(figure, wanted).then((next) => {
        if (next && layoutFor(figure) === next.layout) redraw((current = next));
      });
    }).observe(figure);
  } catch (error) {
    delete figure.dataset.enhanced;
    figure.querySelector("[data-chart-canvas]")?.replaceChildren();
    throw error;
  }
}

/**
 * The day the chart is drawn as reported on, read when it is drawn (a chart enhanced after the
 * reader chose a day follows it too): on the wave page, the control puts it on <html> once the
 * day's cards are shown (as-of.ts); a page without the control (an embed, the archived page a
 * citation's permanent link names) takes its address' ?on=, so what was cited is what is drawn.
 */
function asOfDay(): string | null {
  return document.querySelector("form[data-asof]") ? (document.documentElement.dataset.asOf ?? null) : dayParam(location.search);
}

let axis: typeof import("../charts/chart-axes.ts") | null = null;
let dates: typeof import("./day-text.ts") | null = null;

/**
 * Code only some views need, loaded when one asks for it: the log scale (registered with
 * Chart.js then), the axis ticks of a date range (d3-scale, the calendars) and the words of an
 * "as reported on" day.
 */
async function loadFor(state: ViewState): Promise<void> {
  if (state.log) await import("./chart-log-scale.ts");
  if (state.range && !axis) axis = await import("../charts/chart-axes.ts");
  if (asOfDay() && !dates) dates = await import("./day-text.ts");
}

/**
 * The state goes into the address (replaced, not pushed: a toggle is not a page), and the
 * figure announces it, with the "as reported on" day, so its citation, embed code and the language switch carry it (cite-enhance.ts, chart-enhance.ts).
 */
function remember(figure: HTMLElement, state: ViewState, day: string | null): void {
  const query = writeView(location.search, figure.id, state).toString();
  history.replaceState(history.state, "", withQuery(location.href, query ? `?${query}` : ""));
  announce(figure, state, day);
}

function announce(figure: HTMLElement, state: ViewState, day: string | null): void {
  figure.dataset.viewQuery = withDay(viewQuery(figure.id, state), day);
  figure.dispatchEvent(new CustomEvent("chart-view", { bubbles: true }));
}
