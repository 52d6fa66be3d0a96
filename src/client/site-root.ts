/**
 * Addresses that reach the browser in JSON (a chart point's figure page, a search result) are
 * written from the site's root ("/figures/x/"). A mirror under a path prefix or an offline copy
 * is not at the root, so the page says where the root is (`data-site-root` on <html>, rewritten
 * with the page's links by src/site/rewrite-links.ts) and these addresses are resolved from it.
 * A page opened by its file name (…/index.html: an offline copy, Kiwix) gets file names back.
 */
export function siteHref(path: string, doc: Document = document): string {
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  const root = new URL(doc.documentElement.dataset.siteRoot ?? "/", doc.location.href);
  const url = new URL(path.slice(1), root);
  if (doc.location.pathname.endsWith("/index.html") && url.pathname.endsWith("/")) url.pathname += "index.html";
  // On the page's own web origin, an address from the root, as the site writes its links.
  return url.origin === doc.location.origin && url.protocol.startsWith("http") ? url.pathname + url.search + url.hash : url.href;
}
