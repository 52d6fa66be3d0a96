import { beforeEach, describe, expect, it, vi } from "vitest";
import { useSmallSite, SMALL_SITE_CHARTS } from "../../tests/unit/small-site.ts";
import { embedPaths } from "./embed-paths.ts";
import { loadSite } from "./load-site.ts";

// The embed pages read the build's site; here, the small hand-made one.
vi.mock("./load-site.ts", () => ({ loadSite: vi.fn() }));

beforeEach(() => vi.mocked(loadSite).mockReset());

describe("embed pages", () => {
  it("exist once per chart of the latest pages, under the chart's id", () => {
    const { en } = useSmallSite(loadSite);
    const paths = embedPaths("en");
    expect(paths.map((p) => p.params.id)).toEqual(SMALL_SITE_CHARTS);
    expect(paths.every((p) => p.props.ctx === en)).toBe(true);
    expect(paths.map((p) => p.props.view.model.id)).toEqual(paths.map((p) => p.params.id));
  });
  it("show the Persian chart in Persian", () => {
    const { fa } = useSmallSite(loadSite);
    const paths = embedPaths("fa");
    expect(paths[0]!.props.ctx).toBe(fa);
    expect(paths[0]!.props.view.model.title).toBe("بازداشت‌شدگان: اعتراضات دی ۱۴۰۴");
    expect(paths[0]!.props.view.model.lines[0]!.seriesHref).toBe("/fa/series/hrana-arrested-2026/");
  });
});
