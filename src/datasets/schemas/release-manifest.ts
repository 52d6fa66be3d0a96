import { z } from "../zod.ts";
import { Version } from "./release.ts";

/**
 * data/releases/manifest.json: every release ever published, oldest first, with the hash it
 * was published with. Append-only: `npm run release` adds a line, nothing else writes it, and
 * `npm run check:history` refuses any commit that changed or dropped a line. It anchors the
 * releases outside their own files: a release edited and re-hashed no longer matches it, and a
 * deleted release is still listed.
 */
export const ReleaseManifest = z.strictObject({
  $schema: z.string().optional(),
  releases: z.array(
    z.strictObject({
      version: Version,
      sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: "is not a SHA-256 hex digest|never edit the manifest: restore it from git" }),
    }),
  ),
});
export type ReleaseManifest = z.infer<typeof ReleaseManifest>;

export const MANIFEST_FILE = "manifest.json";
