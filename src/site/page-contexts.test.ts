import { afterEach, describe, expect, it, vi } from "vitest";
import { useReleaseData } from "../../tests/unit/fixture-site.ts";
import * as pageContextsModule from "./page-contexts.ts";
import { contextsOf } from "./page-contexts.ts";
import { makeRoutes } from "./routes.ts";
import type { SiteContext } from "./site-context.ts";

// Only the routes and the archived flag matter here: a context is otherwise passed through untouched.
const ctx = (lang: "" | "/fa", version?: string) => ({ routes: makeRoutes({ lang, version }), archived: Boolean(version) }) as unknown as SiteContext;
const byLocale = {
  en: { current: ctx(""), archives: [ctx("", "1.0.0"), ctx("", "1.1.0")] },
  fa: { current: ctx("/fa"), archives: [ctx("/fa", "1.0.0"), ctx("/fa", "1.1.0")] },
};

describe("page contexts", () => {
  it("give each context the [...prefix] its pages are rendered under", () => {
    expect(contextsOf(byLocale, true).map((c) => c.prefix)).toEqual([undefined, "v/1.0.0", "v/1.1.0", "fa", "fa/v/1.0.0", "fa/v/1.1.0"]);
  });
  it("leave out the archives for pages of the latest data only", () => {
    expect(contextsOf(byLocale, false).map((c) => c.prefix)).toEqual([undefined, "fa"]);
  });
  it("pass the contexts themselves to the page", () => {
    expect(contextsOf(byLocale, true).map((c) => c.ctx)).toEqual([byLocale.en.current, ...byLocale.en.archives, byLocale.fa.current, ...byLocale.fa.archives]);
  });
  it("render no archive that a previous build already rendered (load-site.ts leaves it out of archives)", () => {
    const cached = { en: { ...byLocale.en, archives: [byLocale.en.archives[1]] }, fa: { ...byLocale.fa, archives: [byLocale.fa.archives[1]] } };
    expect(contextsOf(cached, true).map((c) => c.prefix)).toEqual([undefined, "v/1.1.0", "fa", "fa/v/1.1.0"]);
  });
});

describe("page contexts of this build's site", () => {
  afterEach(() => vi.unstubAllEnvs());

  /** A site with three releases (2026-02-01 to 2026-02-03), in English and Persian. */
  async function load() {
    useReleaseData();
    return pageContextsModule;
  }
  const ALL = [undefined, "v/2026-02-01", "v/2026-02-02", "v/2026-02-03", "fa", "fa/v/2026-02-01", "fa/v/2026-02-02", "fa/v/2026-02-03"];

  it("give a page of the latest release one path per language, with its context", async () => {
    const { contextPaths } = await load();
    const paths = contextPaths(false);
    expect(paths.map((p) => p.params)).toEqual([{ prefix: undefined }, { prefix: "fa" }]);
    expect(paths.map((p) => [p.props.ctx.locale, p.props.ctx.routes.home()])).toEqual([["en", "/"], ["fa", "/fa/"]]);
    expect(contextPaths(true).map((p) => p.params.prefix)).toEqual(ALL);
  });

  it("give a page per record one path per record, language and release", async () => {
    const { recordPaths, pageContexts } = await load();
    const paths = recordPaths((ctx) => ctx.index.data.organisations);
    expect(paths.map((p) => p.params)).toEqual(ALL.map((prefix) => ({ prefix, id: "example-monitor" })));
    expect(paths.map((p) => p.props.ctx.locale)).toEqual(["en", "en", "en", "en", "fa", "fa", "fa", "fa"]);
    expect(paths.map((p) => p.props.ctx.archived)).toEqual([false, true, true, true, false, true, true, true]);
    expect(pageContexts(false).map((c) => c.prefix)).toEqual([undefined, "fa"]);
  });
});
