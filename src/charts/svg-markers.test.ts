import { describe, expect, it } from "vitest";
import { caretPath, markerPath, markerSvg, pointKind } from "./svg-markers.ts";

/** The absolute vertices of a path written as "M x,y" then relative "l" steps (and "z"). */
function vertices(d: string): number[][] {
  const [move, steps = ""] = d.replace(/z$/, "").split("l");
  const at = [move.slice(1).split(",").map(Number)];
  const nums = (steps.match(/-?[\d.]+/g) ?? []).map(Number);
  for (let i = 0; i < nums.length; i += 2) at.push([at.at(-1)![0] + nums[i], at.at(-1)![1] + nums[i + 1]]);
  return at;
}
/** Each vertex within 0.05 of the expected one (paths are written to a tenth). */
function expectVertices(d: string, expected: number[][]): void {
  const got = vertices(d);
  expect(got).toHaveLength(expected.length);
  got.forEach(([x, y], i) => {
    expect(x, `vertex ${i} x`).toBeCloseTo(expected[i][0], 1);
    expect(y, `vertex ${i} y`).toBeCloseTo(expected[i][1], 1);
  });
}

// Every marker below is centred on (50, 50) with r = 10; expected vertices worked out by hand
// from each shape's proportions (SVG y grows downwards).
describe("markerPath: the shapes that tell the third to sixth lines apart", () => {
  it("square: sides 1.8 r, centred", () => {
    const d = markerPath("square", 50, 50, 10);
    expect(d).toMatch(/z$/);
    expectVertices(d, [[41, 41], [59, 41], [59, 59], [41, 59]]);
  });
  it("triangle: apex up 1.25 r, base 0.8 r below, 2.3 r wide", () => {
    expectVertices(markerPath("triangle", 50, 50, 10), [[50, 37.5], [61.5, 58], [38.5, 58]]);
  });
  it("diamond: corners 1.25 r above, right, below and left", () => {
    expectVertices(markerPath("diamond", 50, 50, 10), [[50, 37.5], [62.5, 50], [50, 62.5], [37.5, 50]]);
  });
  it("cross: arms 0.84 r thick reaching 1.2 r out, traced clockwise from the top arm", () => {
    expectVertices(markerPath("cross", 50, 50, 10), [
      [45.8, 38], [54.2, 38], [54.2, 45.8], [62, 45.8], [62, 54.2], [54.2, 54.2],
      [54.2, 62], [45.8, 62], [45.8, 54.2], [38, 54.2], [38, 45.8], [45.8, 45.8],
    ]);
  });
  it("star: five points 1.35 r out, the first straight up, with inner corners 0.58 r out between them", () => {
    // Outer points at -90°, -18°, 54°, 126°, 198°; inner corners at -54°, 18°, 90°, 162°, 234°.
    expectVertices(markerPath("star", 50, 50, 10), [
      [50, 36.5], [53.4, 45.3], [62.8, 45.8], [55.5, 51.8], [57.9, 60.9],
      [50, 55.8], [42.1, 60.9], [44.5, 51.8], [37.2, 45.8], [46.6, 45.3],
    ]);
  });
});

describe("markerSvg", () => {
  it("draws a circle as <circle> and every other shape as a path, with the caller's attributes", () => {
    expect(markerSvg("circle", 12.34, 5, 4.5, `class="m"`)).toBe(`<circle cx="12.3" cy="5" r="4.5" class="m"/>`);
    expect(markerSvg("diamond", 50, 50, 10, `fill="red"`)).toBe(`<path d="${markerPath("diamond", 50, 50, 10)}" fill="red"/>`);
  });
});

describe("caretPath", () => {
  it("is a chevron 6 wide and 3.5 high, 2.5 above the marker's top", () => {
    // Marker top at 50 - 4 = 46; the chevron's feet at 43.5, its tip at 40.
    expectVertices(caretPath(50, 50, 4), [[47, 43.5], [50, 40], [53, 43.5]]);
  });
});

describe("pointKind", () => {
  it("draws lower bounds open with a caret, approximations dashed, exact values filled", () => {
    expect(pointKind({ qualifier: "at_least" })).toBe("lower");
    expect(pointKind({ qualifier: "more_than" })).toBe("lower");
    expect(pointKind({ qualifier: "about" })).toBe("approx");
    expect(pointKind({ qualifier: "up_to" })).toBe("approx");
    expect(pointKind({ qualifier: "exact" })).toBe("exact");
  });
  it("draws a range as a bar, and so any point that has a high end", () => {
    expect(pointKind({ qualifier: "range" })).toBe("range");
    expect(pointKind({ qualifier: "range", pyHigh: 80 })).toBe("range");
    expect(pointKind({ qualifier: "about", pyHigh: 80 })).toBe("range");
  });
});
