/**
 * The site's pages name every internal address from the root ("/waves/x/"), as built for the
 * official origin. Two post-build copies need them otherwise (issue 16): a mirror served under a
 * path prefix (BASE_PATH) prefixes them, and an offline copy (site.zip, the ZIM) makes them
 * relative to the page and names the file ("../waves/x/index.html"), since file:// serves no
 * directory index. Both are text transforms of built HTML and CSS, so the pages themselves stay
 * the same in every build; JSON keeps root paths, which the browser resolves against the page's
 * `data-site-root` (src/client/site-root.ts).
 */

/** An address from the site's root: "/x", not "//host/x" (protocol-relative) nor "http:…". */
export const isRootPath = (url: string): boolean => url.startsWith("/") && !url.startsWith("//");

/** Attribute values in HTML (double-quoted, as Astro writes them) that hold an address from the root. */
const HTML_ATTRIBUTE = /(\s)([a-zA-Z][a-zA-Z0-9:-]*)="(\/[^"]*)"/g;
/** url(/…), url("/…") and url('/…') in CSS. */
const CSS_URL = /url\(\s*(["']?)(\/[^"')\s]*)\1\s*\)/g;

/** Rewrites every root address in an HTML document's attributes; `map` gets the attribute's name too. */
export function rewriteHtml(html: string, map: (url: string, attribute: string) => string): string {
  return html.replace(HTML_ATTRIBUTE, (whole, space: string, name: string, value: string) => {
    if (!isRootPath(value)) return whole;
    // Attribute values are HTML-escaped: "&amp;" in a query stays as written.
    return `${space}${name}="${map(value, name.toLowerCase())}"`;
  });
}

/** Rewrites every root address in a stylesheet's url(…). */
export function rewriteCss(css: string, map: (url: string) => string): string {
  return css.replace(CSS_URL, (whole, quote: string, value: string) => (isRootPath(value) ? `url(${quote}${map(value)}${quote})` : whole));
}

/** "/mirror/dashboard" or "mirror/dashboard/" → "/mirror/dashboard/"; "" or "/" → "/". */
export function normaliseBasePath(value: string): string {
  const inner = value.trim().replace(/^\/+|\/+$/g, "");
  return inner ? `/${inner}/` : "/";
}

/** Why a BASE_PATH value cannot be a path prefix, or null when it can. */
export function basePathProblem(value: string): string | null {
  // Stryker disable next-line Regex: a value starting "//" is refused below as an address with a host, before its leading slashes matter
  const inner = value.trim().replace(/^\/+|\/+$/g, "");
  if (/^[a-z][a-z0-9+.-]*:/i.test(value.trim()) || value.trim().startsWith("//")) return "it is a path on the mirror's host, such as /mirror/dashboard/, not an address with a host";
  if (/[?#\\\s"'<>]/.test(inner)) return "it may hold only path segments (letters, digits, - _ . ~ and /), no query, fragment, quotes or spaces";
  if (inner.split("/").some((segment) => segment === "" || segment === "." || segment === "..")) return "it may not hold empty, . or .. segments";
  return null;
}

/** A root address under a path prefix: ("/waves/x/", "/mirror/") → "/mirror/waves/x/". */
// Stryker disable next-line ConditionalExpression,StringLiteral: "/" + the address without its "/" is the address
export const withBase = (url: string, base: string): string => (base === "/" ? url : base + url.slice(1));

/** Splits "/a/b/?q=1#c" into the path and the rest ("?q=1#c"). */
function splitUrl(url: string): [string, string] {
  const at = url.search(/[?#]/);
  // Stryker disable next-line EqualityOperator: a root address starts with "/", so "?" or "#" is never at 0
  return at < 0 ? [url, ""] : [url.slice(0, at), url.slice(at)];
}

export interface PortableLinks {
  /** The archive file a site path is in ("/waves/x/" → "waves/x/index.html"), or null when the archive leaves it out. */
  fileOf: (sitePath: string) => string | null;
  /** The official origin ("https://example.org/"): addresses the archive leaves out point there. */
  origin: string;
}

/** The relative address from one archive file to another: ("fa/a/index.html", "b/index.html") → "../../b/index.html". */
export function relativeFile(from: string, to: string): string {
  const fromDirs = from.split("/").slice(0, -1);
  const toParts = to.split("/");
  let common = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the last folder, fromDirs[common] is undefined and stops the loop anyway
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const up = fromDirs.length - common;
  return `${"../".repeat(up)}${toParts.slice(common).join("/")}` || "./";
}

/** The folder of the archive's root as seen from a file: "fa/a/index.html" → "../../", "index.html" → "./". */
export const rootFrom = (from: string): string => "../".repeat(from.split("/").length - 1) || "./";

/**
 * One root address as an offline page (the archive file `from`) needs it: relative to the page
 * and naming the file, with its query and fragment kept; an address the archive leaves out
 * becomes an absolute link to the official site, so no link leads nowhere.
 */
export function portableUrl(url: string, from: string, links: PortableLinks): string {
  const [path, rest] = splitUrl(url);
  const file = links.fileOf(decodeURI(path));
  // Stryker disable next-line MethodExpression: the origin's path is "/", so "/x" and "x" resolve alike
  if (file === null) return new URL(url.slice(1), links.origin).href;
  return relativeFile(from, encodeURI(file)) + rest;
}

/** An HTML page of the archive with every root address made portable; `data-site-root` becomes the relative root. */
export function portableHtml(html: string, from: string, links: PortableLinks): string {
  return rewriteHtml(html, (url, attribute) => (attribute === "data-site-root" ? rootFrom(from) : portableUrl(url, from, links)));
}

/** A stylesheet of the archive with every url(/…) made portable. */
export function portableCss(css: string, from: string, links: PortableLinks): string {
  return rewriteCss(css, (url) => portableUrl(url, from, links));
}
