import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Every file below a folder (paths joined to `dir`), depth first; none when the folder does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}
