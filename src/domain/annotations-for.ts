import type { Measure } from "../datasets/schemas/measure.ts";
import type { Annotation } from "../datasets/schemas/wave.ts";

/**
 * The events a chart of these measures shows: those about one of its measures, and those about
 * the whole wave. A jump in HRANA's arrest count is never stamped on a chart of deaths.
 */
export function annotationsFor(annotations: Annotation[], measures: Measure[]): Annotation[] {
  return annotations.filter((a) => !a.measures || a.measures.some((m) => measures.includes(m)));
}
