import { afterEach, describe, expect, it, vi } from "vitest";

/** site-origin.ts reads SITE_URL when it is loaded: load a fresh copy under the given environment. */
async function originWith(env: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  vi.resetModules();
  return import("./site-origin.ts");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the public origin (SITE_URL)", () => {
  it("makes every absolute address on the configured origin, whatever was written after its host", async () => {
    const o = await originWith({ SITE_URL: " https://detainees.example ", SITE_PREVIEW: undefined });
    expect(o.SITE_URL).toBe("https://detainees.example/");
    expect(o.absoluteUrl("/waves/w1/")).toBe("https://detainees.example/waves/w1/");
    expect(o.IS_PREVIEW).toBe(false);
  });

  it("marks a build with SITE_URL as a preview only when asked (npm run build -- --preview)", async () => {
    expect((await originWith({ SITE_URL: "https://detainees.example/", SITE_PREVIEW: "1" })).IS_PREVIEW).toBe(true);
    expect((await originWith({ SITE_URL: "https://detainees.example/", SITE_PREVIEW: "0" })).IS_PREVIEW).toBe(false);
  });

  it("without SITE_URL, builds for the preview server and says so", async () => {
    const o = await originWith({ SITE_URL: undefined, SITE_PREVIEW: undefined });
    expect(o.SITE_URL).toBe("http://localhost:4321/");
    expect(o.absoluteUrl("/fa/")).toBe("http://localhost:4321/fa/");
    expect(o.IS_PREVIEW).toBe(true);
    // An empty or blank line in a deployment's environment file is no SITE_URL either.
    for (const blank of ["", "  "]) expect((await originWith({ SITE_URL: blank })).SITE_URL).toBe("http://localhost:4321/");
  });

  it("stops the build on an origin that cannot be public, quoting the value and the reason", async () => {
    await expect(originWith({ SITE_URL: "https://detainees.example/sub/" })).rejects.toThrow(
      'SITE_URL "https://detainees.example/sub/" cannot be the public origin: the site is served from the root of its origin',
    );
  });
});
