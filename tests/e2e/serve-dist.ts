/**
 * A tiny static file server for the built site (dist/), used only by the browser tests.
 * It behaves like the production web server for what the tests look at: directory URLs
 * serve their index.html, a directory without its trailing slash redirects to it, unknown
 * paths get dist/404.html with status 404, and every file has its proper content type.
 *
 *   node --experimental-strip-types tests/e2e/serve-dist.ts   (E2E_PORT, default 4399; DIST_DIR, default dist/)
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";

const HOST = "127.0.0.1";
const PORT = Number(process.env.E2E_PORT ?? 4399);
const ROOT = resolve(process.env.DIST_DIR ?? join(import.meta.dirname, "..", "..", "dist"));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".csv": "text/csv; charset=utf-8",
};

if (!existsSync(join(ROOT, "index.html"))) {
  console.error(`serve-dist: ${join(ROOT, "index.html")} does not exist. Build the site first: npm run build`);
  process.exit(1);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, path: string, status = 200): void {
  const type = TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
  res.writeHead(status, {
    "Content-Type": type,
    "Content-Length": statSync(path).size,
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(path).pipe(res);
}

function notFound(req: IncomingMessage, res: ServerResponse): void {
  const page = join(ROOT, "404.html");
  if (isFile(page)) {
    sendFile(req, res, page, 404);
    return;
  }
  res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(req.method === "HEAD" ? undefined : "404 Not Found\n");
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
    res.end("405 Method Not Allowed\n");
    return;
  }
  const url = new URL(req.url ?? "/", `http://${HOST}:${PORT}`);
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("400 Bad Request\n");
    return;
  }
  // Resolve inside dist/ only: "..", encoded or not, can never leave it.
  const path = resolve(ROOT, "." + pathname);
  if (pathname.includes("\0") || (path !== ROOT && !path.startsWith(ROOT + sep))) {
    notFound(req, res);
    return;
  }
  if (isDirectory(path)) {
    if (!url.pathname.endsWith("/")) {
      res.writeHead(301, { Location: url.pathname + "/" + url.search });
      res.end();
      return;
    }
    const index = join(path, "index.html");
    if (isFile(index)) sendFile(req, res, index);
    else notFound(req, res);
    return;
  }
  if (isFile(path)) sendFile(req, res, path);
  else notFound(req, res);
}

const server = createServer(handle);
server.listen(PORT, HOST, () => {
  console.log(`serve-dist: serving ${ROOT} at http://${HOST}:${PORT}/`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
