import { beforeEach, describe, expect, it, vi } from "vitest";
import type { APIContext } from "astro";
import type { ChartModel } from "../charts/chart-types.ts";
import { SMALL_SITE_CHARTS, useSmallSite } from "../../tests/unit/small-site.ts";
import { chartEndpoint } from "./chart-endpoint.ts";
import { loadSite } from "./load-site.ts";
import { homeChart } from "./page-charts.ts";

// The endpoint reads the build's site; here, the small hand-made one, with one archived release in English.
vi.mock("./load-site.ts", () => ({ loadSite: vi.fn() }));

beforeEach(() => vi.mocked(loadSite).mockReset());

describe("/charts/<id>.json", () => {
  it("serves each chart wide and narrow in every context, and the embed layout for the latest pages only", () => {
    useSmallSite(loadSite);
    const paths = chartEndpoint().getStaticPaths();
    const latest = SMALL_SITE_CHARTS.flatMap((id) => [id, `${id}.narrow`, `${id}.embed`]);
    const archived = SMALL_SITE_CHARTS.flatMap((id) => [id, `${id}.narrow`]);
    expect(paths.map((p) => p.params)).toEqual([
      ...latest.map((id) => ({ prefix: undefined, id })),
      ...archived.map((id) => ({ prefix: "v/1.0.0", id })),
      ...latest.map((id) => ({ prefix: "fa", id })),
    ]);
  });
  it("gives each file its layout: wide, narrow for phones, shorter narrow for embeds", () => {
    useSmallSite(loadSite);
    const model = (prefix: string | undefined, id: string) => chartEndpoint().getStaticPaths().find((p) => p.params.prefix === prefix && p.params.id === id)!.props.model;
    expect(model(undefined, "jan-2026-deaths")).toMatchObject({ id: "jan-2026-deaths", layout: "wide", width: 720, height: 360 });
    expect(model(undefined, "jan-2026-deaths.narrow")).toMatchObject({ id: "jan-2026-deaths", layout: "narrow", width: 340, height: 440 });
    // An embed's frame is often 560 px tall: its narrow chart is 270 units tall.
    expect(model(undefined, "jan-2026-deaths.embed")).toMatchObject({ id: "jan-2026-deaths", layout: "narrow", width: 340, height: 270 });
    expect(model("fa", "home-detainees").title).toBe("بازداشت‌شدگان: اعتراضات دی ۱۴۰۴");
    expect(model("v/1.0.0", "series-ihr-killed-2026").lines[0]!.seriesHref).toBe("/v/1.0.0/series/ihr-killed-2026/");
  });
  it("sends the model as UTF-8 JSON", async () => {
    const { fa } = useSmallSite(loadSite);
    const { model } = homeChart(fa);
    const response = chartEndpoint().GET({ props: { model } } as unknown as APIContext<{ model: ChartModel }>);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    const body = JSON.parse(await response.text()) as ChartModel;
    expect(body.id).toBe("home-detainees");
    expect(body.title).toBe("بازداشت‌شدگان: اعتراضات دی ۱۴۰۴");
    expect(body.lines.map((l) => l.seriesId)).toEqual(["hrana-arrested-2026", "judiciary-arrested-2026"]);
  });
});
