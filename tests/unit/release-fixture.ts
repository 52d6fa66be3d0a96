/**
 * Test-only synthetic data (never in data/): a minimal valid data directory written from
 * plain objects, so release tests can add, change and remove figures between releases.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function figure(id: string, as_of: string, value: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    organisation: "example-monitor",
    measure: "arrested",
    as_of,
    value,
    qualifier: "exact",
    source: "example-report",
    quote: `By then ${value} people had been arrested.`,
    figure_text: String(value),
    flags: [],
    ...extra,
  };
}

export function makeDataDir(figures: unknown[], withdrawn?: unknown[]): string {
  const root = mkdtempSync(join(tmpdir(), "release-test-"));
  const data = join(root, "data");
  mkdirSync(join(data, "series"), { recursive: true });
  const write = (path: string, body: unknown) => writeFileSync(join(data, path), JSON.stringify(body, null, 2));
  write("organisations.json", {
    organisations: [{ id: "example-monitor", name: "Example Monitor (test only)", short_name: "Example", kind: "ngo", home_page: null, counts: "Test data." }],
  });
  write("sources.json", {
    sources: [
      { id: "example-report", title: "Example report (test only)", publisher: "Example Monitor", url: "https://example.org/report", published: "2026-01-20", accessed: "2026-01-21", language: "en", kind: "report" },
    ],
  });
  write("waves.json", { waves: [{ id: "test-wave", title: "Test wave", start: "2026-01-01", end: null, summary: "Test only.", annotations: [], searched_until: "2026-11-01" }] });
  write("series/example-arrested.json", {
    series: { id: "example-arrested", wave: "test-wave", organisation: "example-monitor", measure: "arrested", label: "Example: arrests", unit: { one: "arrest", other: "arrests" }, definition: "Test only.", cumulative: true, caveats: [] },
    figures,
  });
  if (withdrawn) write("withdrawn.json", { withdrawn });
  return data;
}

/** Rewrites the series file of an existing data directory (the next edit between releases). */
export function setFigures(data: string, figures: unknown[], withdrawn?: unknown[]): void {
  const seriesPath = join(data, "series/example-arrested.json");
  const series = { id: "example-arrested", wave: "test-wave", organisation: "example-monitor", measure: "arrested", label: "Example: arrests", unit: { one: "arrest", other: "arrests" }, definition: "Test only.", cumulative: true, caveats: [] };
  writeFileSync(seriesPath, JSON.stringify({ series, figures }, null, 2));
  if (withdrawn) writeFileSync(join(data, "withdrawn.json"), JSON.stringify({ withdrawn }, null, 2));
}
