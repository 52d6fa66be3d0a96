/**
 * The interactive chart's tooltip, in HTML rather than drawn on the canvas: it can hold a link
 * ("Open figure"), so a tap shows the point first and a second tap on the link opens it; and it
 * is placed so that it never leaves the screen, whatever side of the chart the point is on.
 */
export interface TooltipContent {
  /** Where the point is, in px from the container's top left corner. */
  x: number;
  y: number;
  title: string;
  lines: string[];
  href: string;
  linkText: string;
}

const MARGIN = 8;

export function showTooltip(container: HTMLElement, content: TooltipContent): HTMLElement {
  let tip = container.querySelector<HTMLElement>(".chart-tooltip");
  if (!tip) {
    tip = document.createElement("div");
    tip.className = "chart-tooltip";
    // The page's direction: the canvas container is left to right, its words need not be.
    tip.dir = document.documentElement.dir || "ltr";
    container.append(tip);
  }
  const title = document.createElement("strong");
  title.textContent = content.title;
  const rows = content.lines.map((line) => {
    const p = document.createElement("span");
    p.textContent = line;
    return p;
  });
  const link = document.createElement("a");
  link.href = content.href;
  link.textContent = content.linkText;
  tip.replaceChildren(title, ...rows, link);
  tip.hidden = false;
  tip.dataset.x = String(Math.round(content.x));
  tip.dataset.y = String(Math.round(content.y));
  place(container, tip, content.x, content.y);
  return tip;
}

export function hideTooltip(container: HTMLElement): void {
  const tip = container.querySelector<HTMLElement>(".chart-tooltip");
  if (tip) tip.hidden = true;
}

/** Beside the point (right of it, or left where that runs out), then pulled back inside the screen. */
function place(container: HTMLElement, tip: HTMLElement, x: number, y: number): void {
  const box = container.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const { width, height } = tip.getBoundingClientRect();
  let left = x + 14;
  if (box.left + left + width > vw - MARGIN) left = x - 14 - width;
  left = Math.min(vw - MARGIN - width - box.left, Math.max(MARGIN - box.left, left));
  let top = y - height / 2;
  top = Math.min(vh - MARGIN - height - box.top, Math.max(MARGIN - box.top, top));
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}
