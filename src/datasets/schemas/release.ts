import { z } from "../zod.ts";
import { Figure } from "./figure.ts";
import { Organisation } from "./organisation.ts";
import { Id, IsoDate, NonEmptyText } from "./primitives.ts";
import { Series } from "./series.ts";
import { SourceDocument } from "./source-document.ts";
import { Wave } from "./wave.ts";

/** "2026-11-29", or "2026-11-29.2" for the second release of that day. */
export const Version = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:\.\d+)?$/, {
  message: "is not a release version|versions are the release date, YYYY-MM-DD, with .2, .3 … for later releases the same day",
});

export const ReleaseChanges = z.strictObject({
  figures_added: z.array(Id),
  figures_changed: z.array(z.strictObject({ id: Id, reason: NonEmptyText })),
  figures_removed: z.array(z.strictObject({ id: Id, reason: NonEmptyText })),
  sources_added: z.array(Id),
  /**
   * Published records other than figures whose cited fields changed, each with its reason (a
   * new entry in the record's `corrections`). Absent in releases made before it was recorded.
   */
  records_changed: z.array(z.strictObject({ kind: z.enum(["source", "organisation", "series", "wave"]), id: Id, fields: z.array(z.string()).min(1), reason: NonEmptyText })).optional(),
});
export type ReleaseChanges = z.infer<typeof ReleaseChanges>;

/** The dataset as frozen in a release: every record, figures carrying their series id. */
export const ReleaseData = z.strictObject({
  organisations: z.array(Organisation),
  sources: z.array(SourceDocument),
  waves: z.array(Wave),
  series: z.array(Series),
  figures: z.array(Figure.extend({ series: Id })),
});
export type ReleaseData = z.infer<typeof ReleaseData>;

/** One immutable release file under data/releases/. `sha256` covers every other field. */
export const Release = z.strictObject({
  /**
   * The data model the release was written in. When the model changes, old releases keep their
   * bytes and hash; a migration (datasets/migrations/, as in OWID's grapher) lifts them to the
   * current shape for rendering.
   */
  schema_version: z.literal(1),
  version: Version,
  date: IsoDate,
  previous: Version.nullable(),
  /**
   * The previous release's sha256, so that editing any release breaks every later one (a hash
   * chain). Absent only in the releases made before the chain (2026-11-29 and 2026-12-01),
   * which the manifest anchors.
   */
  previous_sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: "is not a SHA-256 hex digest|never edit a release file: restore it from git" }).nullable().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: "is not a SHA-256 hex digest|never edit a release file: restore it from git" }),
  summary: NonEmptyText,
  /**
   * The git commit data/ was at when the release was made (`git rev-parse HEAD`, recorded only
   * when data/ had no uncommitted change). Absent in releases made before it was recorded
   * (2026-11-29 and 2026-12-01) and where no git history was available: never filled in later.
   */
  dataset_commit: z.string().regex(/^[0-9a-f]{40}$/, { message: "is not a 40-character git commit hash|never edit a release file: restore it from git" }).optional(),
  changes: ReleaseChanges,
  data: ReleaseData,
});
export type Release = z.infer<typeof Release>;
