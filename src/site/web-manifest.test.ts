import { describe, expect, it } from "vitest";
import { strings } from "../i18n/strings.ts";
import { makeRoutes } from "./routes.ts";
import type { SiteContext } from "./site-context.ts";
import { webManifest } from "./web-manifest.ts";

const contextIn = (locale: "en" | "fa") => ({ t: strings(locale), routes: makeRoutes({ lang: locale === "fa" ? "/fa" : "" }) }) as unknown as SiteContext;

describe("the web manifest", () => {
  it("installs the English site under its name, starting at the home page, with the page's white background", () => {
    const m = JSON.parse(webManifest(contextIn("en")));
    expect(m).toMatchObject({
      id: "/",
      start_url: "/",
      scope: "/",
      name: "Iran protest detainee counts",
      short_name: "Detainee counts",
      lang: "en",
      dir: "ltr",
      display: "minimal-ui",
      background_color: "#ffffff",
      theme_color: "#ffffff",
    });
    expect(m.description).toMatch(/^Detainee counts in Iran's protest waves/);
  });

  it("installs the Persian site right to left, starting at /fa/, with the whole site in scope", () => {
    const m = JSON.parse(webManifest(contextIn("fa")));
    expect(m).toMatchObject({ id: "/fa/", start_url: "/fa/", scope: "/", name: "شمار بازداشت‌شدگان اعتراضات ایران", short_name: "شمار بازداشت‌شدگان", lang: "fa", dir: "rtl" });
    expect(m.description).toMatch(/^شمار بازداشت‌شدگان در موج‌های اعتراضی ایران/);
  });

  it("names the SVG icon, the two PNGs Android asks for and the Apple touch icon, with their sizes", () => {
    expect(JSON.parse(webManifest(contextIn("en"))).icons).toEqual([
      { src: "/favicon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" },
    ]);
  });

});
