import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { FIXTURE, fixtureCopy } from "../../tests/unit/fixture-site.ts";
import { siteFrom, type Site } from "./load-site.ts";
import { imageCharts } from "./page-charts.ts";
import { versionRoutes } from "./routes.ts";
import * as images from "./share-images.ts";
import type { SiteContext } from "./site-context.ts";

let fixture: Site | undefined;

/** The test dataset's latest pages (or those of a copy with `edit` applied), and the image code. */
async function load(edit?: Parameters<typeof fixtureCopy>[0]) {
  const site = edit ? siteFrom(fixtureCopy(edit)) : (fixture ??= siteFrom(FIXTURE));
  const en = site.byLocale.en.current;
  const fa = site.byLocale.fa.current;
  const chart = (ctx: SiteContext, id: string) => imageCharts(ctx).find((v) => v.model.id === id)!;
  return { ...images, en, fa, chart };
}

/** The words a card writes out, its lines joined again. */
const wordsOf = (svg: string) => [...svg.matchAll(/<text class="card-words"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");

const LINE_CLAIM = "Example Monitor estimated between 3,000 and 4,000 people arrested, as reported by Example News (as of 12 January 2026).";

describe("a page's share image", () => {
  it("is the card of the page's chart, its alt text the title and the latest claims, without the timeline's events", async () => {
    const { shareImage, en } = await load();
    const image = shareImage(en, "example-wave-detainees");
    expect(image.url).toBe("http://localhost:4321/images/example-wave-detainees.png");
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(image.alt).toBe(
      `Line chart "People arrested and detained: Example wave from 1 January 2026 (test only)", with its sources below. Figures up to 12 January 2026. Latest claim of each line: ${LINE_CLAIM}`,
    );
    expect(image.shortAlt).toBe(image.alt);
  });

  it("is the home chart's card on a page without a chart of its own", async () => {
    const { shareImage, en, fa } = await load();
    expect(shareImage(en, undefined).url).toBe("http://localhost:4321/images/home-detainees.png");
    expect(shareImage(en, "no-such-chart").url).toBe("http://localhost:4321/images/home-detainees.png");
    expect(shareImage(fa, undefined).url).toBe("http://localhost:4321/fa/images/home-detainees.png");
  });

  it("says the claims are written out when there are too few figures for a chart", async () => {
    const { shareImage, en } = await load();
    expect(shareImage(en, "example-wave-deaths").alt).toBe(
      'Image headed "People killed: Example wave from 1 January 2026 (test only)": Figures up to 11 January 2026. Latest claim of each: Example Observatory estimated about 62 people killed, as reported by Example Monitor (as of 11 January 2026).',
    );
  });

  it("keeps an alt text of exactly Twitter's 420 characters whole, and cuts a longer one to the title and date", async () => {
    // The fixed words of the home card's alt text are 233 characters: a wave title of 187 makes 420.
    const titled = (n: number) => (waves: { waves: Array<Record<string, unknown>> }) => void (waves.waves[0].title = "T".repeat(n));
    const at = await load(titled(187));
    const whole = at.shareImage(at.en, undefined);
    expect(whole.alt.length).toBe(420);
    expect(whole.shortAlt).toBe(whole.alt);
    const over = await load(titled(188));
    const cut = over.shareImage(over.en, undefined);
    expect(cut.alt.length).toBe(421);
    expect(cut.shortAlt).toBe(`Line chart "People arrested: ${"T".repeat(188)}", with its sources below. Figures up to 12 January 2026.`);
  });

  it("sends the reader of an image to the page with every figure", async () => {
    const { chartPageUrl, en, fa } = await load();
    expect(chartPageUrl(en, "home-detainees")).toBe("http://localhost:4321/#home-detainees");
    expect(chartPageUrl(fa, "example-wave-detainees")).toBe("http://localhost:4321/fa/waves/example-wave/#example-wave-detainees");
  });
});

describe("a chart's files", () => {
  it("live under /images/ of the page's language or release", async () => {
    const { imagePath, en, fa } = await load();
    expect(imagePath(en, "home-detainees", "svg")).toBe("/images/home-detainees.svg");
    expect(imagePath(fa, "home-detainees", "png")).toBe("/fa/images/home-detainees.png");
    expect(imagePath({ ...en, routes: versionRoutes("2026-12-01") }, "home-detainees", "png")).toBe("/v/2026-12-01/images/home-detainees.png");
  });

  it("the SVG to download carries its sources, date and page, links every point to the site, and needs no stylesheet", async () => {
    const { standaloneSvg, en, chart } = await load();
    const svg = standaloneSvg(en, chart(en, "home-detainees"), "http://localhost:4321/");
    for (const line of ["Sources: Example Monitor.", "Figures up to 12 January 2026.", "Every figure and the document behind it:", "http://localhost:4321/"]) expect(svg).toContain(line);
    expect(svg).toContain('href="http://localhost:4321/figures/example-monitor-arrested-2026.2026-01-10.example-monitor-day-10/"');
    expect(svg).toContain('id="home-detainees-file');
    expect(svg).not.toMatch(/var\(--/);
    expect(svg).toMatch(/^<svg/);
    // It opens in a viewer: resvg parses it as strict XML and draws it.
    expect(new Resvg(svg).render().width).toBeGreaterThan(0);
  });

  it("the Persian SVG writes its footer right to left", async () => {
    const { standaloneSvg, en, fa, chart } = await load();
    const rtl = standaloneSvg(fa, chart(fa, "home-detainees"), "http://localhost:4321/fa/");
    const ltr = standaloneSvg(en, chart(en, "home-detainees"), "http://localhost:4321/");
    expect(rtl).toMatch(/text-anchor="end"[^>]*>[^<]*(منابع|ارقام)/);
    expect(ltr).not.toMatch(/text-anchor="end"[^>]*>[^<]*Sources/);
  });

  it("the share card draws the chart where there is one, and writes the claims out where there are too few figures", async () => {
    const { shareCardSvg, en, chart } = await load();
    const drawn = shareCardSvg(en, chart(en, "home-detainees"), "http://localhost:4321/");
    expect(drawn).toContain('id="home-detainees-card');
    expect(drawn).not.toMatch(/var\(--/);
    expect(drawn).toContain("Sources: Example Monitor.");
    const sparse = shareCardSvg(en, chart(en, "example-wave-deaths"), "http://localhost:4321/waves/example-wave/");
    expect(sparse).not.toContain("example-wave-deaths-card");
    expect(wordsOf(sparse)).toBe("Latest claim of each: Example Observatory estimated about 62 people killed, as reported by Example Monitor (as of 11 January 2026).");
  });

  it("a chart with no figures at all writes its summary on the card", async () => {
    const { shareCardSvg, en, chart } = await load();
    const view = chart(en, "compare-arrests");
    expect(view.model.lines).toEqual([]);
    const card = shareCardSvg(en, view, "http://localhost:4321/compare/");
    expect(card).not.toContain("compare-arrests-card");
    expect(wordsOf(card)).toBe(view.model.summary);
    expect(card).toContain("Figures up to —.");
  });

  it("the Persian share card writes right to left", async () => {
    const { shareCardSvg, en, fa, chart } = await load();
    expect(shareCardSvg(fa, chart(fa, "home-detainees"), "http://localhost:4321/fa/")).toMatch(/<text class="card-title"[^>]*text-anchor="end"/);
    expect(shareCardSvg(en, chart(en, "home-detainees"), "http://localhost:4321/")).not.toMatch(/<text class="card-title"[^>]*text-anchor="end"/);
  });

  it("the PNG is the card at 1200 pixels wide, or the width asked, on white", async () => {
    const { svgToPng } = await load();
    const empty = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63" viewBox="0 0 120 63"></svg>';
    const png = Buffer.from(svgToPng(empty));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const { data, info } = await sharp(Buffer.from(svgToPng(empty, 240))).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([240, 126]);
    expect([...data.subarray(0, info.channels)].slice(0, 4)).toEqual(info.channels === 4 ? [255, 255, 255, 255] : [255, 255, 255]);
  });

  it("the PNG draws its text (the fonts are found)", async () => {
    const { svgToPng } = await load();
    const text = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-size="28" font-family="sans-serif" fill="#000">Sources</text></svg>';
    const { data, info } = await sharp(Buffer.from(svgToPng(text, 200))).raw().toBuffer({ resolveWithObject: true });
    let dark = 0;
    for (let i = 0; i < data.length; i += info.channels) if (data[i] < 128) dark++;
    expect(dark).toBeGreaterThan(100);
  });
});
