import { afterEach, describe, expect, it, vi } from "vitest";
import { dataWithReleases, FIXTURE, fixtureCopy, ORG_FA } from "../../tests/unit/fixture-site.ts";
import { loadSite, siteFrom } from "./load-site.ts";

afterEach(() => vi.unstubAllEnvs());

describe("loading data/ for the build", () => {
  it("stops the build on invalid data, naming each problem and the command that explains it", async () => {
    const broken = fixtureCopy((w) => {
      w.waves[0].start = "2026-02-30";
      w.waves[0].searched_until = "soon";
    });
    let message = "";
    try {
      siteFrom(broken);
    } catch (e) {
      message = (e as Error).message;
    }
    const [first, ...problems] = message.split("\n");
    expect(first).toBe("data/ is not valid; run `npm run validate` for details.");
    // One problem a line: each starts "error" and names the file.
    const errors = problems.filter((l) => l.startsWith("error "));
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.slice(0, 2)).toEqual([
      expect.stringMatching(/waves\.json \$\.waves\[0\]\.start: "2026-02-30" is not a real calendar date$/),
      expect.stringMatching(/waves\.json \$\.waves\[0\]\.searched_until: "soon" is not a real calendar date$/),
    ]);
  });

  it("shows data/ itself, in both languages, before any release", async () => {
    const site = siteFrom(FIXTURE);
    expect(site.releases).toEqual([]);
    expect([site.current.release, site.current.archived, site.archives]).toEqual([null, false, []]);
    expect([site.byLocale.en.current.routes.home(), site.byLocale.fa.current.routes.home()]).toEqual(["/", "/fa/"]);
    expect(site.index.data.waves.map((w) => w.id)).toEqual(["example-wave"]);
  });
});


describe("loading a site with releases", () => {
  async function load(data: string, prerendered = "") {
    return siteFrom(data, prerendered);
  }

  it("shows the latest release at the root, not the edits made since, and every release at /v/<version>/", async () => {
    const site = await load(dataWithReleases());
    expect(site.releases.map((r) => r.version)).toEqual(["2026-02-01", "2026-02-02", "2026-02-03"]);
    expect(site.current.release?.version).toBe("2026-02-03");
    expect(site.current.index.data.figures.map((f) => f.id)).toEqual(["f1", "f2", "f3"]);
    expect(site.index).toBe(site.current.index);
    expect(site.archives.map((c) => [c.routes.home(), c.archived, c.release?.version, c.index.data.figures.length])).toEqual([
      ["/v/2026-02-01/", true, "2026-02-01", 1],
      ["/v/2026-02-02/", true, "2026-02-02", 2],
      ["/v/2026-02-03/", true, "2026-02-03", 3],
    ]);
    expect(site.byLocale.fa.archives.map((c) => c.routes.home())).toEqual(["/fa/v/2026-02-01/", "/fa/v/2026-02-02/", "/fa/v/2026-02-03/"]);
  });

  it("translates the Persian pages only, and not the English reworded since the release they show", async () => {
    const site = await load(dataWithReleases());
    expect(site.byLocale.en.current.translations).toBeUndefined();
    const unchanged = { name: ORG_FA.name, short_name: ORG_FA.short_name };
    expect(site.byLocale.fa.current.translations?.organisations["example-monitor"]).toEqual(unchanged);
    expect(site.byLocale.fa.archives[0].translations?.organisations["example-monitor"]).toEqual(unchanged);
    expect([site.byLocale.fa.current.t.dir, site.byLocale.en.current.t.dir]).toEqual(["rtl", "ltr"]);
  });

  it("leaves out the releases a previous build rendered, but always shows the latest at the root", async () => {
    const site = await load(dataWithReleases(), "2026-02-01,2026-02-02,2026-02-03");
    expect(site.archives).toEqual([]);
    expect(site.current.index.data.figures.map((f) => f.id)).toEqual(["f1", "f2", "f3"]);
    const one = await load(dataWithReleases(), "2026-02-01,");
    expect(one.archives.map((c) => c.release?.version)).toEqual(["2026-02-02", "2026-02-03"]);
  });
});

describe("the build's site", () => {
  it("is read once from DATA_DIR, leaving out the releases RELEASES_PRERENDERED names", () => {
    const data = dataWithReleases();
    vi.stubEnv("DATA_DIR", data);
    vi.stubEnv("RELEASES_PRERENDERED", "2026-02-01");
    const site = loadSite();
    expect(site.archives.map((c) => c.release?.version)).toEqual(["2026-02-02", "2026-02-03"]);
    expect(loadSite()).toBe(site);
  });
});
