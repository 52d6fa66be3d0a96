import { withQuery } from "../charts/view-state.ts";

/**
 * The only script every page loads. Charts work without JavaScript (build-time SVG); this
 * fetches Chart.js and the chart's data only for a chart that nears the viewport or that the reader touches or
 * focuses, so a page costs no chart code until a chart is actually seen.
 */
function enhance(figure: HTMLElement): void {
  if (figure.dataset.chartLoading) return;
  figure.dataset.chartLoading = "true";
  import("./chart-render.ts")
    .then((m) => m.renderFigure(figure))
    .catch(() => delete figure.dataset.chartLoading); // offline or blocked: the SVG stays; a later touch retries
}

const figures = [...document.querySelectorAll<HTMLElement>("figure[data-chart]")].filter(
  (f) => f.dataset.chartSrc && f.querySelector("[data-chart-canvas]"),
);

const observer =
  "IntersectionObserver" in window
    ? new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            if (!e.isIntersecting) continue;
            observer!.unobserve(e.target);
            enhance(e.target as HTMLElement);
          }
        },
        { rootMargin: "200px" },
      )
    : null;

for (const figure of figures) {
  observer?.observe(figure);
  const now = () => enhance(figure);
  figure.addEventListener("pointerdown", now, { passive: true });
  figure.addEventListener("focusin", now);
}

/**
 * The language switch leads to the same view in the other language: the address' query (a
 * chart's hidden lines, dates and scale, see view-state.ts; the wave page's "as reported on"
 * day) and fragment go with it, now and whenever a script changes the address ("chart-view"
 * from a chart, "view-address" from any other, such as as-of.ts).
 */
const switcher = document.querySelector<HTMLAnchorElement>("a.lang-switch");
const carry = () => {
  if (!switcher) return;
  switcher.dataset.path ??= switcher.getAttribute("href") ?? "";
  switcher.href = withQuery(switcher.dataset.path, location.search) + location.hash;
};
carry();
document.addEventListener("chart-view", carry);
document.addEventListener("view-address", carry);
addEventListener("hashchange", carry);
