import { describe, expect, it } from "vitest";
import type { Annotation } from "../datasets/schemas/wave.ts";
import { annotationsFor } from "./annotations-for.ts";

const a = (id: string, measures?: Annotation["measures"]) => ({ id, start: "2026-01-11", label: id, source: { document: "d" }, ...(measures && { measures }) }) as Annotation;

describe("annotationsFor", () => {
  const all = [a("shutdown"), a("arrest-jump", ["arrested"]), a("backfill", ["arrested", "killed"])];
  it("keeps an arrest-count jump off a deaths chart, and events of the whole wave on every chart", () => {
    expect(annotationsFor(all, ["killed"]).map((x) => x.id)).toEqual(["shutdown", "backfill"]);
    expect(annotationsFor(all, ["sentenced_to_death", "executed"]).map((x) => x.id)).toEqual(["shutdown"]);
    expect(annotationsFor(all, ["arrested", "identified_detainees"]).map((x) => x.id)).toEqual(["shutdown", "arrest-jump", "backfill"]);
  });
});
