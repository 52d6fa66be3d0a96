import { allCitations } from "../citations/cite-formats.ts";
import type { CitationInput } from "../citations/citation.ts";

/**
 * Progressive enhancement of "Cite this" and "Embed" blocks: on first open, a citation's access
 * date becomes the reader's today, and every copyable text gets a copy button. Without
 * JavaScript the text is still there to select.
 */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function refreshCitations(block: HTMLElement): void {
  const input = JSON.parse(block.dataset.cite ?? "null") as CitationInput | null;
  if (!input) return;
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
    refreshCitations(block);
    addCopyButtons(block);
  });
}
