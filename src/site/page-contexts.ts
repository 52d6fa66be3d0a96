import { LOCALES } from "../i18n/strings.ts";
import { loadSite, type Site } from "./load-site.ts";
import type { SiteContext } from "./site-context.ts";

/**
 * One context a page kind is rendered in, with the value of its route's `[...prefix]`: undefined
 * at the root, "fa", "v/<version>" or "fa/v/<version>". The prefix is read from the context's
 * own routes (routes.ts), so a page's URL and the links to it cannot disagree.
 *
 * Two page kinds keep an /fa/ copy instead: 404.astro, because Astro knows the not-found page by
 * its route /404 (the dev server would not find it behind [...prefix]); and embed/[id].astro,
 * whose stylesheet is named after the chunk its two routes share (_astro/embed-paths.*.css):
 * one route would rename it (_astro/_id_.*.css, same content), so the move kept the site unchanged.
 */
export interface PageContext {
  prefix: string | undefined;
  ctx: SiteContext;
}

/** "/" → undefined, "/fa/v/1.0.0/" → "fa/v/1.0.0". */
const prefixOf = (ctx: SiteContext) => ctx.routes.home().slice(1, -1) || undefined;

/**
 * The contexts of a page kind, per language: the latest pages, then (with `archived`) every
 * release. Releases a previous build rendered are already missing from `archives` (load-site.ts),
 * so their pages are not rendered again.
 */
export function contextsOf(byLocale: Site["byLocale"], archived: boolean): PageContext[] {
  return LOCALES.flatMap((locale) => {
    const { current, archives } = byLocale[locale];
    return (archived ? [current, ...archives] : [current]).map((ctx) => ({ prefix: prefixOf(ctx), ctx }));
  });
}

/** The same for this build's site. */
export function pageContexts(archived: boolean): PageContext[] {
  return contextsOf(loadSite().byLocale, archived);
}

/** getStaticPaths of a page that exists once per context (a home page, a list, an info page). */
export function contextPaths(archived: boolean) {
  return pageContexts(archived).map(({ prefix, ctx }) => ({ params: { prefix }, props: { ctx } }));
}

/** getStaticPaths of a page per record (a wave, a series, …) in every context, latest and archived. */
export function recordPaths(records: (ctx: SiteContext) => ReadonlyArray<{ id: string }>) {
  return pageContexts(true).flatMap(({ prefix, ctx }) => records(ctx).map((r) => ({ params: { prefix, id: r.id }, props: { ctx } })));
}
