/**
 * Layout on a phone and a laptop (issue 11, "Tests"): at 390×844 and 1366×768, JavaScript on
 * and off, English and Persian, on the home, wave, series and compare pages:
 * (1) nothing scrolls sideways;
 * (2) chart text is big enough to read: every visible <text> of a build-time SVG chart, at the
 *     size it is drawn (font size × the SVG's scale), is at least 11 CSS px at 390 wide and 12 at
 *     1366; with JavaScript, every text Chart.js draws on a chart's canvas too, and at 390 wide
 *     the canvas is at least 250 px tall (a phone-shaped chart, not a shrunken laptop one);
 * (3) no two visible text boxes of a chart overlap (by more than 1 px both ways), and every text
 *     box lies inside its SVG (nothing cut off);
 * (4) no table sits in a box of its own that scrolls up and down (a fixed-height scroll box
 *     inside the page): a table is read by scrolling the page.
 * With JavaScript on, each chart is scrolled into view and the test waits until Chart.js has
 * drawn it (data-enhanced="true"). One test per page, size and JavaScript setting runs the four
 * checks as soft assertions, so one run reports every failing check; failures name the page,
 * the element and the numbers.
 */
import { expect, test, type Page } from "@playwright/test";
import { enhanceCharts } from "./support.ts";

const PAGES = [
  "/",
  "/fa/",
  "/waves/iran-2025-26/",
  "/fa/waves/iran-2025-26/",
  "/waves/iran-2022-23/",
  "/fa/waves/iran-2022-23/",
  "/series/hrana-arrested-2025-26/",
  "/fa/series/hrana-arrested-2025-26/",
  "/compare/",
  "/fa/compare/",
];
const VIEWPORTS = [
  { width: 390, height: 844, minText: 11, minCanvasHeight: 250 },
  { width: 1366, height: 768, minText: 12, minCanvasHeight: 0 },
];

interface CanvasText {
  chart: string;
  text: string;
  font: string;
  /** Font size in CSS px as drawn on the screen: the font's px × the context's scale × the canvas's CSS scale. */
  px: number;
}

/**
 * Records every text Chart.js draws on a chart canvas (fillText and strokeText), with the font
 * in effect and its drawn size, in window.__layoutCanvasText. A test instrument only: it wraps
 * the browser's own canvas methods before the page runs, and changes nothing the page does.
 */
function recordCanvasText(): void {
  const seen = new Map<string, CanvasText>();
  (window as unknown as { __layoutCanvasText: () => CanvasText[] }).__layoutCanvasText = () => [...seen.values()];
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ["fillText", "strokeText"] as const) {
    const original = proto[name];
    proto[name] = function (this: CanvasRenderingContext2D, text: string, ...rest: [number, number, number?]) {
      try {
        const canvas = this.canvas;
        const chart = canvas.closest?.("figure.chart");
        const size = /(\d+(?:\.\d+)?)px/.exec(this.font);
        if (chart && size && String(text).trim() !== "" && canvas.width > 0) {
          const t = this.getTransform();
          const scale = Math.hypot(t.a, t.b) * (canvas.getBoundingClientRect().width / canvas.width);
          const px = Math.round(Number(size[1]) * scale * 100) / 100;
          const key = `${chart.id}|${this.font}|${px}|${text}`;
          if (!seen.has(key)) seen.set(key, { chart: chart.id, text: String(text), font: this.font, px });
        }
      } catch {
        // Measuring must never break drawing.
      }
      return original.call(this, text, ...rest);
    } as (typeof proto)[typeof name];
  }
}

/** Opens a page; with JavaScript, scrolls every chart into view until Chart.js has drawn it, then back to the top. */
async function open(page: Page, path: string, javaScript: boolean): Promise<void> {
  if (javaScript) await page.addInitScript(recordCanvasText);
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(200);
  if (javaScript) {
    await enhanceCharts(page);
    await page.evaluate(() => window.scrollTo(0, 0));
  }
}

interface SvgText {
  chart: string;
  /** Which text: its class and content, cut short. */
  what: string;
  /** Drawn font size (CSS px): computed font-size × the SVG's rendered width / its viewBox width. */
  px: number;
  /** Height of its box on the screen (CSS px), a cross-check of px. */
  boxHeight: number;
  box: { left: number; top: number; right: number; bottom: number };
}

