import { describe, expect, it } from "vitest";
import { persianDate, persianMonthStarts } from "./persian-calendar.ts";

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

describe("persianMonthStarts", () => {
  // Nowruz (1 Farvardin) by the official Iranian calendar, and the leap years' 30 Esfand.
  it("puts 1 Farvardin on Nowruz, 2009–2030", () => {
    const nowruz = persianMonthStarts(t("2009-01-01"), t("2030-12-31")).filter((m) => m.month === 1);
    expect(nowruz.map((m) => [m.year, iso(m.time)])).toEqual(
      expect.arrayContaining([
        [1388, "2009-03-21"], [1399, "2020-03-20"], [1400, "2021-03-21"], [1401, "2022-03-21"], [1402, "2023-03-21"],
        [1403, "2024-03-20"], [1404, "2025-03-21"], [1405, "2026-03-21"], [1406, "2027-03-21"], [1408, "2029-03-20"], [1409, "2030-03-21"],
      ]),
    );
    expect(nowruz.map((m) => m.year)).toEqual(Array.from({ length: 1409 - 1388 + 1 }, (_, i) => 1388 + i));
  });
  it("gives the leap years 1399, 1403 and 1408 a 30th of Esfand", () => {
    for (const [year, day] of [[1399, "2021-03-20"], [1403, "2025-03-20"], [1408, "2030-03-20"]] as const) {
      expect(persianDate(t(day))).toEqual({ year, month: 12, day: 30 });
    }
    expect(persianDate(t("2024-03-19"))).toEqual({ year: 1402, month: 12, day: 29 }); // 1402 is not leap
  });
  it("finds every month start, each the day after the previous month's last day, 2009–2027", () => {
    const starts = persianMonthStarts(t("2009-01-01"), t("2027-12-31"));
    // 1 Jan 2009 is 12 Dey 1387 and 31 Dec 2027 is 10 Dey 1406: Bahman 1387 to Dey 1406 inclusive.
    expect(starts.length).toBe((1406 - 1387) * 12 + (10 - 11) + 1);
    expect([starts[0].year, starts[0].month, starts.at(-1)!.year, starts.at(-1)!.month]).toEqual([1387, 11, 1406, 10]);
    for (const m of starts) {
      expect(persianDate(m.time)).toMatchObject({ day: 1, month: m.month, year: m.year });
      expect(persianDate(m.time - 86_400_000).day, `the day before ${iso(m.time)}`).toBeGreaterThanOrEqual(29);
    }
    starts.slice(1).forEach((m, i) => expect((m.month - starts[i].month + 12) % 12).toBe(1));
  });
  it("knows the month starts the review names", () => {
    const starts = persianMonthStarts(t("2022-09-01"), t("2026-02-28")).map((m) => [m.year, m.month, iso(m.time)]);
    expect(starts).toEqual(expect.arrayContaining([[1401, 8, "2022-10-23"], [1404, 10, "2025-12-22"], [1404, 11, "2026-01-21"]]));
  });
});
