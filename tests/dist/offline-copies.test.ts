import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";

/**
 * The latest release's offline copies in the built dist/ (issue 16): the ZIM passes openZIM's
 * zimcheck and stays within its budget, each copy's SHA-256 file matches it, and the zip holds
 * the whole latest site in both languages with links that work from disk.
 */
const DIST = join(import.meta.dirname, "../../dist");
const api = JSON.parse(readFileSync(join(DIST, "api/v1/index.json"), "utf8")) as { version: string; releases: Array<{ version: string; offline: Array<{ name: string; url: string; sha256: string }> }> };
const version = api.version;
const file = (name: string) => join(DIST, "downloads", version, name);
/** The ZIM's budget at today's data (docs/BENCHMARKS.md): small enough to pass hand to hand. */
const ZIM_BUDGET_BYTES = 25 * 1024 * 1024;
const hasZim = existsSync(file("site.zim"));
const zimcheckInstalled = spawnSync("zimcheck", ["--version"]).status === 0;

describe("the latest release's offline copies", () => {
  it("are listed in the API and linked, with their SHA-256 files, from the data page", () => {
    const listed = api.releases.find((r) => r.version === version)!.offline;
    expect(listed.map((c) => c.name)).toContain("site.zip");
    const html = readFileSync(join(DIST, "data/index.html"), "utf8");
    for (const c of listed) {
      expect(existsSync(join(DIST, c.url)), c.url).toBe(true);
      expect(html).toContain(`href="${c.url}"`);
      expect(html).toContain(`href="${c.sha256}"`);
      // The build filled in the size and hash.
      const hash = readFileSync(join(DIST, c.sha256), "utf8").slice(0, 64);
      expect(html).toMatch(new RegExp(`data-file-facts="${version}/${c.name.replace(".", "\\.")}">[\\d.]+ MB, <bdi>SHA-256</bdi> <code[^>]*>${hash}</code>`));
    }
  });

  it("each match the SHA-256 beside them, in sha256sum's format", () => {
    for (const name of ["site.zip", ...(hasZim ? ["site.zim"] : [])]) {
      const expected = createHash("sha256").update(readFileSync(file(name))).digest("hex");
      expect(readFileSync(file(`${name}.sha256`), "utf8")).toBe(`${expected}  ${name}\n`);
    }
  });

  it("site.zip holds the latest site in both languages, and its pages link only within it or to the official site", () => {
    const entries = unzipSync(readFileSync(file("site.zip")));
    const names = Object.keys(entries);
    for (const must of ["index.html", "fa/index.html", "data/index.html", `downloads/${version}/figures.csv`]) expect(names, must).toContain(must);
    expect(names.filter((n) => /^(fa\/)?v\/|^images\/.*\.png$|^downloads\/latest\//.test(n))).toEqual([]);
    const problems: string[] = [];
    for (const name of names.filter((n) => n.endsWith(".html"))) {
      const html = strFromU8(entries[name]);
      for (const [, attribute, url] of html.matchAll(/\s(href|src|action|data-chart-src)="([^"]*)"/g)) {
        if (/^(https?:|mailto:|#|data:)/.test(url)) {
          // Nothing loads from the network by itself: links to elsewhere are followed only when clicked.
          if (attribute === "src" && url.startsWith("http")) problems.push(`${name}: loads ${url}`);
          continue;
        }
        if (url.startsWith("/")) problems.push(`${name}: root address ${url}`);
        const target = new URL(url, `file:///x/${name}`).pathname.slice(3);
        if (!(decodeURI(target) in entries)) problems.push(`${name}: ${url} (not in the zip)`);
        if (problems.length > 20) break;
      }
    }
    expect(problems).toEqual([]);
  });

  it("site.zim passes zimcheck (structure, metadata, 48×48 illustration, links) and is within its 25 MB budget", () => {
    expect(zimcheckInstalled, "zimcheck is missing: apt-get install -y zim-tools (.ci/run installs it)").toBe(true);
    expect(hasZim, "dist/ has no site.zim: build with zim-tools installed (apt-get install -y zim-tools)").toBe(true);
    expect(statSync(file("site.zim")).size).toBeLessThanOrEqual(ZIM_BUDGET_BYTES);
    const check = spawnSync("zimcheck", ["--all", file("site.zim")], { encoding: "utf8" });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain("Overall Test Status: Pass");
  });
});
