import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, logTicks, parseView, rangeDomain, viewQuery, withQuery, writeView } from "./view-state.ts";

const DAY = 86_400_000;
const JAN1 = Date.UTC(2026, 0, 1);

describe("a chart's view in the address", () => {
  it("writes only what differs from the default, under the chart's id", () => {
    expect(writeView("", "wave", DEFAULT_VIEW).toString()).toBe("");
    const q = writeView("", "wave", { hidden: ["b", "a"], range: { preset: "last30" }, log: true });
    expect(q.get("wave.hide")).toBe("a,b");
    expect(q.get("wave.range")).toBe("last30");
    expect(q.get("wave.scale")).toBe("log");
  });

  it("reads back what it wrote", () => {
    const state = { hidden: ["hrana-arrested-2025-26"], range: { from: "2026-01-05", to: "2026-01-20" }, log: false };
    expect(parseView(writeView("", "c1", state), "c1")).toEqual(state);
  });

  it("leaves other charts' and the page's parameters alone, and removes its own when back to default", () => {
    const q = writeView("?on=2026-01-10&other.hide=x&c1.hide=y", "c1", DEFAULT_VIEW);
    expect(q.toString()).toBe("on=2026-01-10&other.hide=x");
    expect(parseView(q, "other").hidden).toEqual(["x"]);
  });

  it("ignores what it cannot read", () => {
    expect(parseView("?c.range=yesterday&c.scale=sqrt&c.hide=<script>", "c")).toEqual(DEFAULT_VIEW);
    expect(parseView("?c.range=2026-01-01..30", "c").range).toBeNull();
  });

  it("reads the presets, a range of days and the log scale", () => {
    expect(parseView("?c.range=first30", "c").range).toEqual({ preset: "first30" });
    expect(parseView("?c.range=last30&c.scale=log", "c")).toEqual({ hidden: [], range: { preset: "last30" }, log: true });
    expect(parseView("?c.range=0..30", "c").range).toEqual({ from: "0", to: "30" });
    expect(parseView("?c.scale=linear", "c").log).toBe(false);
  });

  it("reads hidden series ids once each, and drops any with other characters or a third range end", () => {
    expect(parseView("?c.hide=hrana-2025,x<y,hrana-2025,ihr.k_1", "c").hidden).toEqual(["hrana-2025", "ihr.k_1"]);
    expect(parseView("?c.range=2026-01-01..2026-01-05..2026-02-01", "c").range).toBeNull();
  });

  it("gives a chart's own query for its citation and embed code, or nothing", () => {
    expect(viewQuery("c", DEFAULT_VIEW)).toBe("");
    expect(viewQuery("c", { ...DEFAULT_VIEW, log: true })).toBe("?c.scale=log");
  });

  it("puts a query into a URL, keeping its fragment and replacing its query", () => {
    expect(withQuery("https://x.org/v/1/compare/", "?c.scale=log")).toBe("https://x.org/v/1/compare/?c.scale=log");
    expect(withQuery("/waves/a/?old=1#chart", "?n=2")).toBe("/waves/a/?n=2#chart");
    expect(withQuery("/waves/a/?old=1#chart", "")).toBe("/waves/a/#chart");
    expect(withQuery("/waves/a/#chart", "?n=2")).toBe("/waves/a/?n=2#chart");
    expect(withQuery("#chart", "?n=2")).toBe("?n=2#chart");
  });
});

describe("the x extent of a range", () => {
  const domain: [number, number] = [JAN1, JAN1 + 60 * DAY];

  it("is the whole domain (null) without a range", () => {
    expect(rangeDomain(null, "date", domain)).toBeNull();
  });

  it("counts the first and last 30 days from the domain's ends", () => {
    expect(rangeDomain({ preset: "first30" }, "date", domain)).toEqual([JAN1, Date.UTC(2026, 0, 31)]);
    expect(rangeDomain({ preset: "last30" }, "date", domain)).toEqual([Date.UTC(2026, 0, 31), Date.UTC(2026, 2, 2)]);
    expect(rangeDomain({ preset: "last30" }, "days", [0, 100])).toEqual([70, 100]);
  });

  it("includes the whole last day of a custom range, and stays inside the domain", () => {
    expect(rangeDomain({ from: "2026-01-10", to: "2026-01-12" }, "date", domain)).toEqual([Date.UTC(2026, 0, 10), Date.UTC(2026, 0, 13) - 1]);
    expect(rangeDomain({ from: "2025-12-01", to: "2026-01-02" }, "date", domain)![0]).toBe(JAN1);
    expect(rangeDomain({ from: "40", to: "5" }, "days", [0, 30])).toEqual([5, 30]);
  });

  it("selects nothing readable outside the domain, or touching only its end", () => {
    expect(rangeDomain({ from: "30", to: "40" }, "days", [0, 30])).toBeNull();
    expect(rangeDomain({ from: "2027-01-01", to: "2027-02-01" }, "date", domain)).toBeNull();
  });
});

describe("log axis ticks", () => {
  it("are the powers of ten inside the domain", () => {
    expect(logTicks(1, 100_000)).toEqual([1, 10, 100, 1000, 10_000, 100_000]);
    expect(logTicks(100, 1000)).toEqual([100, 1000]);
    expect(logTicks(50, 5000)).toEqual([100, 1000]);
  });
});
