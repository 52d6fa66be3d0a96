import type { ChartModel, ChartTick } from "./chart-types.ts";
import { logTicks, rangeDomain, type ViewState } from "./view-state.ts";

/**
 * A chart model as the reader has shaped it: only the figures inside the chosen dates (a range
 * filters what is drawn; nothing is interpolated to its edges), and on a log scale only the
 * figures above 0 (a log axis has no place for 0; they are counted, not faked). Hidden lines
 * stay in the model (Chart.js hides their datasets) and are listed in `hidden`.
 */
export interface AppliedView {
  model: ChartModel;
  hidden: Set<string>;
  log: boolean;
  /** Figures of 0 or less left out because the y axis is logarithmic (shown lines only). */
  droppedForLog: number;
  /** Figures drawn, on the lines shown. */
  drawn: number;
}

export interface ViewOptions {
  /** Ticks for a narrower x domain (the model's own tick logic, chart-axes.ts). */
  xTicks: (domain: [number, number]) => ChartTick[];
  /** A y tick's label in the page's digits. */
  formatY: (v: number) => string;
}

export function applyView(model: ChartModel, state: ViewState, options: ViewOptions): AppliedView {
  const hidden = new Set(state.hidden.filter((id) => model.lines.some((l) => l.seriesId === id)));
  const domain = rangeDomain(state.range, model.xKind, model.xDomain) ?? model.xDomain;
  const inRange = (x: number) => x >= domain[0] && x <= domain[1];
  let droppedForLog = 0;
  let drawn = 0;
  const lines = model.lines.map((l) => {
    const points = l.points.filter((p) => inRange(p.x)).flatMap((p) => {
      if (state.log && p.y <= 0) {
        if (!hidden.has(l.seriesId)) droppedForLog++;
        return [];
      }
      if (!hidden.has(l.seriesId)) drawn++;
      // No broken axis on a log scale: every value has its place on it.
      return state.log ? [{ ...p, over: false, overLabel: undefined }] : [p];
    });
    return { ...l, points };
  });
  const annotations = domain === model.xDomain ? model.annotations : remapAnnotations(model, domain);
  const xTicks = domain === model.xDomain ? model.xTicks : options.xTicks(domain);
  const out: ChartModel = { ...model, lines, annotations, xDomain: domain, xTicks };
  if (state.log) {
    const ys = lines.filter((l) => !hidden.has(l.seriesId)).flatMap((l) => l.points.flatMap((p) => [p.y, p.high ?? p.y]));
    const lo = ys.length > 0 ? 10 ** Math.floor(Math.log10(Math.min(...ys))) : 1;
    const hi = ys.length > 0 ? 10 ** Math.ceil(Math.log10(Math.max(...ys))) : 10;
    out.yDomain = [lo, Math.max(hi, lo * 10)];
    out.yTicks = logTicks(out.yDomain[0], out.yDomain[1]).map((v) => ({ value: v, pos: 0, label: options.formatY(v) }));
    out.overflow = undefined;
  }
  return { model: out, hidden, log: state.log, droppedForLog, drawn };
}

/** Event markers carry SVG pixels of the whole domain: moved to the narrower one, those outside it dropped, spans cut at its edges. */
function remapAnnotations(model: ChartModel, domain: [number, number]): ChartModel["annotations"] {
  const { left, right } = model.margin;
  const w = model.width - left - right;
  const [d0, d1] = model.xDomain;
  const toData = (px: number) => d0 + ((px - left) / w) * (d1 - d0);
  const toPx = (v: number) => left + ((v - domain[0]) / (domain[1] - domain[0])) * w;
  return model.annotations.flatMap((a) => {
    const start = toData(a.x1);
    const end = a.x2 === undefined ? start : toData(a.x2);
    if (end < domain[0] || start > domain[1]) return [];
    return [{ ...a, x1: toPx(Math.max(start, domain[0])), x2: a.x2 === undefined ? undefined : toPx(Math.min(end, domain[1])) }];
  });
}
