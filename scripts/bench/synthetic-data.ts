/**
 * Deterministic synthetic datasets for benchmarks ONLY: written to a temporary folder, never
 * to data/, with "synthetic" in every name and example.org URLs, so they cannot pass for real.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** mulberry32: a tiny seeded PRNG, so every run generates the same bytes. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MEASURES = ["arrested", "killed", "identified_detainees", "sentenced_to_death", "executed"] as const;
const QUALIFIERS = ["exact", "exact", "exact", "at_least", "more_than", "about"] as const;

export interface SyntheticSize {
  figures: number;
  series: number;
  sources: number;
  organisations: number;
  waves: number;
}

/** Today's real dataset is about 1x: ~500 figures, 40 series, 93 sources, 16 organisations, 2 waves. */
export function sizeFor(scale: number): SyntheticSize {
  return {
    figures: 500 * scale,
    series: 40 * scale,
    sources: 93 * scale,
    organisations: Math.max(16, Math.round(16 * Math.sqrt(scale))),
    // More waves as data grows to more countries and years, and more series per wave too.
    waves: Math.max(2, Math.round(2 * Math.sqrt(scale))),
  };
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export function writeSyntheticData(dir: string, scale: number, seed = 42): SyntheticSize {
  const size = sizeFor(scale);
  const rand = prng(seed + scale);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  mkdirSync(join(dir, "series"), { recursive: true });
  const write = (path: string, body: unknown) => writeFileSync(join(dir, path), JSON.stringify(body));

  const organisations = Array.from({ length: size.organisations }, (_, i) => ({
    id: `synthetic-org-${i}`,
    name: `Synthetic organisation ${i} (benchmark only)`,
    short_name: `Synth ${i}`,
    kind: "ngo",
    home_page: `https://example.org/org/${i}`,
    counts: "Synthetic benchmark data.",
  }));
  const waves = Array.from({ length: size.waves }, (_, i) => {
    const start = Date.UTC(2000 + (i % 25), (i * 5) % 12, 1 + (i % 27));
    return { id: `synthetic-wave-${i}`, title: `Synthetic wave ${i}`, start: iso(start), end: null, summary: "Synthetic benchmark data.", annotations: [], searched_until: "2026-12-01" };
  });
  const sources = Array.from({ length: size.sources }, (_, i) => ({
    id: `synthetic-source-${i}`,
    title: `Synthetic report ${i}`,
    publisher: `Synthetic publisher ${i % 50}`,
    url: `https://example.org/report/${i}`,
    published: "2025-06-01",
    accessed: "2025-06-02",
    language: "en",
    kind: "report",
  }));
  write("organisations.json", { organisations });
  write("waves.json", { waves });
  write("sources.json", { sources });

  const perSeries = Math.floor(size.figures / size.series);
  for (let s = 0; s < size.series; s++) {
    const wave = waves[s % waves.length];
    const org = organisations[s % organisations.length];
    const measure = MEASURES[Math.floor(s / organisations.length) % MEASURES.length];
    const id = `synthetic-series-${s}`;
    let value = Math.floor(rand() * 50);
    const figures = Array.from({ length: perSeries }, (_, k) => {
      value += Math.floor(rand() * 400);
      const asOf = iso(Date.parse(`${wave.start}T00:00:00Z`) + (k * 2 + 1) * 86_400_000);
      const quote = `Synthetic benchmark text: by then ${value} people were counted, ${org.short_name} said.`;
      return { id: `${id}.f${k}`, organisation: org.id, measure, as_of: asOf, value, qualifier: pick(QUALIFIERS), source: pick(sources).id, quote, figure_text: String(value), flags: [] };
    });
    write(`series/${id}.json`, {
      series: { id, wave: wave.id, organisation: org.id, measure, label: `${org.short_name}: ${measure} (synthetic)`, unit: { one: measure, other: measure }, definition: "Synthetic benchmark data.", cumulative: true, caveats: [] },
      figures,
    });
  }
  return { ...size, figures: perSeries * size.series };
}
