/**
 * What a reader has changed on one interactive chart (hidden lines, date range, scale) and its
 * place in the address: query parameters named after the chart's id ("<id>.hide", "<id>.range",
 * "<id>.scale"), so several charts on a page keep their own, the state survives a reload, a
 * shared link and the language switch (which carries the query), and the default view writes
 * nothing. Pure: no DOM, so it is tested on its own.
 */
export type RangePreset = "first30" | "last30";
/** A preset, or a custom range: ISO dates on a date axis, whole days on a days axis. */
export type RangeSpec = { preset: RangePreset } | { from: string; to: string };

export interface ViewState {
  /** Series ids of the lines the reader hid. */
  hidden: string[];
  range: RangeSpec | null;
  log: boolean;
}

export const DEFAULT_VIEW: ViewState = { hidden: [], range: null, log: false };

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE_DAYS = /^-?\d{1,5}$/;

const key = (id: string, name: "hide" | "range" | "scale") => `${id}.${name}`;

/** The range as written in the address: "first30", "last30", "2026-01-01..2026-02-01", "0..30". */
export function rangeText(range: RangeSpec): string {
  return "preset" in range ? range.preset : `${range.from}..${range.to}`;
}

function parseRange(text: string | null): RangeSpec | null {
  if (text === "first30" || text === "last30") return { preset: text };
  // Stryker disable next-line StringLiteral: any text without ".." reads as no range, like ""
  const m = /^([^.]+)\.\.([^.]+)$/.exec(text ?? "");
  if (!m) return null;
  const [from, to] = [m[1], m[2]];
  const ok = (ISO_DATE.test(from) && ISO_DATE.test(to)) || (WHOLE_DAYS.test(from) && WHOLE_DAYS.test(to));
  return ok ? { from, to } : null;
}

/** Reads one chart's state from a query string; anything unreadable is the default. */
export function parseView(search: string | URLSearchParams, id: string): ViewState {
  // Stryker disable next-line ConditionalExpression: its "true" mutant copies the URLSearchParams, which reads the same
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const hidden = (params.get(key(id, "hide")) ?? "").split(",").filter((s) => /^[\w.-]+$/.test(s));
  return { hidden: [...new Set(hidden)], range: parseRange(params.get(key(id, "range"))), log: params.get(key(id, "scale")) === "log" };
}

/** Writes one chart's state into a copy of the query, leaving other charts' and pages' parameters alone. */
export function writeView(search: string | URLSearchParams, id: string, state: ViewState): URLSearchParams {
  const params = new URLSearchParams(search);
  const set = (name: "hide" | "range" | "scale", value: string | null) => (value ? params.set(key(id, name), value) : params.delete(key(id, name)));
  // Stryker disable next-line ConditionalExpression,EqualityOperator: "true" and ">=": no ids join to "", which set() deletes too
  set("hide", state.hidden.length > 0 ? [...state.hidden].sort().join(",") : null);
  set("range", state.range ? rangeText(state.range) : null);
  set("scale", state.log ? "log" : null);
  return params;
}

/** Only this chart's parameters, as "?…" (or "" for the default view): what its citation and embed code carry. */
export function viewQuery(id: string, state: ViewState): string {
  const q = writeView("", id, state).toString();
  return q ? `?${q}` : "";
}

/** A URL with the given query ("?…" or "") in place of its own, its fragment kept. */
export function withQuery(url: string, query: string): string {
  const hash = url.indexOf("#");
  const [base, fragment] = hash < 0 ? [url, ""] : [url.slice(0, hash), url.slice(hash)];
  // Stryker disable next-line Regex: ".*" runs to the end of the base anyway
  return `${base.replace(/\?.*$/, "")}${query}${fragment}`;
}

/** Epoch ms of an ISO date at 00:00 UTC (the chart's date axis), or NaN. */
const dateMs = (iso: string) => (ISO_DATE.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN);

/**
 * The x extent a range selects, in the axis' units (epoch ms or days), inside the chart's
 * own domain; null for the whole domain or a range that selects nothing readable. The first
 * and last 30 days count from the domain's ends (the wave's start, the latest figure).
 */
export function rangeDomain(range: RangeSpec | null, kind: "date" | "days", domain: [number, number]): [number, number] | null {
  if (!range) return null;
  const span = 30 * (kind === "date" ? DAY_MS : 1);
  const [d0, d1] = domain;
  let lo: number;
  let hi: number;
  if ("preset" in range) [lo, hi] = range.preset === "first30" ? [d0, d0 + span] : [d1 - span, d1];
  else if (kind === "date") [lo, hi] = [dateMs(range.from), dateMs(range.to) + DAY_MS - 1];
  else [lo, hi] = [Number(range.from), Number(range.to)];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: "false" and "&&": with one end NaN, "lo < hi" below is false too
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  // Stryker disable next-line EqualityOperator: swapping equal ends changes nothing
  if (lo > hi) [lo, hi] = [hi, lo];
  lo = Math.max(d0, lo);
  hi = Math.min(d1, hi);
  return lo < hi ? [lo, hi] : null;
}

/** ISO date (UTC) of an epoch ms, for the date inputs. */
export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Powers of ten covering [lo, hi] (lo > 0): the log axis' ticks, never a value the data lacks a place for. */
export function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); 10 ** e <= hi * 1.000001; e++) if (10 ** e >= lo / 1.000001) ticks.push(10 ** e);
  return ticks;
}
