import { z } from "../zod.ts";
import { HttpUrl, Id, IsoDate, NonEmptyText } from "./primitives.ts";
import { Correction } from "./correction.ts";

export const SOURCE_KINDS = ["report", "news", "statement", "dataset", "blog", "aggregator"] as const;

/** A dataset file pinned to one commit, so the exact bytes can be found again. */
export const DatasetLocation = z.strictObject({
  repository: HttpUrl,
  file: NonEmptyText,
  commit: z.string().regex(/^[0-9a-f]{40}$/, { message: "is not a 40-character git commit hash|copy the full commit id" }),
});

/** One record per URL; the same document can back many figures. */
export const SourceDocument = z.strictObject({
  id: Id,
  title: NonEmptyText,
  /** Where the title comes from when the copy read shows no headline: "url" (the address's words) or "description". */
  title_from: z.enum(["headline", "url", "description"]).optional(),
  publisher: NonEmptyText,
  url: HttpUrl,
  /** null when the copy read shows no date. */
  published: IsoDate.nullable(),
  published_inferred: z.boolean().optional(),
  /**
   * When the copy read shows no date but the text itself dates it from below ("references the
   * 17 Feb press conference"): the earliest day it can have been published, and why. Only with
   * `published: null`. An undated figure of it enters "latest" on this day, marked as such.
   */
  published_not_before: z.strictObject({ date: IsoDate, reason: NonEmptyText }).optional(),
  /** null when the research did not record when the page was read. */
  accessed: IsoDate.nullable(),
  /** BCP 47 tag of the document's language, e.g. "en", "it", "tr", "ar". */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: "is not a language tag|use a BCP 47 tag such as \"en\" or \"fa\"" }),
  kind: z.enum(SOURCE_KINDS),
  /** Where the copy was actually read when not at `url` (a reader proxy, a repository path). */
  read_via: NonEmptyText.optional(),
  dataset: DatasetLocation.optional(),
  archived: z.array(HttpUrl).optional(),
  /**
   * For a document whose every figure is one organisation's (a compiled dataset): the
   * document's own words naming it, which satisfy the attribution rule for its figures.
   */
  names_claimant: z.strictObject({ organisation: Id, quote: NonEmptyText, locator: NonEmptyText }).optional(),
  /** Claims this document states that are recorded from another copy: their figure ids. */
  related_figures: z.array(Id).optional(),
  /** Reliability warnings readers must see (lookalike domain, low-quality host, repost). */
  caution: NonEmptyText.optional(),
  /** A note for readers, shown on the source page. */
  notes: NonEmptyText.optional(),
  /** Why a published field changed (see correction.ts). */
  corrections: z.array(Correction).optional(),
  /** How the copy was found and read: in the downloads, never on pages. */
  research_notes: NonEmptyText.optional(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;
