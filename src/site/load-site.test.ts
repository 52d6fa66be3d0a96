import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatProblem } from "../datasets/problem.ts";
import { prepareRelease } from "../domain/prepare-release.ts";
import { writeRelease } from "../domain/write-release.ts";
import { FIXTURE, fixtureCopy } from "../../tests/unit/fixture-site.ts";
import { loadSite, siteFrom } from "./load-site.ts";
import { figure, makeDataDir, setFigures } from "../../tests/unit/release-fixture.ts";

afterEach(() => vi.unstubAllEnvs());

describe("loading data/ for the build", () => {
  it("stops the build on invalid data, naming each problem and the command that explains it", async () => {
    const broken = fixtureCopy((w) => void (w.waves[0].start = "2026-02-30"));
    let message = "";
    try {
      siteFrom(broken);
    } catch (e) {
      message = (e as Error).message;
    }
    const [first, ...problems] = message.split("\n");
    expect(first).toBe("data/ is not valid; run `npm run validate` for details.");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(/waves\.json/);
  });

  it("shows data/ itself, in both languages, before any release", async () => {
    const site = siteFrom(FIXTURE);
    expect(site.releases).toEqual([]);
    expect([site.current.release, site.current.archived, site.archives]).toEqual([null, false, []]);
    expect([site.byLocale.en.current.routes.home(), site.byLocale.fa.current.routes.home()]).toEqual(["/", "/fa/"]);
    expect(site.index.data.waves.map((w) => w.id)).toEqual(["example-wave"]);
  });
});

/** Two releases of the release tests' data, then an unreleased edit; a Persian translation of the organisation. */
function dataWithReleases(): string {
  const data = makeDataDir([figure("f1", "2026-01-10", 100)]);
  const release = (summary: string, date: string) => {
    const p = prepareRelease(data, { summary, date, root: join(data, "..") });
    if (!p.ok) throw new Error(p.problems.map(formatProblem).join("\n"));
    writeRelease(data, p.release, p.text);
  };
  release("First", "2026-02-01");
  setFigures(data, [figure("f1", "2026-01-10", 100), figure("f2", "2026-01-12", 150)]);
  release("Second", "2026-02-02");
  setFigures(data, [figure("f1", "2026-01-10", 100), figure("f2", "2026-01-12", 150), figure("f3", "2026-01-14", 170)]);
  mkdirSync(join(data, "translations"));
  writeFileSync(join(data, "translations/fa.json"), JSON.stringify({ organisations: { "example-monitor": ORG_FA }, series: {}, waves: {} }));
  return data;
}

const ORG_FA = { name: "دیدبان نمونه", short_name: "دیدبان", counts: "داده‌های آزمایشی." };

describe("loading a site with releases", () => {
  async function load(data: string, prerendered = "") {
    return siteFrom(data, prerendered);
  }

  it("shows the latest release at the root, not the edits made since, and every release at /v/<version>/", async () => {
    const site = await load(dataWithReleases());
    expect(site.releases.map((r) => r.version)).toEqual(["2026-02-01", "2026-02-02"]);
    expect(site.current.release?.version).toBe("2026-02-02");
    expect(site.current.index.data.figures.map((f) => f.id)).toEqual(["f1", "f2"]);
    expect(site.index).toBe(site.current.index);
    expect(site.archives.map((c) => [c.routes.home(), c.archived, c.index.data.figures.length])).toEqual([
      ["/v/2026-02-01/", true, 1],
      ["/v/2026-02-02/", true, 2],
    ]);
    expect(site.byLocale.fa.archives.map((c) => c.routes.home())).toEqual(["/fa/v/2026-02-01/", "/fa/v/2026-02-02/"]);
  });

  it("translates the Persian pages only, each release by the translation of its own English", async () => {
    const site = await load(dataWithReleases());
    expect(site.byLocale.en.current.translations).toBeUndefined();
    expect(site.byLocale.fa.current.translations?.organisations["example-monitor"]).toEqual(ORG_FA);
    expect(site.byLocale.fa.archives[0].translations?.organisations["example-monitor"]).toEqual(ORG_FA);
    expect([site.byLocale.fa.current.t.dir, site.byLocale.en.current.t.dir]).toEqual(["rtl", "ltr"]);
  });

  it("leaves out the releases a previous build rendered, but always shows the latest at the root", async () => {
    const site = await load(dataWithReleases(), "2026-02-01,2026-02-02");
    expect(site.archives).toEqual([]);
    expect(site.current.index.data.figures.map((f) => f.id)).toEqual(["f1", "f2"]);
    const one = await load(dataWithReleases(), "2026-02-01,");
    expect(one.archives.map((c) => c.release?.version)).toEqual(["2026-02-02"]);
  });
});

describe("the build's site", () => {
  it("is read once from DATA_DIR, leaving out the releases RELEASES_PRERENDERED names", () => {
    const data = dataWithReleases();
    vi.stubEnv("DATA_DIR", data);
    vi.stubEnv("RELEASES_PRERENDERED", "2026-02-01");
    const site = loadSite();
    expect(site.archives.map((c) => c.release?.version)).toEqual(["2026-02-02"]);
    expect(loadSite()).toBe(site);
  });
});
