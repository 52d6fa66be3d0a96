import type { APIContext } from "astro";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useFixtureData } from "../../tests/unit/fixture-site.ts";
import { searchEndpoint } from "./search-endpoint.ts";
import type { SiteContext } from "./site-context.ts";

afterEach(() => vi.unstubAllEnvs());

/** The endpoint, over the test dataset. */
async function endpoint() {
  useFixtureData();
  return searchEndpoint();
}

describe("/search/documents.json of the test dataset", () => {
  it("exists once per language, for the latest data only", async () => {
    const paths = (await endpoint()).getStaticPaths();
    expect(paths.map((p) => p.params.prefix)).toEqual([undefined, "fa"]);
    expect(paths.map((p) => [p.props.ctx.locale, p.props.ctx.archived])).toEqual([["en", false], ["fa", false]]);
  });

  it("holds every figure, document and organisation, linked in the page's language, as JSON", async () => {
    const e = await endpoint();
    const [en, fa] = e.getStaticPaths();
    const get = async (ctx: SiteContext) => {
      const response = e.GET({ props: { ctx } } as unknown as APIContext<{ ctx: SiteContext }>);
      expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
      return (await response.json()) as { documents: Array<{ url: string; kind: string }> };
    };
    const english = await get(en.props.ctx);
    expect(english.documents.map((d) => d.kind).sort()).toEqual([...Array(5).fill("figure"), ...Array(2).fill("organisation"), ...Array(3).fill("source")]);
    expect(english.documents.map((d) => d.url)).toContain("/organisations/example-monitor/");
    const persian = await get(fa.props.ctx);
    expect(persian.documents).toHaveLength(10);
    expect(persian.documents.every((d) => d.url.startsWith("/fa/"))).toBe(true);
  });
});
