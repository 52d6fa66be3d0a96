import { Chart, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset, type Plugin, type Scale, type TooltipItem } from "chart.js";
import type { ChartLine, ChartModel, ChartPoint } from "../charts/chart-types.ts";
import { caretPath, markerPath, markerRadius, pointKind } from "../charts/svg-markers.ts";

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
type Colours = { fg: string; muted: string; grid: string; bg: string; link: string };

function colours(el: HTMLElement): Colours {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return { fg: css.color || "#1a1a1a", muted: v("--muted", "#545454"), grid: v("--grid", "#e3e3e3"), bg: v("--bg", "#ffffff"), link: v("--link", "#0b57a4") };
}

const dashArray = (dash: string) => (dash ? dash.split(/\s+/).map(Number) : []);
const datum = (p: ChartPoint): Datum => ({ x: p.x, y: p.y, point: p });

function datasets(model: ChartModel): ChartDataset<"line", Datum[]>[] {
  return model.lines.flatMap((l) => {
    const common = { borderColor: l.colour, pointRadius: 0, pointHitRadius: 6, pointHoverRadius: 7, pointHoverBorderWidth: 2 };
    const hover = { pointHoverBackgroundColor: "transparent", pointHoverBorderColor: l.colour };
    const line = { ...common, ...hover, label: l.label, data: l.points.filter((p) => p.onLine).map(datum), borderDash: dashArray(l.dash), borderWidth: 2, tension: 0 };
    const extra = { ...common, ...hover, label: `${l.label} (other reports)`, data: l.points.filter((p) => !p.onLine).map(datum), showLine: false };
    return extra.data.length > 0 ? [line, extra] : [line];
  });
}

/** Maps a pixel x of the model's SVG back to data units (annotations carry pixels only). */
function svgXToData(model: ChartModel, px: number): number {
  const { left, right } = model.margin;
  const [d0, d1] = model.xDomain;
  return d0 + ((px - left) / (model.width - left - right)) * (d1 - d0);
}

function drawMark(ctx: CanvasRenderingContext2D, l: ChartLine, p: ChartPoint, x: Scale, y: Scale, c: Colours): void {
  const [px, py] = [x.getPixelForValue(p.x), y.getPixelForValue(p.y)];
  const r = markerRadius(p.onLine);
  const kind = pointKind(p);
  ctx.save();
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

function modelPlugin(model: ChartModel, c: Colours): Plugin<"line"> {
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
      ctx.save();
      ctx.font = "11px system-ui, sans-serif";
      ctx.lineJoin = "round";
      for (const a of model.annotations) {
        const x1 = scales.x.getPixelForValue(svgXToData(model, a.x1));
        const ly = area.top - 5 - (a.row ?? 0) * 14;
        ctx.strokeStyle = c.fg;
        ctx.lineWidth = 1;
        ctx.globalAlpha = 0.6;
        ctx.setLineDash(a.x2 === undefined ? [4, 3] : []);
        ctx.beginPath();
        ctx.moveTo(x1, ly - 9);
        ctx.lineTo(x1, a.x2 === undefined ? area.bottom : area.top);
        ctx.stroke();
        ctx.globalAlpha = 1;
        ctx.setLineDash([]);
        const text = a.citationIncomplete ? `${a.label} †` : a.label;
        ctx.textAlign = a.anchor === "end" ? "right" : "left";
        const tx = a.anchor === "end" ? x1 - 3 : x1 + 3;
        ctx.strokeStyle = c.bg;
        ctx.lineWidth = 3;
        ctx.strokeText(text, tx, ly);
        ctx.fillStyle = a.href ? c.link : c.fg;
        ctx.fillText(text, tx, ly);
      }
      ctx.restore();
      for (const l of model.lines) for (const p of l.points) drawMark(ctx, l, p, scales.x, scales.y, c);
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

/**
 * Keyboard access to the canvas: arrow keys walk the points in date order (all lines), Home and
 * End jump to the ends, Enter opens the figure's page. The tooltip shows the point and a live
 * region reads it out, so the points stay reachable after the SVG is replaced.
 */
function addKeyboard(chart: Chart<"line", Datum[]>, live: HTMLElement): void {
  const order = chart.data.datasets
    .flatMap((d, datasetIndex) => d.data.map((datum, index) => ({ datasetIndex, index, datum: datum as Datum })))
    .sort((a, b) => a.datum.x - b.datum.x || a.datum.y - b.datum.y);
  let at = -1;
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
      location.assign(order[at].datum.point.href);
    }
  });
  chart.canvas.addEventListener("blur", () => {
    chart.setActiveElements([]);
    chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
    chart.update("none");
  });
}

