/**
 * Serves dist/ with the project's real nginx configuration (deploy/nginx/) from a temporary
 * prefix, without root or system changes, so tests and CI exercise exactly what production
 * runs. `node scripts/nginx-serve.ts [--port 8089] [--root dist]` runs in the foreground.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const DEPLOY = join(import.meta.dirname, "../deploy/nginx");
export const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));

export interface RunningNginx {
  url: string;
  stop: () => void;
  process: ChildProcess;
}

/** Writes a runnable configuration under a temporary prefix: same server block, local paths. */
export function nginxConfig(root: string, port: number): { prefix: string; conf: string } {
  const prefix = mkdtempSync(join(tmpdir(), "nginx-dashboard-"));
  mkdirSync(join(prefix, "snippets"));
  mkdirSync(join(prefix, "logs"));
  copyFileSync(join(DEPLOY, "snippets/dashboard-security-headers.conf"), join(prefix, "snippets/dashboard-security-headers.conf"));
  const server = readFileSync(join(DEPLOY, "dashboard.conf"), "utf8")
    .replace("listen 8080;", `listen 127.0.0.1:${port};`)
    .replace("root /srv/dashboard/dist;", `root ${resolve(root)};`)
    .replaceAll("/etc/nginx/snippets/", `${prefix}/snippets/`);
  writeFileSync(join(prefix, "dashboard.conf"), server);
  // Started as root, nginx runs its workers as "nobody", who cannot read a checkout in a private
  // directory (mktemp -d makes it 0700): the workers then answer every path with the 404 page.
  // This local server only ever serves the build, so its workers keep the caller's user.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  const conf = `${user}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/dashboard.conf;
}
`;
  writeFileSync(join(prefix, "nginx.conf"), conf);
  return { prefix, conf: join(prefix, "nginx.conf") };
}

export async function startNginx(root: string, port: number): Promise<RunningNginx> {
  if (!NGINX) throw new Error("nginx is not installed: apt-get install -y nginx (.ci/run does it)");
  const { prefix, conf } = nginxConfig(root, port);
  const test = spawnSync(NGINX, ["-t", "-p", prefix, "-c", conf], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx configuration test failed:\n${test.stderr}`);
  const child = spawn(NGINX, ["-p", prefix, "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${url}/`);
      return { url, process: child, stop: () => child.kill("SIGQUIT") };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  child.kill();
  throw new Error(`nginx did not start on ${url}`);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: "string", default: "8089" }, root: { type: "string", default: "dist" } } });
  const nginx = await startNginx(values.root!, Number(values.port));
  console.log(`nginx serving ${values.root} at ${nginx.url}`);
  const stop = () => {
    nginx.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
