import type { FigureFlag } from "../datasets/schemas/figure.ts";

/** What each caution flag means, short for tables and long for figure pages and methodology. */
export const FLAG_LABELS: Record<FigureFlag, { short: string; long: string }> = {
  as_of_inferred: { short: "date inferred", long: "The day this count refers to was inferred (from \"said Tuesday\", a day number or a URL), not stated." },
  as_of_approximate: { short: "date approximate", long: "Only the month is known; the day is a placeholder at the month's end." },
  attribution_inferred: { short: "attribution inferred", long: "The text read does not name the organisation; the research attributes the figure from other copies of the same report." },
  backfilled: { short: "back-filled", long: "Filled in later by the dataset's compiler from HRANA's periodic reports, not from a same-day update." },
  restatement: { short: "restatement", long: "Repeats an earlier or rounded figure of the same organisation; shown, but not joined into the line." },
  possible_transcription_error: { short: "possible slip", long: "Disagrees with neighbouring figures or other copies; kept exactly as published." },
  low_quality_source: { short: "weak source", long: "Read on a weak host (a repost, a blog, an aggregator or a lookalike domain); kept only because better copies agree." },
  counted_from_quote: { short: "counted from parts", long: "The quote gives the parts (or names the cases); the number is their total, which the notes say where it is published." },
};