/** Draws the figure's chart model into its [data-chart-canvas] container. */
export function renderChart(figure: HTMLElement, model: ChartModel): Chart<"line", Datum[]> {
  const container = figure.querySelector<HTMLElement>("[data-chart-canvas]")!;
  const canvas = document.createElement("canvas");
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", `${model.summary} ${model.labels?.keyboardHint ?? ""}`.trim());
  canvas.textContent = model.summary;
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
    ticks: { color: c.muted, maxRotation: 0, callback: (v: number | string) => ticks.find((t) => t.value === Number(v))?.label ?? "" },
  });
  const chart = new Chart<"line", Datum[]>(canvas, {
    type: "line",
    data: { datasets: datasets(model) },
    plugins: [modelPlugin(model, c)],
    options: {
      animation: still ? false : { duration: 300 },
      aspectRatio: model.width / model.height,
      layout: { padding: { top: model.margin.top, right: model.margin.right } },
      interaction: { mode: "nearest", intersect: false, axis: "xy" },
      scales: {
        x: { type: "linear", min: model.xDomain[0], max: model.xDomain[1], grid: { display: false }, border: { color: c.fg }, ...ticksOf(model.xTicks),
          title: { display: model.xKind === "days", text: model.labels?.daysAxis ?? "Days since the wave began", color: c.muted } },
        y: { type: "linear", min: model.yDomain[0], max: model.yDomain[1], grid: { color: c.grid }, border: { display: false }, ...ticksOf(model.yTicks) },
      },
      plugins: {
        tooltip: {
          displayColors: false,
          callbacks: {
            title: (items) => items.map((i) => `${(i.raw as Datum).point.organisation} · ${(i.raw as Datum).point.dateText}`).slice(0, 1),
            label: tooltipLines(model),
          },
        },
      },
      onHover: (event, _els, chart) => {
        const hit = event.native ? chart.getElementsAtEventForMode(event.native, "nearest", { intersect: true }, false) : [];
        chart.canvas.style.cursor = hit.length > 0 ? "pointer" : "";
      },
      onClick: (event, _els, chart) => {
        const [hit] = event.native ? chart.getElementsAtEventForMode(event.native, "nearest", { intersect: true }, false) : [];
        if (hit) location.assign((chart.data.datasets[hit.datasetIndex].data[hit.index] as Datum).point.href);
      },
    },
  });
  addKeyboard(chart, live);
  return chart;
}

/**
 * Reads the figure's serialised model and draws it, then marks the figure enhanced (the page
 * CSS then hides the SVG). If a link inside the SVG has focus, waits until focus leaves it, so
 * hiding the SVG never drops the keyboard user's place.
 */
export async function renderFigure(figure: HTMLElement): Promise<void> {
  if (figure.dataset.enhanced === "true") return;
  // The model is fetched from the same origin only now, so it costs nothing until a chart is seen.
  const src = figure.dataset.chartSrc;
  if (!src) return;
  const response = await fetch(src, { credentials: "omit" });
  if (!response.ok) throw new Error(`chart data ${src}: ${response.status}`);
  const model = (await response.json()) as ChartModel;
  drawWhenFree(figure, model);
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
  try {
    let chart = renderChart(figure, model);
    // Colours come from the page's custom properties: redraw when the reader switches scheme.
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
      chart.destroy();
      chart = renderChart(figure, model);
    });
  } catch (error) {
    delete figure.dataset.enhanced;
    figure.querySelector("[data-chart-canvas]")?.replaceChildren();
    throw error;
  }
}
