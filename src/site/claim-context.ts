import type { ClaimContext } from "../domain/claim-words.ts";
import { localText } from "./local-text.ts";
import type { SiteContext } from "./site-context.ts";

/** What claim sentences need from a page: its language, sources, and local names and units. */
export function claimContext(ctx: SiteContext): ClaimContext {
  const text = localText(ctx);
  return { locale: ctx.t.intlLocale, sources: ctx.index.source, orgName: text.orgShort, unitOf: text.seriesUnit };
}
