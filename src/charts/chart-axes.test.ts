import { describe, expect, it } from "vitest";
import { dateTickLabels, yAxis } from "./chart-axes.ts";

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
