/**
 * The real command, with @inquirer/prompts, when its input ends at the first question (a
 * closed stdin, as after Ctrl-D; Ctrl-C ends the same way): nothing is written.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dataCopy, removeCopies, ROOT, snapshot } from "./test-data.ts";

afterEach(removeCopies);

// Sessions copy and validate the whole of data/: allow for a busy machine.
describe("npm run add in a terminal", { timeout: 120_000 }, () => {
  it("stops with status 130 and writes nothing when the input closes", () => {
    const dataDir = dataCopy();
    const before = snapshot(dataDir);
    const run = spawnSync(process.execPath, ["--experimental-strip-types", join(ROOT, "scripts/add.ts")], {
      input: "https://example.org/closed\n",
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.stdout).toContain("Stopped: nothing was written.");
    expect(run.status).toBe(130);
    expect(snapshot(dataDir)).toEqual(before);
  });
});
