import { beforeEach, describe, expect, it, vi } from "vitest";
import { smallSite } from "../../tests/unit/small-site.ts";
import { embedPaths } from "./embed-paths.ts";
import { loadSite, type Site } from "./load-site.ts";

// The embed pages read the build's site; here, the small hand-made one.
vi.mock("./load-site.ts", () => ({ loadSite: vi.fn() }));

function useSmallSite() {
  const s = smallSite();
  vi.mocked(loadSite).mockReturnValue({ byLocale: { en: { current: s.en, archives: [s.enArchived] }, fa: { current: s.fa, archives: [] } } } as unknown as Site);
  return s;
}

beforeEach(() => vi.mocked(loadSite).mockReset());

describe("embed pages", () => {
  it("exist once per chart of the latest pages, under the chart's id", () => {
    const { en } = useSmallSite();
    const paths = embedPaths("en");
    expect(paths.map((p) => p.params.id)).toEqual([
      "home-detainees",
      "mahsa-2022-detainees",
      "jan-2026-detainees",
      "jan-2026-deaths",
      "series-hrana-arrested-2026",
      "series-ihr-killed-2026",
      "series-judiciary-arrested-2026",
      "series-hrana-indicted-2026",
      "series-hrana-arrested-2022",
      "compare-arrests",
    ]);
    expect(paths.every((p) => p.props.ctx === en)).toBe(true);
    expect(paths.map((p) => p.props.view.model.id)).toEqual(paths.map((p) => p.params.id));
  });
  it("show the Persian chart in Persian", () => {
    const { fa } = useSmallSite();
    const paths = embedPaths("fa");
    expect(paths[0]!.props.ctx).toBe(fa);
    expect(paths[0]!.props.view.model.title).toBe("بازداشت‌شدگان: اعتراضات دی ۱۴۰۴");
    expect(paths[0]!.props.view.model.lines[0]!.seriesHref).toBe("/fa/series/hrana-arrested-2026/");
  });
});
