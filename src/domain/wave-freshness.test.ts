import { describe, expect, it } from "vitest";
import type { DatasetFigure } from "../datasets/dataset.ts";
import type { SourceDocument } from "../datasets/schemas/source-document.ts";
import type { Wave } from "../datasets/schemas/wave.ts";
import { waveFreshness } from "./wave-freshness.ts";

const sources = new Map<string, SourceDocument>([["d", { id: "d", published: "2026-02-21" } as SourceDocument], ["n", { id: "n", published: null } as SourceDocument]]);
const fig = (id: string, as_of: string | null, source = "n") => ({ id, as_of, source }) as DatasetFigure;

describe("waveFreshness", () => {
  it("names the figure placed latest, an undated one by its publication day, and the searched-until day", () => {
    const f = waveFreshness({ searched_until: "2026-12-01" } as Wave, [fig("a", "2026-02-11"), fig("b", null, "d"), fig("c", null)], sources);
    expect([f.newest?.id, f.newestDay, f.searchedUntil]).toEqual(["b", "2026-02-21", "2026-12-01"]);
  });
  it("says nothing it does not know", () => expect(waveFreshness({} as Wave, [], sources)).toEqual({ newest: null, newestDay: null, searchedUntil: null }));
});
