import { describe, expect, it } from "vitest";
import { COLOURS, contrastRatio, DASHES, MARKERS, relativeLuminance, seriesStyle } from "./palette.ts";

describe("palette", () => {
  it("keeps every colour at 3:1 or more against the light and the dark background", () => {
    for (const c of COLOURS) {
      expect(contrastRatio(c, "#ffffff"), `${c} on white`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c, "#111111"), `${c} on #111`).toBeGreaterThanOrEqual(3);
    }
  });
  it("computes WCAG contrast: black on white is 21:1", () => expect(contrastRatio("#000000", "#ffffff")).toBe(21));
  it("takes a very dark channel as linear, a lighter one through the sRGB curve", () => {
    // 10/255 = 0.0392 is under 0.04045: 0.0392 / 12.92 = 0.003035. 128/255 = 0.502: ((0.502 + 0.055) / 1.055)^2.4 = 0.2159.
    expect(relativeLuminance("#0a0a0a")).toBeCloseTo(0.003035, 6);
    expect(relativeLuminance("#808080")).toBeCloseTo(0.2159, 4);
  });
  it("gives the first six series six different colours, dashes and markers", () => {
    const styles = [0, 1, 2, 3, 4, 5].map(seriesStyle);
    for (const key of ["colour", "dash", "marker"] as const) expect(new Set(styles.map((s) => s[key])).size).toBe(6);
  });
  it("starts with a solid line and circles", () => expect(seriesStyle(0)).toEqual({ colour: "#0072b2", dash: "", marker: "circle" }));
  it("cycles when there are more series than styles", () => {
    expect(seriesStyle(COLOURS.length).colour).toBe(COLOURS[0]);
    expect(seriesStyle(DASHES.length).dash).toBe(DASHES[0]);
    expect(seriesStyle(MARKERS.length).marker).toBe(MARKERS[0]);
  });
});
