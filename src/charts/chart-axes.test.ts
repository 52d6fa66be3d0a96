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

describe("xAxis: days since the wave began", () => {
  it("widens a single day by one day on each side", () => expect(xAxis("days", [5, 5], [56, 704], "en-GB").domain).toEqual([4, 6]));
  it("gives about one tick per 130 px of plot, at round numbers of days", () => {
    // 260 px: two ticks wanted, so a step of 50 over 100 days; 650 px: five, so a step of 20.
    expect(xAxis("days", [0, 100], [200, 460], "en-GB").ticks).toEqual([
      { value: 0, pos: 200, label: "0" },
      { value: 50, pos: 330, label: "50" },
      { value: 100, pos: 460, label: "100" },
    ]);
    expect(xAxis("days", [0, 100], [50, 700], "en-GB").ticks.map((k) => [k.label, k.pos])).toEqual([["0", 50], ["20", 180], ["40", 310], ["60", 440], ["80", 570], ["100", 700]]);
  });
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
  it("over a Persian year, ticks every third month from Nowruz", () => {
    // 1402: 1 Farvardin = 21 March 2023, 1 Tir = 22 June, 1 Mehr = 23 September, 1 Dey = 22 December.
    const axis = xAxis("date", [t("2023-03-21"), t("2024-03-19")], [56, 704], "fa-IR");
    expect(axis.ticks.map((k) => [k.value, strip(k.label)])).toEqual([[t("2023-03-21"), "فروردین ۱۴۰۲"], [t("2023-06-22"), "تیر"], [t("2023-09-23"), "مهر"], [t("2023-12-22"), "دی"]]);
  });
  it("over several years, ticks at each Nowruz, labelled by the year alone", () => {
    const axis = xAxis("date", [t("2019-03-21"), t("2024-03-19")], [56, 704], "fa-IR");
    expect(axis.ticks.map((k) => [k.value, strip(k.label)])).toEqual([
      [t("2019-03-21"), "۱۳۹۸"], [t("2020-03-20"), "۱۳۹۹"], [t("2021-03-21"), "۱۴۰۰"], [t("2022-03-21"), "۱۴۰۱"], [t("2023-03-21"), "۱۴۰۲"],
    ]);
  });
  it("on day ticks, adds the Persian year on the first tick and on the first of the new year", () => {
    // Sundays 10, 17 and 24 March 2024: 20 and 27 Esfand 1402, then 5 Farvardin 1403.
    expect(dateTickLabels([d("2024-03-10"), d("2024-03-17"), d("2024-03-24")], "fa-IR").map(strip)).toEqual(["۲۰ اسفند ۱۴۰۲", "۲۷ اسفند", "۵ فروردین ۱۴۰۳"]);
  });
});
