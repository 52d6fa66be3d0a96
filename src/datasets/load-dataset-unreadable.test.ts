/**
 * Folders that cannot be listed. Tests run as root here, which reads any folder whatever its
 * permissions, so the refusal a contributor meets (EACCES, EPERM, an I/O error) is simulated:
 * readdirSync fails for the folders named in `refusals`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { loadDataset } from "./load-dataset.ts";

const refusals = vi.hoisted(() => new Map<string, { code?: string; message: string }>());
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readdirSync = ((path: string, ...rest: unknown[]) => {
    const refusal = refusals.get(String(path));
    if (refusal) throw Object.assign(new Error(refusal.message), refusal.code ? { code: refusal.code } : {});
    return (fs.readdirSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readdirSync;
  return { ...fs, readdirSync };
});

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
afterEach(() => refusals.clear());

/** <tmp>/data with its required files (empty lists) and the given folders. */
function dataDir(folders: string[] = []): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), "load-dataset-unreadable-"));
  roots.push(root);
  const data = join(root, "data");
  mkdirSync(data);
  writeFileSync(join(data, "organisations.json"), '{"organisations": []}');
  writeFileSync(join(data, "sources.json"), '{"sources": []}');
  writeFileSync(join(data, "waves.json"), '{"waves": []}');
  for (const f of folders) mkdirSync(join(data, f));
  return { root, data };
}

describe("a data folder that cannot be listed", () => {
  const fix = "run the validator from the project root (npm run validate), or give the path of the data directory: npm run validate -- path/to/data";

  it("asks for read permission when it is refused, whether by its permissions or by the system", () => {
    for (const code of ["EACCES", "EPERM"]) {
      const { root, data } = dataDir();
      refusals.set(data, { code, message: `${code}: refused` });
      expect(loadDataset(data, root).problems).toEqual([
        { severity: "error", file: "data", path: "$", what: `the data directory could not be read (${code})`, fix: "make the directory readable (check its permissions and owner)" },
      ]);
    }
  });

  it("names any other failure by its code, or by its message when it has none", () => {
    const { root, data } = dataDir();
    refusals.set(data, { code: "EIO", message: "EIO: i/o error" });
    expect(loadDataset(data, root).problems).toEqual([{ severity: "error", file: "data", path: "$", what: "the data directory could not be read (EIO)", fix }]);
    refusals.set(data, { message: "the disk went away" });
    expect(loadDataset(data, root).problems).toEqual([{ severity: "error", file: "data", path: "$", what: "the data directory could not be read (the disk went away)", fix }]);
  });

  it("names a folder inside it that cannot be listed, and reads the rest", () => {
    const { root, data } = dataDir(["series", "translations"]);
    refusals.set(join(data, "series"), { code: "EACCES", message: "EACCES: refused" });
    refusals.set(join(data, "translations"), { message: "the disk went away" });
    const fix = "make the directory readable (check its permissions), then run the validator again";
    expect(loadDataset(data, root).problems).toEqual([
      { severity: "error", file: "data/translations", path: "$", what: "directory could not be read (the disk went away)", fix },
      { severity: "error", file: "data/series", path: "$", what: "directory could not be read (EACCES)", fix },
    ]);
  });
});
