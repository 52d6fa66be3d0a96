import type { APIContext } from "astro";
import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FIXTURE, useReleaseData } from "../../tests/unit/fixture-site.ts";
import { imageEndpoint } from "./image-endpoint.ts";
import { siteFrom } from "./load-site.ts";
import { makeRoutes } from "./routes.ts";

afterEach(() => vi.unstubAllEnvs());

/** The image endpoint over the test dataset's latest pages and, as if it were a release, its English pages under /v/2026-01-20/. */
function endpoint() {
  const site = siteFrom(FIXTURE);
  const archived = { ...site.byLocale.en.current, archived: true, routes: makeRoutes({ version: "2026-01-20" }) };
  return imageEndpoint(() => [
    { prefix: undefined, ctx: site.byLocale.en.current },
    { prefix: "fa", ctx: site.byLocale.fa.current },
    { prefix: "v/2026-01-20", ctx: archived },
  ]);
}

type Props = { kind: "svg" | "png"; svg: string };
const CHARTS = ["home-detainees", "example-wave-detainees", "example-wave-deaths", "compare-arrests"];

describe("/images/<chart>.svg and .png", () => {
  it("offer every chart of the latest pages as an SVG and a PNG in each language, and only the share card of a release", async () => {
    const paths = endpoint().getStaticPaths();
    const files = (prefix: string | undefined) => paths.filter((p) => p.params.prefix === prefix).map((p) => p.params.file);
    expect(files(undefined)).toEqual(CHARTS.flatMap((c) => [`${c}.svg`, `${c}.png`]));
    expect(files("fa")).toEqual(CHARTS.flatMap((c) => [`${c}.svg`, `${c}.png`]));
    expect(files("v/2026-01-20")).toEqual(CHARTS.map((c) => `${c}.png`));
  });

  it("are made for every page context of the build, each release's too", () => {
    useReleaseData();
    const paths = imageEndpoint().getStaticPaths();
    const files = (prefix: string | undefined) => paths.filter((p) => p.params.prefix === prefix).map((p) => p.params.file);
    expect(files(undefined).filter((f) => f.endsWith(".svg")).map((f) => f.replace(".svg", ".png"))).toEqual(files(undefined).filter((f) => f.endsWith(".png")));
    expect(files(undefined).length).toBeGreaterThan(0);
    for (const release of ["v/2026-02-01", "fa/v/2026-02-03"]) {
      expect(files(release).length, release).toBeGreaterThan(0);
      expect(files(release).every((f) => f.endsWith(".png")), release).toBe(true);
    }
  });

  it("draw the SVG with its footer and the PNG from the share card, each naming its page", async () => {
    const paths = endpoint().getStaticPaths();
    const props = (prefix: string | undefined, file: string) => paths.find((p) => p.params.prefix === prefix && p.params.file === file)!.props as Props;
    const svg = props(undefined, "home-detainees.svg");
    expect(svg.kind).toBe("svg");
    expect(svg.svg).toContain("Every figure and the document behind it:");
    expect(svg.svg).toContain("http://localhost:4321/#home-detainees");
    const card = props("fa", "example-wave-detainees.png");
    expect(card.kind).toBe("png");
    expect(card.svg).toContain('class="card-title"');
    expect(card.svg).toContain("http://localhost:4321/fa/waves/example-wave/#example-wave-detainees");
    const release = props("v/2026-01-20", "home-detainees.png");
    expect(release.svg).toContain("http://localhost:4321/v/2026-01-20/#home-detainees");
  });

  it("send the SVG as an SVG document and the card as a 1200×630 PNG", async () => {
    const e = endpoint();
    const paths = e.getStaticPaths();
    const get = (file: string) => e.GET({ props: paths.find((p) => p.params.prefix === undefined && p.params.file === file)!.props } as unknown as APIContext<Props>);
    const svg = await get("home-detainees.svg");
    expect(svg.headers.get("Content-Type")).toBe("image/svg+xml; charset=utf-8");
    expect(await svg.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const png = await get("home-detainees.png");
    expect(png.headers.get("Content-Type")).toBe("image/png");
    const meta = await sharp(Buffer.from(await png.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630]);
  });
});