/** The visible texts of every visible build-time SVG chart of the page, with their drawn sizes and boxes. */
async function svgTexts(page: Page): Promise<{ charts: { chart: string; svg: { left: number; top: number; right: number; bottom: number } }[]; texts: SvgText[] }> {
  return page.evaluate(() => {
    const round = (x: number) => Math.round(x * 100) / 100;
    const rect = (r: DOMRect) => ({ left: round(r.left), top: round(r.top), right: round(r.right), bottom: round(r.bottom) });
    const visible = (el: Element) => {
      if (el.getClientRects().length === 0) return false;
      const r = el.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0) return false;
      return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    };
    const charts: { chart: string; svg: ReturnType<typeof rect> }[] = [];
    const texts: SvgText[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>(".chart .chart-svg svg, .chart svg.chart-graphic")) {
      if (!visible(svg)) continue;
      const chart = svg.closest(".chart")?.id || "(chart without id)";
      if (charts.some((c) => c.chart === chart)) continue;
      const svgBox = svg.getBoundingClientRect();
      charts.push({ chart, svg: rect(svgBox) });
      const viewBoxWidth = svg.viewBox.baseVal?.width || svgBox.width;
      const scale = svgBox.width / viewBoxWidth;
      for (const text of svg.querySelectorAll("text")) {
        if (!visible(text) || (text.textContent ?? "").trim() === "") continue;
        // The smallest font inside the text: its own, or a tspan's with a size of its own.
        let size = parseFloat(getComputedStyle(text).fontSize);
        for (const span of text.querySelectorAll("tspan")) if ((span.textContent ?? "").trim() !== "" && visible(span)) size = Math.min(size, parseFloat(getComputedStyle(span).fontSize));
        const box = text.getBoundingClientRect();
        const label = (text.textContent ?? "").trim().replace(/\s+/g, " ");
        texts.push({
          chart,
          what: `<text${text.getAttribute("class") ? ` class="${text.getAttribute("class")}"` : ""}> "${label.length > 40 ? `${label.slice(0, 39)}…` : label}"`,
          px: round(size * scale),
          boxHeight: round(box.height),
          box: rect(box),
        });
      }
    }
    return { charts, texts };
  }) as Promise<{ charts: { chart: string; svg: { left: number; top: number; right: number; bottom: number } }[]; texts: SvgText[] }>;
}

