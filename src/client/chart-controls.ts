import type { AppliedView } from "../charts/apply-view.ts";
import type { ChartModel } from "../charts/chart-types.ts";
import { isoDate, type RangePreset, type ViewState } from "../charts/view-state.ts";

/**
 * The interactive chart's controls. The legend's links become toggle buttons (aria-pressed:
 * the line is shown) with a link to the series page beside each; the date range and log scale
 * controls are rendered at build time (ChartControls.astro, in the page's language) and hidden
 * until the chart is interactive, since without JavaScript they could do nothing.
 * Returns the function that shows a state on the controls.
 */
export function enhanceControls(
  figure: HTMLElement,
  controls: HTMLElement,
  model: ChartModel,
  initial: ViewState,
  change: (next: ViewState) => void,
): (state: ViewState, view: AppliedView) => void {
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
  controls.hidden = false;

  const axisValue = (v: number) => (model.xKind === "date" ? isoDate(v) : String(Math.round(v)));
  return (state, view) => {
    current = state;
    for (const t of toggles) t.setAttribute("aria-pressed", String(!view.hidden.has(t.dataset.series!)));
    const preset = state.range && "preset" in state.range ? state.range.preset : state.range ? "custom" : "";
    for (const b of presets) b.setAttribute("aria-pressed", String(b.dataset.range === preset));
    // The inputs show the dates drawn, except while the reader is typing in one.
    if (from && document.activeElement !== from) from.value = axisValue(view.model.xDomain[0]);
    if (to && document.activeElement !== to) to.value = axisValue(view.model.xDomain[1]);
    log?.setAttribute("aria-pressed", String(state.log));
    if (note) {
      const text = view.drawn === 0 ? controls.dataset.noteEmpty : view.droppedForLog > 0 ? controls.dataset.noteLog : "";
      note.textContent = text ?? "";
      note.hidden = !text;
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
