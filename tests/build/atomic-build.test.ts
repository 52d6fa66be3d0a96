import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * `npm run build` is atomic (issue 13 §3): a build stopped half-way leaves the previous site
 * whole and nothing of its own behind, and a second build while one runs is refused. Built
 * into a folder of its own (OUT_DIR) with its own lock, so dist/ is never touched.
 */
const ROOT = join(import.meta.dirname, "../..");
const BASE = join(ROOT, ".test-builds", `atomic-${process.pid}`);
const OUT = join(BASE, "site");
const LOCK = join(BASE, "build.lock");
const env = { ...process.env, SITE_URL: "https://detainees.test/", OUT_DIR: OUT, BUILD_LOCK: LOCK };
const script = [process.execPath, ["--experimental-strip-types", join(ROOT, "scripts/build.ts")]] as const;
afterAll(() => rmSync(BASE, { recursive: true, force: true }));

describe("npm run build", () => {
  it("refuses a production build without SITE_URL, or with one that is not an origin, before it builds anything", () => {
    const { SITE_URL: _unset, ...noOrigin } = env;
    for (const [value, message] of [
      [undefined, "error: SITE_URL is not set."],
      ["detainees.test", "is not an absolute URL"],
      ["https://user:pw@detainees.test/", "must not hold a user name or password"],
      ["https://detainees.test/dashboard/", "is an origin only (https://detainees.test/)"],
    ] as const) {
      const r = spawnSync(script[0], script[1], { cwd: ROOT, env: value === undefined ? noOrigin : { ...env, SITE_URL: value }, encoding: "utf8" });
      expect(r.status, value).toBe(1);
      expect(r.stderr).toContain(message);
      expect(existsSync(LOCK), "no lock left behind").toBe(false);
    }
  });

  it("refuses a production build without zimwriterfs, naming the package to install, before it renders anything", () => {
    // A PATH without zim-tools (the build runs its own children by absolute path).
    mkdirSync(BASE, { recursive: true });
    const r = spawnSync(script[0], script[1], { cwd: ROOT, env: { ...env, PATH: join(BASE, "no-such-bin") }, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("error: zimwriterfs is not installed");
    expect(r.stderr).toContain("fix: apt-get install -y zim-tools");
    expect(existsSync(LOCK), "no lock left behind").toBe(false);
    expect(existsSync(OUT), "nothing built").toBe(false);
  });

  it("refuses a second build while one runs, naming the running one", () => {
    mkdirSync(LOCK, { recursive: true });
    writeFileSync(join(LOCK, "pid"), String(process.pid)); // this test process: alive
    const r = spawnSync(script[0], script[1], { cwd: ROOT, env, encoding: "utf8" });
    rmSync(LOCK, { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error: another build is running (process ${process.pid}); wait for it to finish, or stop it, then build again.`);
  });

  it("stopped half-way, leaves the previous site whole and no half-built folder or lock", async () => {
    // The "previous site": one page the interrupted build must not lose.
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, "index.html"), "<!doctype html><title>previous</title>");
    const child = spawn(script[0], script[1], { cwd: ROOT, env, stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    // Wait for the condition, not a time: Astro has started writing the new site beside the old.
    const started = () => readdirSync(BASE).some((f) => f.startsWith("site.next-"));
    while (!started()) {
      if (child.exitCode !== null) throw new Error(`the build ended before it began writing:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill("SIGINT");
    const code = await new Promise<number | null>((r) => child.on("exit", r));
    expect(code, output).not.toBe(0);
    expect(readFileSync(join(OUT, "index.html"), "utf8")).toBe("<!doctype html><title>previous</title>");
    expect(readdirSync(BASE).sort()).toEqual(["site"]);
    expect(existsSync(LOCK)).toBe(false);
  }, 120_000);
});
