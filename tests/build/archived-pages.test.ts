import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareRelease } from "../../src/domain/prepare-release.ts";
import { writeRelease } from "../../src/domain/write-release.ts";
import { figure, makeDataDir, setFigures } from "../unit/release-fixture.ts";

// Builds the real site from synthetic test data with two releases, then reads the HTML.
// The out dir sits inside the project so Astro's build intermediates stay beside it.
const out = join(import.meta.dirname, "../../.test-builds", `archived-${process.pid}`);
const data = makeDataDir([figure("f1", "2026-01-10", 100), figure("f2", "2026-01-11", 150)]);

function release(summary: string, date: string) {
  const p = prepareRelease(data, { summary, date, root: join(data, "..") });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  writeRelease(data, p.release, p.text);
}

beforeAll(() => {
  release("First", "2026-02-01");
  setFigures(data, [
    figure("f1", "2026-01-10", 111, { corrections: [{ date: "2026-02-05", reason: "The report says 111." }], quote: "By then 111 people had been arrested.", figure_text: "111" }),
    figure("f2", "2026-01-11", 150),
  ]);
  // A published source's title corrected, with its reason: recorded in the release and the changelog.
  const sourcesPath = join(data, "sources.json");
  const sources = JSON.parse(readFileSync(sourcesPath, "utf8"));
  sources.sources[0].title = "Example report, title corrected (test only)";
  sources.sources[0].corrections = [{ date: "2026-02-05", reason: "The title was mistyped." }];
  writeFileSync(sourcesPath, JSON.stringify(sources));
  release("Second", "2026-02-05");
  execFileSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], {
    cwd: join(import.meta.dirname, "../.."),
    env: { ...process.env, DATA_DIR: data, OUT_DIR: out },
    stdio: "pipe",
  });
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(out, path, "index.html"), "utf8");

describe("permanent pages of releases", () => {
  it("the first release's figure page still shows the old number, marked as archived", () => {
    const html = page("v/2026-02-01/figures/f1");
    expect(html).toContain("<mark>100</mark>");
    expect(html).not.toContain("<mark>111</mark>");
    expect(html).toContain('data-archived-version="2026-02-01"');
  });
  it("the latest pages show the corrected number with its reason and history", () => {
    const html = page("figures/f1");
    expect(html).toContain("<mark>111</mark>");
    expect(html).toContain("The report says 111.");
    expect(html).not.toContain("data-archived-version");
  });
  it("each release's series page and downloads stay", () => {
    expect(page("v/2026-02-01/series/example-arrested")).toContain("Example: arrests");
    const csv = readFileSync(join(out, "downloads/2026-02-01/figures.csv"), "utf8");
    expect(csv.split("\r\n")[1]).toMatch(/^f1,example-arrested,test-wave,example-monitor,.*,arrested,2026-01-10,100,/);
  });
  it("the changelog lists both releases and the corrections, of a figure and of a source", () => {
    const html = page("changelog");
    for (const v of ["2026-02-05", "2026-02-01"]) expect(html).toContain(`Version <bdi class="version" dir="ltr" translate="no">${v}</bdi>`);
    expect(html).toContain("The report says 111.");
    expect(html).toContain('Corrected (source) <code>example-report</code> <span class="meta">(<code>title</code>)</span>: <span lang="en" dir="ltr">The title was mistyped.</span>');
  });
});
