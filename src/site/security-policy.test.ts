import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

/** The policy, loaded by the test itself (it is built when its module is loaded). */
async function policy(): Promise<string> {
  vi.resetModules();
  return (await import("./security-policy.ts")).CONTENT_SECURITY_POLICY;
}

/** The policy as directive → sources. */
const directives = (policy: string) => new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));

describe("the pages' Content-Security-Policy", () => {
  it("allows nothing by default, scripts only from the site's files, never inline or eval", async () => {
    const CONTENT_SECURITY_POLICY = await policy();
    const p = directives(CONTENT_SECURITY_POLICY);
    expect(p.get("default-src")).toEqual(["'none'"]);
    expect(p.get("script-src")).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });

  it("lets the pages load their own styles (and the charts' inline colours), images, data, fonts and manifest", async () => {
    const CONTENT_SECURITY_POLICY = await policy();
    const p = directives(CONTENT_SECURITY_POLICY);
    expect(p.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(p.get("img-src")).toEqual(["'self'", "data:"]);
    for (const d of ["connect-src", "font-src", "manifest-src", "base-uri", "form-action"]) expect(p.get(d), d).toEqual(["'self'"]);
    expect(p.size).toBe(9);
  });

  it("is the policy the nginx configuration sends as a header, which adds only frame-ancestors", async () => {
    const CONTENT_SECURITY_POLICY = await policy();
    const conf = readFileSync(join(import.meta.dirname, "../../deploy/nginx/snippets/dashboard-security-headers.conf"), "utf8");
    const header = /add_header Content-Security-Policy "([^"]+)"/.exec(conf)?.[1] ?? "";
    expect(header).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors $dashboard_frame_ancestors`);
  });
});