for (const javaScriptEnabled of [false, true]) {
  for (const vp of VIEWPORTS) {
    test.describe(`at ${vp.width}×${vp.height}, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
      test.use({ viewport: { width: vp.width, height: vp.height }, javaScriptEnabled });
      const at = `at ${vp.width}×${vp.height}, JavaScript ${javaScriptEnabled ? "on" : "off"}`;

      for (const path of PAGES) {
        test(`${path}: no sideways scrolling; chart text at least ${vp.minText} px, not overlapping, not cut off; no table in a scroll box`, async ({ page }) => {
          await open(page, path, javaScriptEnabled);
          await test.step(`(1) nothing scrolls sideways`, async () => {
            const m = await page.evaluate(() => {
              const innerWidth = window.innerWidth;
              // The widest elements, to say what pushes the page out.
              const wide = [...document.querySelectorAll("body *")]
                .map((el) => ({ el, r: el.getBoundingClientRect() }))
                .filter(({ r }) => r.width > 0 && (r.right > innerWidth + 1 || r.left < -1))
                .filter(({ el }) => !el.closest("[style*='overflow'], .table-wrap, nav") && el.getClientRects().length > 0)
                .slice(0, 5)
                .map(({ el, r }) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""} (left ${Math.round(r.left)}, right ${Math.round(r.right)})`);
              return { scrollWidth: document.documentElement.scrollWidth, innerWidth, wide };
            });
            expect.soft(m.scrollWidth, `${path} ${at}: page width ${m.scrollWidth} px > window ${m.innerWidth} px; elements past the edge: ${m.wide.join("; ") || "(none found)"}`).toBeLessThanOrEqual(m.innerWidth);
          });
          await test.step(`(2) chart text is at least ${vp.minText} px as drawn`, async () => {
            const problems: string[] = [];
            const { texts } = await svgTexts(page);
            const small = texts.filter((t) => t.px < vp.minText).sort((a, b) => a.px - b.px);
            for (const t of small.slice(0, 8)) problems.push(`SVG #${t.chart} ${t.what}: ${t.px} px (box height ${t.boxHeight} px)`);
            if (small.length > 8) problems.push(`… and ${small.length - 8} more SVG texts under ${vp.minText} px`);
            if (javaScriptEnabled) {
              const canvasText = await page.evaluate(() => (window as unknown as { __layoutCanvasText: () => CanvasText[] }).__layoutCanvasText());
              const drawnCharts = await page.locator("figure.chart[data-enhanced='true']").evaluateAll((els) => els.map((e) => e.id));
              for (const chart of drawnCharts) {
                const mine = canvasText.filter((t) => t.chart === chart);
                if (mine.length === 0) problems.push(`canvas #${chart}: no text drawn was recorded`);
                const tiny = mine.filter((t) => t.px < vp.minText).sort((a, b) => a.px - b.px);
                for (const t of tiny.slice(0, 4)) problems.push(`canvas #${chart} "${t.text.slice(0, 40)}" in font "${t.font}": ${t.px} px`);
                if (tiny.length > 4) problems.push(`canvas #${chart}: … and ${tiny.length - 4} more texts under ${vp.minText} px`);
              }
              if (vp.minCanvasHeight > 0) {
                const heights = await page.locator("figure.chart[data-enhanced='true'] [data-chart-canvas] canvas").evaluateAll((els) =>
                  els.map((c) => ({ chart: c.closest("figure.chart")!.id, height: Math.round(c.getBoundingClientRect().height) })),
                );
                for (const h of heights) if (h.height < vp.minCanvasHeight) problems.push(`canvas #${h.chart}: ${h.height} px tall, less than ${vp.minCanvasHeight} px`);
              }
            }
            const smallest = texts.length ? Math.min(...texts.map((t) => t.px)) : null;
            expect.soft(problems, `${path} ${at}: chart text under ${vp.minText} px (smallest SVG text ${smallest ?? "–"} px of ${texts.length} visible)`).toEqual([]);
          });
          await test.step(`(3) chart texts do not overlap and stay inside their chart`, async () => {
            const { charts, texts } = await svgTexts(page);
            const problems: string[] = [];
            for (const { chart, svg } of charts) {
              const mine = texts.filter((t) => t.chart === chart);
              for (const t of mine) {
                const b = t.box;
                if (b.left < svg.left - 1 || b.right > svg.right + 1 || b.top < svg.top - 1 || b.bottom > svg.bottom + 1) {
                  problems.push(`#${chart} ${t.what} [${b.left}, ${b.top} – ${b.right}, ${b.bottom}] runs outside its SVG [${svg.left}, ${svg.top} – ${svg.right}, ${svg.bottom}]`);
                }
              }
              for (let i = 0; i < mine.length; i++) {
                for (let j = i + 1; j < mine.length; j++) {
                  const a = mine[i].box;
                  const b = mine[j].box;
                  const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                  const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                  if (dx > 1 && dy > 1) problems.push(`#${chart} ${mine[i].what} overlaps ${mine[j].what} by ${Math.round(dx * 10) / 10}×${Math.round(dy * 10) / 10} px`);
                }
              }
            }
            const shown = problems.slice(0, 12);
            if (problems.length > 12) shown.push(`… ${problems.length} problems in all`);
            expect.soft(shown, `${path} ${at}: overlapping or cut-off chart text (${charts.length} visible SVG charts, ${texts.length} texts)`).toEqual([]);
          });
          await test.step(`(4) no table is in a box that scrolls up and down`, async () => {
            const boxed = await page.evaluate(() => {
              const out: string[] = [];
              const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""}`;
              for (const table of document.querySelectorAll("table")) {
                if (table.getClientRects().length === 0) continue;
                const caption = (table.caption?.textContent ?? "").trim().slice(0, 60);
                for (let el = table.parentElement; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
                  const s = getComputedStyle(el);
                  const scrolls = s.maxHeight !== "none" || ["auto", "scroll", "hidden", "clip"].includes(s.overflowY);
                  if (scrolls && el.scrollHeight > el.clientHeight + 1) {
                    out.push(`table "${caption}" in ${name(el)} (max-height ${s.maxHeight}, overflow-y ${s.overflowY}, scrollHeight ${el.scrollHeight} > clientHeight ${el.clientHeight})`);
                    break;
                  }
                }
              }
              return out;
            });
            expect.soft(boxed, `${path} ${at}: tables inside fixed-height scroll boxes`).toEqual([]);
          });
        });
      }
    });
  }
}
