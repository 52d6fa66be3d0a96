import type { Dataset, Origins } from "../datasets/dataset.ts";
import type { Problem } from "../datasets/problem.ts";
import { splitLine } from "./line-figures.ts";

/**
 * A cumulative series whose line goes down is allowed (sources revise their counts) but is
 * reported as a warning, and the chart shows the drop as published.
 */
export function revisionWarnings(data: Dataset, origins: Origins): Problem[] {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const out: Problem[] = [];
  for (const s of data.series) {
    if (!s.cumulative) continue;
    const { line } = splitLine(
      data.figures.filter((f) => f.series === s.id),
      sources,
    );
    for (let i = 1; i < line.length; i++) {
      const [prev, cur] = [line[i - 1], line[i]];
      const [pv, v] = [prev.value ?? prev.low!, cur.value ?? cur.low!];
      if (v >= pv) continue;
      const o = origins.get(cur) ?? { file: "data", path: "$" };
      out.push({
        severity: "warning",
        file: o.file,
        path: `${o.path}.value`,
        what: `cumulative series "${s.id}" goes down: ${v} on ${cur.as_of} after ${pv} on ${prev.as_of}`,
        fix: "if the source revised its count, keep both and explain it in notes; if it is a copying error, compare with the quote (never change a published figure)",
      });
    }
  }
  return out;
}
