import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { releaseHash } from "./release-hash.ts";
import type { Release } from "./schemas/release.ts";

/**
 * Release files already checked in full, remembered by the SHA-256 of their bytes (issue 13 §2).
 * A release never changes, yet every `validate` and every build parsed, schema-checked and
 * hashed each one again: with weekly releases that cost grew without end. A file whose exact
 * bytes passed every check, under the same checking code, passes them again, so it is only
 * read and parsed. Any edit changes the bytes (a miss: checked in full); any change to the
 * checks (src/datasets/, the lock file) changes the key and forgets every verdict. The manifest
 * and chain checks, which relate releases to each other, still run every time.
 *
 * The record lives in .cache/ (never committed): a clean clone, as in CI, checks everything.
 */
export class VerifiedReleases {
  private readonly file: string;
  private readonly key: string;
  private known: Set<string>;
  private added = false;
  /** The files this run met: the record keeps only those, so it never outgrows data/releases/. */
  private readonly seen = new Set<string>();
  /** Bytes hashes of files read but not found, so a later confirm() need not read them again. */
  private readonly pending = new Map<string, string>();

  constructor(file: string, key: string) {
    this.file = file;
    this.key = key;
    this.known = new Set();
    try {
      const saved = JSON.parse(readFileSync(file, "utf8")) as { key?: unknown; files?: unknown };
      // Stryker disable next-line MethodExpression: an entry that is not text never equals a file's hash, so keeping it trusts nothing more
      if (saved.key === key && Array.isArray(saved.files)) this.known = new Set(saved.files.filter((f): f is string => typeof f === "string"));
    } catch {
      // No record yet, or an unreadable one: check everything, and write a new record.
    }
  }

  /**
   * The project's record, keyed by its checking code; null (check everything) when the code is
   * not there to key it by, or when RELEASE_CHECK=full asks for a full check.
   */
  static forProject(root: string): VerifiedReleases | null {
    if (process.env.RELEASE_CHECK === "full") return null;
    const key = checksKey(root);
    return key ? new VerifiedReleases(join(root, ".cache/verified-releases.json"), key) : null;
  }

  /**
   * The release in `path` if its exact bytes were verified before, else null. A link or
   * anything but a regular file is never trusted (the full check explains what is wrong).
   */
  read(path: string): Release | null {
    try {
      if (!lstatSync(path).isFile()) return null;
      const bytes = readFileSync(path);
      const hash = createHash("sha256").update(bytes).digest("hex");
      if (!this.known.has(hash)) {
        this.pending.set(path, hash);
        return null;
      }
      this.seen.add(hash);
      return JSON.parse(bytes.toString("utf8")) as Release;
    } catch {
      return null;
    }
  }

  /**
   * Remembers a file that passed every check on its own. Only when its JSON, as written, is
   * the release the checks saw (no default filled in by the schema): then parsing it without
   * the schema gives the very same release.
   */
  confirm(path: string, raw: unknown, release: Release): void {
    const hash = this.pending.get(path);
    if (!hash || releaseHash(raw as Release) !== release.sha256) return;
    this.known.add(hash);
    this.seen.add(hash);
    this.added = true;
  }

  /** Writes the record if it learnt or forgot anything (whole, then renamed: never half a file). */
  save(): void {
    if (!this.added && this.seen.size === this.known.size) return;
    this.known = new Set(this.seen);
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}`;
      writeFileSync(tmp, JSON.stringify({ key: this.key, files: [...this.known].sort() }));
      renameSync(tmp, this.file);
      this.added = false;
    } catch {
      // A read-only checkout still validates; it only checks in full next time too.
    }
  }
}

/** A hash of the code that checks a release: the schemas and rules in src/datasets/, and the locked dependencies (zod). */
export function checksKey(root: string): string | null {
  const dir = join(root, "src/datasets");
  if (!existsSync(dir)) return null;
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(d, e.name)] : []));
  const h = createHash("sha256");
  for (const f of [...files(dir).sort(), join(root, "package-lock.json")]) if (existsSync(f)) h.update(f.slice(root.length)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex");
}
