import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";

/**
 * The W3C Nu HTML checker (the npm package vnu-jar, run with Debian's Java) over many files in
 * one JVM: starting one and loading the HTML schema costs seconds, so every file goes in one call.
 */
export interface NuMessage {
  /** "error", "info" (subType "warning" for warnings) or "non-document-error" (a file it could not read). */
  type: string;
  subType?: string;
  /** file:… URL of the checked file. */
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
/** vnu 26 runs on Java 17 and later. */
const MIN_JAVA = 17;
const INSTALL = "as root: `apt-get install -y --no-install-recommends default-jre-headless` (.ci/run installs it on CI)";

/** Why the checker cannot run here (no Java, or one too old), with the fix; null when it can. */
export function javaProblem(): string | null {
  const run = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (run.error) return `the HTML check needs Java ${MIN_JAVA} or later and \`java\` is not on the PATH; install Debian's: ${INSTALL}`;
  const major = Number(/version "(\d+)/.exec(run.stderr)?.[1] ?? 0);
  return major >= MIN_JAVA ? null : `the HTML check needs Java ${MIN_JAVA} or later, \`java -version\` says: ${run.stderr.split("\n")[0]}; ${INSTALL}`;
}

/** Every message the checker gives for these files, read from its JSON report. */
export function nuCheck(files: string[]): Promise<NuMessage[]> {
  // -XX:TieredStopAtLevel=1: the quick JIT only; a run of a minute or less does not earn back the
  // optimising compiler's cost (measured over all of dist/: 27 s of CPU instead of 37-45 s). That
  // JIT's frames are larger, and the schema check recurses deeply: hence the bigger thread stack.
  const args = ["-Xss8m", "-XX:TieredStopAtLevel=1", "-jar", VNU_JAR, "--format", "json", "--stdout", "--exit-zero-always", ...files];
  return new Promise((resolve, reject) => {
    const child = spawn("java", args, { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      const text = Buffer.concat(out).toString("utf8");
      if (code !== 0) return reject(new Error(`vnu exited with ${code}: ${Buffer.concat(err).toString("utf8").slice(0, 2000)}`));
      try {
        resolve((JSON.parse(text) as { messages: NuMessage[] }).messages);
      } catch {
        reject(new Error(`vnu printed no JSON report: ${text.slice(0, 500)} ${Buffer.concat(err).toString("utf8").slice(0, 2000)}`));
      }
    });
  });
}
