import { describe, expect, it } from "vitest";
import { dateTickLabels, xAxis, yAxis } from "./chart-axes.ts";
import { persianDate } from "../format/persian-calendar.ts";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("dateTickLabels", () => {
  it("labels days briefly, adding the year on the first tick and where the year changes", () => {
    expect(dateTickLabels([d("2025-12-21"), d("2025-12-28"), d("2026-01-04"), d("2026-01-11")], "en-GB")).toEqual([
      "21 Dec 2025",
      "28 Dec",
      "4 Jan 2026",
      "11 Jan",
    ]);
  });
  it("labels month starts by month", () => {
    expect(dateTickLabels([d("2022-10-01"), d("2023-01-01"), d("2023-04-01")], "en-GB")).toEqual(["Oct 2022", "Jan 2023", "Apr"]);
  });
  it("labels year starts by year", () => expect(dateTickLabels([d("2022-01-01"), d("2023-01-01")], "en-GB")).toEqual(["2022", "2023"]));
});

describe("yAxis", () => {
  it("starts at zero and rounds the top up", () => expect(yAxis(52941, [300, 0], "en-GB").domain).toEqual([0, 55000]));
  it("has a unit domain when every value is zero", () => expect(yAxis(0, [300, 0], "en-GB").domain).toEqual([0, 1]));
  it("never puts a tick between whole people", () => expect(yAxis(3, [300, 0], "en-GB").ticks.map((t) => t.label)).toEqual(["0", "1", "2", "3"]));
});

describe("xAxis in Persian: calendar-true ticks", () => {
  const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, "");
  const faMonth = (time: number) => new Intl.DateTimeFormat("fa-IR-u-ca-persian", { timeZone: "UTC", month: "long" }).format(new Date(time));
  it("puts month ticks on Persian month starts, named by that month, with the year first and at Nowruz", () => {
    const axis = xAxis("date", [t("2022-09-17"), t("2023-05-01")], [56, 704], "fa-IR");
    expect(axis.ticks.length).toBeGreaterThan(2);
    for (const tick of axis.ticks) {
      expect(persianDate(tick.value).day, `${new Date(tick.value).toISOString()} is a month start`).toBe(1);
      expect(strip(tick.label).startsWith(faMonth(tick.value)), `${strip(tick.label)} names its own month`).toBe(true);
    }
    // 1 Aban 1401 is 23 October 2022 (not 1 November), and Nowruz 1402 is 21 March 2023.
    const autumn = xAxis("date", [t("2022-10-01"), t("2023-01-10")], [56, 704], "fa-IR");
    expect(autumn.ticks.map((k) => [k.value, strip(k.label)])).toEqual([[t("2022-10-23"), "آبان ۱۴۰۱"], [t("2022-11-22"), "آذر"], [t("2022-12-22"), "دی"]]);
    const spring = xAxis("date", [t("2023-01-01"), t("2023-06-30")], [56, 704], "fa-IR");
    expect(spring.ticks.find((k) => k.value === t("2023-03-21"))?.label).toBe("\u2067فروردین ۱۴۰۲\u2069");
    expect(strip(axis.ticks[0].label)).toMatch(/۱۴۰۱$/);
    expect(axis.ticks.slice(1).filter((k) => /۱۴۰\d/.test(k.label)).every((k) => persianDate(k.value).month === 1)).toBe(true);
  });
  it("labels day ticks by their own Persian date on a short span, isolated right to left", () => {
    const axis = xAxis("date", [t("2025-12-28"), t("2026-01-20")], [56, 704], "fa-IR");
    for (const tick of axis.ticks) {
      expect(tick.label.startsWith("\u2067") && tick.label.endsWith("\u2069")).toBe(true);
      const d = persianDate(tick.value);
      expect(strip(tick.label)).toContain(`${new Intl.NumberFormat("fa-IR").format(d.day)} ${faMonth(tick.value)}`);
    }
  });
  it("keeps Gregorian ticks in English", () => {
    const axis = xAxis("date", [t("2022-09-17"), t("2023-05-01")], [56, 704], "en-GB");
    expect(axis.ticks.every((k) => new Date(k.value).getUTCDate() === 1)).toBe(true);
  });
});
