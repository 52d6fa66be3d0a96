import type { AppliedView } from "../charts/apply-view.ts";
import type { ChartControlsText, ChartModel } from "../charts/chart-types.ts";
import { isoDate, type RangePreset, type ViewState } from "../charts/view-state.ts";

/** An element with attributes and children (strings become text). */
function el(tag: string, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/**
 * The date range and (on the waves comparison, days since each wave began) log scale controls,
 * in the words the chart model carries in the page's language. Built here, not in the page:
 * without JavaScript they could do nothing, and a wave page has several charts.
 */
export function buildControls(model: ChartModel, text: ChartControlsText): HTMLElement {
  const days = model.xKind === "days";
  const [lo, hi] = model.xDomain.map((v) => (days ? String(Math.round(v)) : isoDate(v)));
  const input = (value: string, data: string) =>
    el("input", { type: days ? "number" : "date", min: lo, max: hi, ...(days && { step: "1" }), required: "", value, [data]: "", dir: "ltr" });
  const preset = (range: string, label: string) => el("button", { type: "button", "data-range": range, "aria-pressed": String(range === "") }, label);
  return el(
    "div",
    { class: "chart-controls", "data-chart-controls": "" },
    ...(model.lines.length > 0 ? [el("p", { class: "meta legend-hint" }, text.legendHint)] : []),
    el(
      "fieldset",
      { class: "chart-range" },
      el("legend", {}, text.dates),
      el("span", { class: "range-presets" }, preset("", days ? text.allDays : text.whole), preset("first30", text.first30), preset("last30", text.last30)),
      el(
        "span",
        { class: "range-custom" },
        el("label", {}, `${days ? text.fromDay : text.from} `, input(lo, "data-range-from")),
        el("label", {}, `${days ? text.toDay : text.to} `, input(hi, "data-range-to")),
      ),
    ),
    ...(days ? [el("button", { type: "button", class: "scale-toggle", "data-scale-log": "", "aria-pressed": "false" }, text.logScale)] : []),
    el("p", { class: "meta", "data-view-note": "", "aria-live": "polite", hidden: "" }),
  );
}

/**
 * The interactive chart's controls. The legend's links become toggle buttons (aria-pressed:
 * the line is shown) with a link to the series page beside each; the date range and log scale
 * controls (buildControls) join them under the legend.
 * Returns the function that shows a state on the controls.
 */
export function enhanceControls(
  figure: HTMLElement,
  controls: HTMLElement,
  text: ChartControlsText,
  model: ChartModel,
  initial: ViewState,
  change: (next: ViewState) => void,
): (state: ViewState, view: AppliedView, noneYet?: boolean) => void {
  let current = initial;
  const toggles = legendToggles(figure, (id) => {
    const hidden = current.hidden.includes(id) ? current.hidden.filter((h) => h !== id) : [...current.hidden, id];
    change({ ...current, hidden });
  });
  const presets = [...controls.querySelectorAll<HTMLButtonElement>("button[data-range]")];
  for (const b of presets) b.addEventListener("click", () => change({ ...current, range: b.dataset.range ? { preset: b.dataset.range as RangePreset } : null }));
  const from = controls.querySelector<HTMLInputElement>("input[data-range-from]");
  const to = controls.querySelector<HTMLInputElement>("input[data-range-to]");
  const custom = () => {
    if (from?.value && to?.value && from.checkValidity() && to.checkValidity()) change({ ...current, range: { from: from.value, to: to.value } });
  };
  from?.addEventListener("change", custom);
  to?.addEventListener("change", custom);
  const log = controls.querySelector<HTMLButtonElement>("button[data-scale-log]");
  log?.addEventListener("click", () => change({ ...current, log: !current.log }));
  const note = controls.querySelector<HTMLElement>("[data-view-note]");

  const axisValue = (v: number) => (model.xKind === "date" ? isoDate(v) : String(Math.round(v)));
  return (state, view, noneYet = false) => {
    current = state;
    for (const t of toggles) t.setAttribute("aria-pressed", String(!view.hidden.has(t.dataset.series!)));
    const preset = state.range && "preset" in state.range ? state.range.preset : state.range ? "custom" : "";
    for (const b of presets) b.setAttribute("aria-pressed", String(b.dataset.range === preset));
    // The inputs show the dates drawn, except while the reader is typing in one.
    if (from && document.activeElement !== from) from.value = axisValue(view.model.xDomain[0]);
    if (to && document.activeElement !== to) to.value = axisValue(view.model.xDomain[1]);
    log?.setAttribute("aria-pressed", String(state.log));
    if (note) {
      const said = view.drawn === 0 ? (noneYet ? text.noneYet : text.empty) : view.droppedForLog > 0 ? text.logZero : "";
      note.textContent = said;
      note.hidden = !said;
    }
  };
}

/** Each legend entry: a toggle button (swatch and name), then its link to the series page, named for screen readers. */
function legendToggles(figure: HTMLElement, toggle: (seriesId: string) => void): HTMLButtonElement[] {
  const legend = figure.querySelector<HTMLElement>("ul.legend");
  if (!legend) return [];
  return [...legend.querySelectorAll<HTMLLIElement>("li[data-series]")].flatMap((li) => {
    const link = li.querySelector("a");
    if (!link) return [];
    const name = link.textContent ?? "";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "legend-toggle";
    button.dataset.series = li.dataset.series!;
    const swatch = li.querySelector("svg");
    if (swatch) button.append(swatch);
    button.append(name);
    button.addEventListener("click", () => toggle(li.dataset.series!));
    const which = document.createElement("span");
    which.className = "visually-hidden";
    which.textContent = ` (${name})`;
    link.replaceChildren(legend.dataset.seriesLink ?? "series page", which);
    link.className = "legend-series";
    li.prepend(button, " ");
    return [button];
  });
}
