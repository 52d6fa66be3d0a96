import { claimWords } from "../domain/claim-words.ts";
import type { ClaimChange } from "../domain/claim-change.ts";
import type { LatestClaim } from "../domain/latest-claims.ts";
import { escapeXml } from "../format/escape-xml.ts";
import { formatChange } from "../format/format-count.ts";
import { formatDateCached } from "../format/format-date.ts";
import { formatFigure } from "../format/format-figure.ts";
import { publisherName } from "../format/publisher-name.ts";
import { claimContext } from "./claim-context.ts";
import { localText } from "./local-text.ts";
import type { SiteContext } from "./site-context.ts";

const e = escapeXml;
function link(href: string, html: string, cls = ""): string {
  return `<a${cls ? ` class="${cls}"` : ""} href="${e(href)}">${html}</a>`;
}

/**
 * One headline card as HTML: the latest claim of one claimant (every different number it
 * stated that day, the unit in the right number, the day or "no as-of date", what kind of claim
 * it is, a caution for weak sources) and the change since its previous figure. A string, not a
 * component, so the wave page's "as reported on" view (as-reported-data.ts) shows the very same
 * cards for another day. data-claim-figures names the figures the card cites, data-claim-change
 * the two figures a change is computed from, for the tests.
 */
export function claimCardHtml(ctx: SiteContext, c: LatestClaim, change: ClaimChange | null): string {
  const { index, routes, t } = ctx;
  const L = t.intlLocale;
  const text = localText(ctx);
  const w = claimWords(c, claimContext(ctx));
  const docs = [...new Map(c.figures.map((f) => [f.source, index.source.get(f.source)!])).values()];
  const kind =
    w.verb === "cases" ? t.claims.cases(w.cases)
    : w.verb === "project" ? t.claims.projectCount(w.org)
    : w.verb === "attributed" ? t.claims.attributed
    : w.verb === "estimated" ? t.claims.estimate
    : undefined;
  const values = c.figures.map((f, i) => `${i > 0 ? `<span class="claim-and">${e(t.claims.between)}</span>` : ""}${link(routes.figure(f.id), e(formatFigure(f, L)))}`).join("");
  const day = c.undated ? t.claims.undated(w.date, c.notBefore) : t.claims.asOf(w.date);
  const sources = docs.map((d, i) => `${i > 0 ? e(t.comma) : ""}${link(routes.source(d.id), `<bdi>${e(publisherName(d))}</bdi>`)}`).join("");
  return [
    `<li data-claim-figures="${e(c.figures.map((f) => f.id).join(" "))}">`,
    link(routes.organisation(c.organisation.id), `<bdi>${e(text.orgShort(c.organisation))}</bdi>`),
    `<span class="claim-value">${values}</span>`,
    `<span>${e(w.unit)}</span>`,
    change ? `<span class="claim-change" data-claim-change="${e(`${change.from.id} ${change.to.id}`)}">${e(t.claims.change(formatChange(change.difference, L), formatDateCached(change.since, "long", L), change.qualifier))}</span>` : "",
    kind ? `<span class="claim-kind">${e(kind)}</span>` : "",
    c.figures.length > 1 ? `<span class="claim-kind">${e(t.claims.statements(c.figures.length))}</span>` : "",
    `<span class="meta claim-meta">${e(day)}${e(t.claims.between)}${e(t.claims.source)} ${sources}</span>`,
    w.weak ? link(`${routes.methodology()}#flags`, e(t.claims.weak), "flag flag-caution") : "",
    "</li>",
  ]
    .filter(Boolean)
    .join(" ");
}
