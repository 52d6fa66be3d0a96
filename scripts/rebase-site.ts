/**
 * A mirror build (BASE_PATH=/mirror/dashboard/): the pages are rendered for the root, then every
 * root address in the built HTML and CSS, and in the web manifests, gets the prefix
 * (src/site/rewrite-links.ts). Canonical links, citations and the "official copy" line are
 * absolute addresses on SITE_URL and stay as they are. JSON keeps root paths; the browser
 * resolves them from the page's data-site-root (src/client/site-root.ts).
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { filesUnder } from "./files-under.ts";
import { rewriteCss, rewriteHtml, withBase } from "../src/site/rewrite-links.ts";

/** Prefixes the root addresses of a built site in place; returns the number of files changed. */
export function rebaseSite(site: string, base: string): number {
  let changed = 0;
  for (const file of filesUnder(site)) {
    const kind = file.endsWith(".html") ? "html" : file.endsWith(".css") ? "css" : file.endsWith(".webmanifest") ? "manifest" : null;
    if (!kind) continue;
    const before = readFileSync(file, "utf8");
    const after =
      kind === "html"
        ? rewriteHtml(before, (url) => withBase(url, base))
        : kind === "css"
          ? rewriteCss(before, (url) => withBase(url, base))
          : before.replace(/"(id|start_url|scope|src)": "(\/(?!\/)[^"]*)"/g, (_, key: string, url: string) => `"${key}": "${withBase(url, base)}"`);
    if (after === before) continue;
    // A new file, not a write through it: kept release pages are hard links into .cache/releases/.
    writeFileSync(`${file}.rebase`, after);
    renameSync(`${file}.rebase`, file);
    changed++;
  }
  return changed;
}
