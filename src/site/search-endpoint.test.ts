import type { APIContext } from "astro";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useReleaseData } from "../../tests/unit/fixture-site.ts";
import { searchEndpoint } from "./search-endpoint.ts";
import type { SiteContext } from "./site-context.ts";

afterEach(() => vi.unstubAllEnvs());

/** The endpoint, over a site with three releases. */
async function endpoint() {
  useReleaseData();
  return searchEndpoint();
}

describe("/search/documents.json", () => {
  it("exists once per language, for the latest release only", async () => {
    const paths = (await endpoint()).getStaticPaths();
    expect(paths.map((p) => p.params.prefix)).toEqual([undefined, "fa"]);
    expect(paths.map((p) => [p.props.ctx.locale, p.props.ctx.archived])).toEqual([["en", false], ["fa", false]]);
  });

  it("holds every figure, document and organisation of the latest release, linked in the page's language, as JSON", async () => {
    const e = await endpoint();
    const [en, fa] = e.getStaticPaths();
    const get = async (ctx: SiteContext) => {
      const response = e.GET({ props: { ctx } } as unknown as APIContext<{ ctx: SiteContext }>);
      expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
      return (await response.json()) as { documents: Array<{ url: string; kind: string }> };
    };
    const english = await get(en.props.ctx);
    // The third release: figures f1 to f3 (f4 is not released), one document, one organisation.
    expect(english.documents.map((d) => d.url).sort()).toEqual(["/figures/f1/", "/figures/f2/", "/figures/f3/", "/organisations/example-monitor/", "/sources/example-report/"]);
    const persian = await get(fa.props.ctx);
    expect(persian.documents).toHaveLength(5);
    expect(persian.documents.every((d) => d.url.startsWith("/fa/"))).toBe(true);
  });
});
