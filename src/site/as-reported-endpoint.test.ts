import { beforeEach, describe, expect, it, vi } from "vitest";
import type { APIContext } from "astro";
import { useSmallSite } from "../../tests/unit/small-site.ts";
import { asReportedEndpoint } from "./as-reported-endpoint.ts";
import { loadSite } from "./load-site.ts";
import type { SiteContext } from "./site-context.ts";

// The endpoint reads the build's site; here, the small hand-made one (with one archived release).
vi.mock("./load-site.ts", () => ({ loadSite: vi.fn() }));

beforeEach(() => vi.mocked(loadSite).mockReset());

describe("<lang>/waves/<id>/as-reported.json", () => {
  it("exists for each wave of the latest pages in both languages, not for archived releases", () => {
    const { en, fa } = useSmallSite(loadSite);
    const paths = asReportedEndpoint().getStaticPaths();
    expect(paths.map((p) => p.params)).toEqual([
      { prefix: undefined, id: "mahsa-2022" },
      { prefix: undefined, id: "jan-2026" },
      { prefix: "fa", id: "mahsa-2022" },
      { prefix: "fa", id: "jan-2026" },
    ]);
    expect(paths.map((p) => p.props.ctx)).toEqual([en, en, fa, fa]);
  });
  it("serves the wave's cards by day as UTF-8 JSON", async () => {
    const { en } = useSmallSite(loadSite);
    const response = asReportedEndpoint().GET({ params: { id: "jan-2026" }, props: { ctx: en } } as unknown as APIContext<{ ctx: SiteContext }>);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    const body = JSON.parse(await response.text()) as { series: Record<string, { rank: number; states: { from: string; date: string; html: string }[] }> };
    expect(Object.keys(body.series).sort()).toEqual(["hrana-arrested-2026", "hrana-indicted-2026", "ihr-killed-2026", "judiciary-arrested-2026"]);
    expect(body.series["judiciary-arrested-2026"]!.states.map((s) => [s.from, s.date])).toEqual([["2026-01-08", "2026-01-08"]]);
    expect(body.series["judiciary-arrested-2026"]!.states[0]!.html).toContain('<a href="/figures/judiciary-a-8/">about 3,000</a>');
  });
  it("serves another wave's cards for another id", async () => {
    const { fa } = useSmallSite(loadSite);
    const response = asReportedEndpoint().GET({ params: { id: "mahsa-2022" }, props: { ctx: fa } } as unknown as APIContext<{ ctx: SiteContext }>);
    const body = JSON.parse(await response.text()) as { series: Record<string, { states: { from: string }[] }> };
    expect(Object.keys(body.series)).toEqual(["hrana-arrested-2022"]);
    expect(body.series["hrana-arrested-2022"]!.states.map((s) => s.from)).toEqual(["2022-09-21", "2022-10-02"]);
  });
});
