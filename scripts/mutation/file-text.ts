import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A reader of the project's files as they are now: a file's text, or undefined when it is gone. */
export function fileText(root: string): (path: string) => string | undefined {
  return (path) => {
    try {
      return readFileSync(join(root, path), "utf8");
    } catch {
      return undefined;
    }
  };
}
