/**
 * Reasons for the corrections the conversion records when a figure differs from the last
 * published release: each says what changed and why, from the two versions of the figure.
 */
import type { Figure } from "../../src/datasets/schemas/figure.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";
import { reasonName } from "./attribution.ts";

/** The release in which these corrections are made. */
export const CORRECTION_DATE = "2026-12-01";
/** The published release the data is compared with (not the one being remade on CORRECTION_DATE). */
export const COMPARED_RELEASE = "2026-11-29";

const QUALIFIER_WORDS: Record<string, string> = {
  exact: "exact",
  at_least: "'at least'",
  more_than: "'more than'",
  about: "'about'",
  nearly: "'nearly'",
  up_to: "'up to'",
  estimated: "'estimated'",
  range: "a range",
};


/** The words of the quote around the figure, for a reason that shows what the source says. */
function around(f: Pick<Figure, "quote" | "figure_text">): string {
  const i = f.quote.indexOf(f.figure_text);
  if (i < 0) return f.figure_text;
  const start = Math.max(0, f.quote.lastIndexOf(" ", Math.max(0, i - 25)));
  const endSpace = f.quote.indexOf(" ", i + f.figure_text.length + 12);
  return f.quote.slice(start, endSpace < 0 ? undefined : endSpace).trim();
}

export interface ReasonContext {
  documents: Map<string, SourceDocument>;
  /** Why the research added another document to this figure (overrides-2026-12.ts). */
  why?: string;
}

/**
 * The corrections for one changed figure: one reason for the corrections of the figure itself
 * (value, qualifier, flags, attribution…) and a separate one for documents added to it, since
 * they are separate changes (issue 9's corrections and issue 10's other documents).
 */
export function correctionReasons(old: Figure, now: Figure, ctx?: ReasonContext): string[] {
  const out: string[] = [];
  const docs: string[] = [];
  const had = new Set(old.flags ?? []);
  const has = new Set(now.flags);
  const who = reasonName(now.organisation);

  if ((old.value !== now.value || old.low !== now.low || old.high !== now.high) && now.hedge?.kind === "possibly_as_many_as")
    out.push(
      `Recorded as ${QUALIFIER_WORDS[now.qualifier].replace(/'/g, "")} ${now.value?.toLocaleString("en-GB")} with the source's "${now.hedge.text}" kept as a hedge, instead of a range of ${old.low?.toLocaleString("en-GB")} to ${old.high?.toLocaleString("en-GB")}: the source gives the higher number only as a possibility.`,
    );
  else if (old.value !== now.value || old.low !== now.low || old.high !== now.high) out.push(`Value corrected to match the quote.`);
  else if (old.qualifier !== now.qualifier)
    out.push(`Qualifier corrected from ${QUALIFIER_WORDS[old.qualifier]} to ${QUALIFIER_WORDS[now.qualifier]}: the quote says "${around(now)}".`);
  if (now.hedge && !old.hedge && now.hedge.kind !== "possibly_as_many_as")
    out.push(`The source's hedge "${now.hedge.text}" is now kept with the figure: the quote says "${around({ quote: now.quote, figure_text: now.hedge.text })}".`);
  if (old.figure_text !== now.figure_text) out.push(`Figure text corrected from "${old.figure_text}" to "${now.figure_text}".`);

  if (had.has("counted_from_quote") && now.basis === "project_count")
    out.push(`Marked as this project's count: the source does not state the total; the quote gives ${/^\d/.test(now.figure_text) ? "its parts" : "the case"} ("${now.figure_text}").`);
  else if (now.basis === "cases" && old.basis !== "cases")
    out.push(`Marked as ${now.cases!.length === 1 ? "a single named case" : "named cases"} (${now.cases!.join(", ")}), not a running total.`);

  if (has.has("attribution_inferred") && !had.has("attribution_inferred"))
    out.push(`Flagged "attribution inferred": neither the quote nor the document's title names ${who}, so the attribution is marked as the research's inference, with its reason.`);
  else if (now.attribution_reason && !old.attribution_reason) out.push(`Added the reason the research attributes the figure to ${who} although the text read does not name it.`);
  if (has.has("low_quality_source") && !had.has("low_quality_source")) out.push(`Flagged "low-quality source": its source carries a caution.`);
  if (now.corroborated_by?.length && !old.corroborated_by?.length)
    out.push(`Linked to ${now.corroborated_by.length === 1 ? "the figure" : "the figures"} from better sources that state the same number.`);
  if (now.public_note && now.public_note !== old.public_note) out.push(`Added a note for readers.`);
  const oldDocs = new Set((old.other_documents ?? []).map((d) => d.source));
  for (const d of (now.other_documents ?? []).filter((d) => !oldDocs.has(d.source))) {
    const doc = ctx?.documents.get(d.source);
    const what = `${doc ? `${doc.publisher}'s "${doc.title}"` : d.source}${doc?.published ? ` (${doc.published})` : ""}`;
    const kind = d.primary ? "as a primary copy (the organisation's own or an official record)" : "as a republication";
    const reading = d.qualifier ? ` It says "${around(d)}", kept as this document's own qualifier (${QUALIFIER_WORDS[d.qualifier]}); the figure keeps ${QUALIFIER_WORDS[now.qualifier]} from its own document.` : "";
    docs.push(`Added ${what} ${kind} stating the same figure: ${ctx?.why ?? "another document with the same number"}.${reading}`);
  }
  if (!old.as_of && now.as_of && now.other_documents?.length)
    docs.push(`Dated ${now.as_of} (flagged "as of inferred"): the figure's own document is undated; another copy of the same statement is dated that day.`);

  const covered = new Set(["value", "low", "high", "qualifier", "hedge", "figure_text", "flags", "basis", "cases", "attribution_reason", "corroborated_by", "public_note", "corrections", "other_documents", ...(now.other_documents?.length && !old.as_of ? ["as_of"] : [])]);
  const other = [...new Set([...Object.keys(old), ...Object.keys(now)])]
    .filter((k) => !covered.has(k) && JSON.stringify((old as Record<string, unknown>)[k]) !== JSON.stringify((now as Record<string, unknown>)[k]))
    .sort();
  if (other.length) out.push(`Updated ${other.join(", ")}.`);
  const reasons = [out, docs].filter((r) => r.length).map((r) => r.join(" "));
  if (!reasons.length) throw new Error(`figure ${now.id} changed but no reason could be stated`);
  return reasons;
}
