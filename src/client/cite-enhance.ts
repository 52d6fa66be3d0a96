import type { CitationInput } from "../citations/citation.ts";
import { withQuery } from "../charts/view-state.ts";

/**
 * Progressive enhancement of "Cite this" and "Embed" blocks: on first open, a citation's access
 * date becomes the reader's today, and every copyable text gets a copy button. Without
 * JavaScript the text is still there to select. The citation formats (and the date formatter
 * they use) are fetched only then: most readers never open a citation.
 */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

async function refreshCitations(block: HTMLElement): Promise<void> {
  const input = JSON.parse(block.dataset.cite ?? "null") as CitationInput | null;
  if (!input) return;
  const { allCitations } = await import("../citations/cite-formats.ts");
  const texts = new Map(allCitations({ ...input, accessed: today() }).map((c) => [c.format, c.text]));
  for (const pre of block.querySelectorAll<HTMLPreElement>("pre[data-format]")) {
    const text = texts.get(pre.dataset.format ?? "");
    const code = pre.querySelector("code");
    if (text && code) code.textContent = text;
  }
}

function addCopyButtons(block: HTMLElement): void {
  const copyLabel = block.dataset.copyLabel ?? "Copy";
  for (const pre of block.querySelectorAll<HTMLPreElement>("pre[data-format], pre[data-copyable]")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = copyLabel;
    button.setAttribute("aria-label", `${copyLabel}: ${pre.previousElementSibling?.textContent ?? ""}`.trim());
    button.addEventListener("click", async () => {
      const value = pre.textContent ?? "";
      try {
        await navigator.clipboard.writeText(value);
      } catch {
        // Clipboard API refused (insecure context, permissions): select the text instead.
        const range = document.createRange();
        range.selectNodeContents(pre);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }
      button.textContent = block.dataset.copiedLabel ?? "Copied";
      pre.dataset.copied = "true";
      setTimeout(() => (button.textContent = copyLabel), 2000);
    });
    pre.after(button);
  }
}

for (const block of document.querySelectorAll<HTMLDetailsElement>("details[data-cite], details[data-embed]")) {
  // Enhance on first open, so closed blocks cost nothing.
  block.addEventListener("toggle", () => {
    if (!block.open || block.dataset.enhanced) return;
    block.dataset.enhanced = "true";
    void refreshCitations(block);
    addCopyButtons(block);
  });
}

/**
 * A chart shaped by the reader, or drawn as reported on a day (chart-render.ts announces it with
 * "chart-view"): its citation's permanent URL and its embed code carry the same view (the chart's
 * own address parameters, and "on=" the day, which embeds draw too).
 */
document.addEventListener("chart-view", (e) => {
  const figure = e.target as HTMLElement;
  const query = figure.dataset.viewQuery ?? "";
  const cite = figure.querySelector<HTMLElement>("details[data-cite]");
  const input = JSON.parse(cite?.dataset.cite ?? "null") as CitationInput | null;
  if (cite && input) {
    cite.dataset.baseUrl ??= input.url;
    const url = withQuery(cite.dataset.baseUrl, query);
    cite.dataset.cite = JSON.stringify({ ...input, url });
    const link = cite.querySelector<HTMLAnchorElement>("a[data-permanent]");
    if (link) link.href = link.textContent = url;
    void refreshCitations(cite);
  }
  const code = figure.querySelector<HTMLElement>("details[data-embed] pre code");
  if (code) {
    code.dataset.original ??= code.textContent ?? "";
    // In an HTML attribute the query's "&" is written "&amp;".
    code.textContent = code.dataset.original.replace(/src="([^"]*)"/, (_, src: string) => `src="${withQuery(src, query).replace(/&/g, "&amp;")}"`);
  }
});
