/**
 * SVG snapshot tests, after observablehq/plot's test/plot-snapshot.js: each fixture chart is
 * rendered, normalised (numbers at fixed precision, one element per line) and compared with
 * its committed golden in goldens/<name>.svg.
 *   - golden missing: it is written (and the test fails when CI=true, where goldens must exist);
 *   - mismatch: the new output is written to goldens/<name>-changed.svg and the test fails.
 * To accept a change, review the -changed file and move it over the golden.
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildChartModel } from "../../src/charts/chart-model.ts";
import { renderSvg } from "../../src/charts/svg-chart.ts";
import { FIXTURES } from "./fixtures.ts";

const GOLDENS = new URL("./goldens/", import.meta.url);

/** Numbers inside attributes at no more than 2 decimals; one element per line. */
function normaliseSvg(svg: string): string {
  const attrs = svg.replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/-?\d+\.\d+/g, (d) => String(+(+d).toFixed(2)))}"`);
  return attrs.replace(/>\s*</g, ">\n<").trim() + "\n";
}

describe("normaliseSvg", () => {
  it("rounds numbers in attributes, leaves text alone and puts one element per line", () => {
    expect(normaliseSvg(`<svg x="1.23456"><text y="2.5">v1.23456</text></svg>`)).toBe(`<svg x="1.23">\n<text y="2.5">v1.23456</text>\n</svg>\n`);
  });
});

describe("chart SVG snapshots", () => {
  for (const fixture of FIXTURES) {
    it(`${fixture.name} matches goldens/${fixture.name}.svg`, () => {
      const actual = normaliseSvg(renderSvg(buildChartModel(fixture.input), fixture.svg));
      const golden = new URL(`${fixture.name}.svg`, GOLDENS);
      const changed = new URL(`${fixture.name}-changed.svg`, GOLDENS);
      if (!existsSync(golden)) {
        mkdirSync(GOLDENS, { recursive: true });
        writeFileSync(golden, actual, "utf8");
        if (process.env.CI === "true") expect.fail(`goldens/${fixture.name}.svg was missing (written now); commit it`);
        return;
      }
      if (readFileSync(golden, "utf8") === actual) {
        if (existsSync(changed)) unlinkSync(changed);
        return;
      }
      writeFileSync(changed, actual, "utf8");
      expect.fail(`goldens/${fixture.name}.svg differs from the output: compare it with goldens/${fixture.name}-changed.svg, and move that file over the golden if the change is intended`);
    });
  }
});
