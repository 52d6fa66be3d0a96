import { describe, expect, it } from "vitest";
import type { Release } from "../datasets/schemas/release.ts";
import { figureHistory, releasesUpTo } from "./figure-history.ts";

const release = (version: string, figures: Array<{ id: string; value: number }>, changes: Partial<Release["changes"]> = {}) =>
  ({
    version,
    date: version.slice(0, 10),
    data: { figures },
    changes: { figures_added: [], figures_changed: [], figures_removed: [], sources_added: [], ...changes },
  }) as unknown as Release;

// f-1 appears in the second release, is corrected in the third, unchanged in the fourth, withdrawn in the fifth.
const releases = [
  release("2026-11-29", [{ id: "f-0", value: 1 }], { figures_added: ["f-0"] }),
  release("2026-11-29.2", [{ id: "f-0", value: 1 }, { id: "f-1", value: 100 }], { figures_added: ["f-1"] }),
  release("2026-12-01", [{ id: "f-0", value: 1 }, { id: "f-1", value: 120 }], { figures_changed: [{ id: "f-1", reason: "the source corrected it" }] }),
  release("2026-12-02", [{ id: "f-0", value: 1 }, { id: "f-1", value: 120 }]),
  release("2026-12-03", [{ id: "f-0", value: 1 }], { figures_removed: [{ id: "f-1", reason: "a duplicate" }] }),
];

describe("figureHistory", () => {
  it("tells a figure's life from the release that added it: changed with its reason, unchanged, withdrawn with its reason", () => {
    const history = figureHistory("f-1", releases);
    expect(history.map((e) => [e.version, e.status, e.reason ?? null, e.figure?.value ?? null])).toEqual([
      ["2026-11-29.2", "added", null, 100],
      ["2026-12-01", "changed", "the source corrected it", 120],
      ["2026-12-02", "unchanged", null, 120],
      ["2026-12-03", "removed", "a duplicate", null],
    ]);
    expect(history[0].date).toBe("2026-11-29");
  });
  it("says a figure is absent from a release after it left without a withdrawal, and has no history if it never existed", () => {
    const later = [...releases.slice(0, 2), release("2026-12-05", [{ id: "f-0", value: 1 }])];
    expect(figureHistory("f-1", later).map((e) => e.status)).toEqual(["added", "absent"]);
    expect(figureHistory("nope", releases)).toEqual([]);
  });
});

describe("releasesUpTo", () => {
  it("keeps the releases up to and including a version, same-day ones in order", () => {
    expect(releasesUpTo(releases, "2026-11-29.2").map((r) => r.version)).toEqual(["2026-11-29", "2026-11-29.2"]);
    expect(releasesUpTo(releases, "2026-11-29").map((r) => r.version)).toEqual(["2026-11-29"]);
    expect(releasesUpTo(releases, "2026-12-03")).toHaveLength(5);
  });
});
