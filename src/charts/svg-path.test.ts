import { describe, expect, it } from "vitest";
import { relativePath } from "./svg-path.ts";

describe("relativePath", () => {
  it("starts with an absolute move, then relative steps", () => {
    expect(relativePath([[61, 329], [64, 327], [68, 330]])).toBe("M61,329l3-2 4,3");
  });
  it("lets a minus sign separate numbers, and closes when asked", () => {
    expect(relativePath([[64, 319], [72.1, 319], [72.1, 327.1], [64, 327.1]], true)).toBe("M64,319l8.1,0 0,8.1-8.1,0z");
  });
  it("steps between the rounded points, so no float error builds up", () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; the path says 0.3.
    expect(relativePath([[0.1, 0], [0.3, 0.04], [0.61, -0.04]])).toBe("M0.1,0l0.2,0 0.3,0");
  });
  it("writes nothing for no points, and never -0", () => {
    expect(relativePath([])).toBe("");
    expect(relativePath([[1, 1], [1.01, 0.99]])).toBe("M1,1l0,0");
  });
});
