/**
 * Another site using the data (issue 14): a page on a different origin, as a notebook or an
 * Observable or D3 page would be, reads the API, a CSV download and a chart model with fetch(),
 * and shows a share image in an <img>, from the production nginx configuration. The browser
 * enforces CORS and Cross-Origin-Resource-Policy, so this fails if either header is wrong.
 */
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { startNginx, type RunningNginx } from "../../scripts/nginx-serve.ts";

const PORT = Number(process.env.E2E_CORS_PORT ?? 8471);
// "Another site": a server of its own on the next port, so a different origin (and, unlike a
// page the test fulfils itself, one the browser knows is on this machine, so its local-network
// rules play no part).
const ELSEWHERE = `http://127.0.0.1:${PORT + 1}`;
// One server pair for the file: its tests run in order in one worker.
test.describe.configure({ mode: "default" });
let nginx: RunningNginx;
let elsewhere: Server;
test.beforeAll(async () => {
  nginx = await startNginx(join(import.meta.dirname, "../../dist"), PORT);
  elsewhere = createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>another site</title><p>notebook</p>"));
  await new Promise<void>((done) => elsewhere.listen(PORT + 1, "127.0.0.1", done));
});
test.afterAll(() => {
  nginx?.stop();
  elsewhere?.close();
});

test("a page on another origin can fetch the data and show the share images", async ({ page }) => {
  const data = `http://127.0.0.1:${PORT}`;
  await page.goto(`${ELSEWHERE}/notebook/`);
  const result = await page.evaluate(async (base) => {
    const index = await (await fetch(`${base}/api/v1/index.json`)).json();
    const csv = await (await fetch(`${base}/downloads/latest/figures.csv`)).text();
    const chart = await (await fetch(`${base}/charts/home-detainees.json`)).json();
    const img = new Image();
    img.src = `${base}/images/home-detainees.png`;
    const loaded = await new Promise<boolean>((done) => {
      img.onload = () => done(true);
      img.onerror = () => done(false);
    });
    return { version: index.version, csvHeader: csv.split("\n")[0], chartId: chart.id ?? null, loaded, width: img.naturalWidth, origin: location.origin };
  }, data);
  expect(result.origin).toBe(ELSEWHERE);
  expect(result.version).toMatch(/^\d{4}-\d{2}-\d{2}/);
  expect(result.csvHeader).toContain("figure_id");
  expect(result.chartId).not.toBeNull();
  expect(result.loaded, "the share image loads in another site's <img>").toBe(true);
  expect(result.width).toBeGreaterThan(0);
});

test("a page on another origin cannot read the site's pages", async ({ page }) => {
  await page.goto(`${ELSEWHERE}/notebook/`);
  const blocked = await page.evaluate(async (base) => fetch(`${base}/`).then(() => false, () => true), `http://127.0.0.1:${PORT}`);
  expect(blocked, "HTML pages carry no CORS header").toBe(true);
});
