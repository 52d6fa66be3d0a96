/**
 * The naive baseline the benchmark compares against: a throwaway Astro project (in a temporary
 * folder) with one page per series that embeds the series' data as JSON and draws it with
 * Chart.js in the browser. It reuses this project's node_modules through a symlink.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PAGE = `---
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
export function getStaticPaths() {
  const dir = join(process.env.DATA_DIR, "series");
  return readdirSync(dir).map((f) => {
    const file = JSON.parse(readFileSync(join(dir, f), "utf8"));
    return { params: { id: file.series.id }, props: { file } };
  });
}
const { file } = Astro.props;
const points = file.figures.map((f) => ({ x: Date.parse(f.as_of), y: f.value ?? f.low }));
---
<html lang="en"><head><meta charset="utf-8"><title>{file.series.label}</title></head>
<body><h1>{file.series.label}</h1><canvas id="c"></canvas>
<script type="application/json" id="data" set:html={JSON.stringify({ label: file.series.label, points, figures: file.figures })}></script>
<script>
  import Chart from "chart.js/auto";
  const d = JSON.parse(document.getElementById("data").textContent);
  new Chart(document.getElementById("c"), { type: "line", data: { datasets: [{ label: d.label, data: d.points }] }, options: { scales: { x: { type: "linear" } } } });
</script></body></html>
`;

export function writeBaselineProject(dir: string, projectRoot: string): void {
  mkdirSync(join(dir, "src/pages/series"), { recursive: true });
  symlinkSync(join(projectRoot, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "naive-baseline", private: true, type: "module" }));
  writeFileSync(join(dir, "astro.config.mjs"), 'import { defineConfig } from "astro/config";\nexport default defineConfig({ output: "static", devToolbar: { enabled: false } });\n');
  writeFileSync(join(dir, "src/pages/series/[id].astro"), PAGE);
}
