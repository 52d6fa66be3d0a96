import { dayParam } from "../charts/known-by.ts";
import { formatDate } from "../format/format-date.ts";
import { isRealDate } from "../format/real-date.ts";
import { siteHref } from "./site-root.ts";

/**
 * The wave page's "as reported on" control: /waves/<id>/?on=YYYY-MM-DD redraws the headline
 * cards as each claimant's figures stood on that day. The page is built with today's cards;
 * the per-day cards (as-reported.json, the same HTML) are fetched only when a day is asked for.
 * Charts are not redrawn here: an "asof:change" event on document (detail: { on }) and
 * data-as-of on <html> let chart code (chart-render.ts) follow the day.
 */
interface AsReportedData {
  series: Record<string, { rank: number; states: { from: string; date: string; html: string }[] }>;
}


const form = document.querySelector<HTMLFormElement>("form[data-asof]");
if (form) init(form);

function init(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>("input[name=on]")!;
  const reset = form.querySelector<HTMLButtonElement>("[data-asof-reset]")!;
  const banner = document.querySelector<HTMLElement>("[data-asof-banner]")!;
  const bannerDay = banner.querySelector<HTMLElement>("[data-asof-day]")!;
  const failed = document.querySelector<HTMLElement>("[data-asof-failed]")!;
  const locale = form.dataset.locale ?? "en-GB";
  for (const note of document.querySelectorAll<HTMLElement>("[data-asof-noscript]")) note.hidden = true;
  form.hidden = false;
  // Today's lists, put back when the reader returns to today's view.
  const today = [...document.querySelectorAll<HTMLElement>("[data-asof-series]")];
  let shown = today;
  let data: Promise<AsReportedData> | null = null;
  const load = () =>
    (data ??= fetch(form.dataset.asof!).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<AsReportedData>;
    }));

  function listFor(original: HTMLElement, d: AsReportedData, day: string): HTMLElement {
    const cards = (original.dataset.asofSeries ?? "")
      .split(" ")
      .flatMap((id) => {
        const s = d.series[id];
        const state = s?.states.filter((st) => st.from <= day).at(-1);
        return state ? [{ ...state, rank: s.rank }] : [];
      })
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.rank - b.rank));
    const none = document.querySelector<HTMLTemplateElement>("template[data-asof-none]")!.content.firstElementChild!;
    const el = (cards.length ? document.createElement("ul") : none.cloneNode(true)) as HTMLElement;
    if (cards.length) {
      el.className = "claims";
      el.innerHTML = cards.map((c) => c.html).join(" ");
      for (const a of el.querySelectorAll<HTMLAnchorElement>("a[href^='/']")) a.href = siteHref(a.getAttribute("href")!);
    }
    el.dataset.asofSeries = original.dataset.asofSeries;
    return el;
  }

  function swap(next: HTMLElement[]): void {
    shown.forEach((el, i) => el.replaceWith(next[i]));
    shown = next;
  }

  async function show(day: string | null): Promise<void> {
    failed.hidden = true;
    if (input.value !== (day ?? "")) input.value = day ?? ""; // the same value: the reader's place in the field stays
    reset.hidden = day === null;
    // The address already names the day: the language switch (chart-enhance.ts) follows it.
    document.dispatchEvent(new Event("view-address"));
    if (day === null) {
      swap(today);
      banner.hidden = true;
      delete document.documentElement.dataset.asOf;
      document.dispatchEvent(new CustomEvent("asof:change", { detail: { on: null } }));
      return;
    }
    let d: AsReportedData;
    try {
      d = await load();
    } catch {
      data = null; // offline: a later try fetches again
      failed.hidden = false;
      return;
    }
    swap(today.map((el) => listFor(el, d, day)));
    bannerDay.textContent = formatDate(day, "long", locale);
    banner.hidden = false;
    document.documentElement.dataset.asOf = day;
    document.dispatchEvent(new CustomEvent("asof:change", { detail: { on: day } }));
  }

  // The same days the charts accept (a day that exists, YYYY-MM-DD), so cards and charts agree.
  const dayInAddress = () => dayParam(location.search);

  function go(day: string | null): void {
    const url = new URL(location.href);
    if (day) url.searchParams.set("on", day);
    else url.searchParams.delete("on");
    history.pushState(null, "", url);
    void show(day);
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (isRealDate(input.value)) go(input.value);
  });
  reset.addEventListener("click", () => {
    go(null);
    input.focus();
  });
  addEventListener("popstate", () => void show(dayInAddress()));
  const start = dayInAddress();
  if (start) void show(start);
}
