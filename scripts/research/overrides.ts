/**
 * Row-by-row facts from the research notes that a rule cannot derive, keyed by the row's
 * index in ../shared/research/observations.json (that file never changes). Each entry says why.
 */
import type { FigureBasis, FigureFlag, Hedge } from "../../src/datasets/schemas/figure.ts";
import type { Qualifier } from "../../src/datasets/schemas/qualifier.ts";

export interface Override {
  flags?: FigureFlag[];
  figure_text?: string;
  translation?: string;
  /** What the number is (see FIGURE_BASES); "cases" with the names the research gives. */
  basis?: FigureBasis;
  cases?: string[];
  /** The hedging words of the quote, and a qualifier the research's string got wrong. */
  hedge?: Hedge;
  qualifier?: Qualifier;
  /** A single value where the research recorded "at least X … possibly as many as Y" as a range. */
  value?: number;
  /** Why the research attributes the figure to its organisation when the text does not name it. */
  attribution_reason?: string;
  public_note?: string;
}

export const FIGURE_OVERRIDES: Record<number, Override> = {
  // Why the research attributes figures whose text does not name the organisation (the
  // default reason, built in attribution.ts, covers the rest).
  21: {
    flags: ["as_of_inferred", "restatement"],
    attribution_reason:
      "The quoted sentence does not say who counted, and the title does not name anyone. The research notes that it repeats HRANA's figure for 11 Jan; because the text does not name HRANA, the figure is kept with the unnamed rights groups' figures, not with HRANA's.",
  },
  137: {
    attribution_reason:
      "The quoted sentence speaks only of 'des chiffres crédibles' (credible figures), and the title says only 'selon l'ONU' (according to the UN). The research attributes the figures to the UN Fact-Finding Mission on Iran, whose first report, presented in March 2024, the article covers.",
  },
  140: {
    qualifier: "more_than",
    hedge: { kind: "perhaps", text: "perhaps" },
    attribution_reason:
      "The quoted words are the speaker's own ('I think we have had perhaps more than 300 martyrs and people killed') and do not name him; the research identifies the speaker as the IRGC's Aerospace commander, Gen. Amir Ali Hajizadeh.",
  },
  146: {
    basis: "project_count",
    figure_text: "Iran publicly hanged 23-year-old Majidreza Rahnavard",
    attribution_reason:
      "The quoted sentence reports that Iran hanged Majidreza Rahnavard four days after Mohsen Shekari's execution but not who announced it; the research attributes the executions to the Iranian authorities, as reported by the Death Penalty Information Center.",
  },
  148: {
    attribution_reason:
      "The quoted sentence does not say who counted, and the title does not name Hengaw; the research records the count as Hengaw's and dates it from a Hengaw post embedded in the page (23 Nov 2023).",
  },
  149: {
    attribution_reason:
      "The quoted sentence does not say who counted, and the title does not name Hengaw; the research records the count as Hengaw's, from the same page, which embeds a Hengaw post dated 23 Nov 2023.",
  },
  // The quote gives the parts (or names the cases); the total is the research's count of them,
  // and the notes say where the total itself is published.
  10: { basis: "project_count", figure_text: "34 demonstrators and four members of the security forces" },
  11: {
    basis: "project_count",
    figure_text: "34 eylemci ile emniyet güçlerine mensup 8 kişi",
    translation: "34 protesters, 5 of them under 18, and 8 members of the security forces lost their lives.",
  },
  13: { basis: "project_count", figure_text: "50 protesters, 14 security personnel, and one government-linked civilian" },
  // One named man's death sentence, not a running total.
  78: { basis: "cases", cases: ["Erfan Soltani"], figure_text: "sentenced to death" },
  // Two named men executed on one day (the research's notes name them), not a running total.
  79: { basis: "cases", cases: ["Mehrdad Mohammadinia", "Ashkan Maleki"] },
  // "at least 12,000 … and possibly as many as 20,000": the figure is 12,000; 20,000 is a possibility the source mentions.
  84: {
    value: 12000,
    qualifier: "at_least",
    figure_text: "12,000",
    hedge: { kind: "possibly_as_many_as", text: "possibly as many as 20,000", value: 20000 },
    attribution_reason:
      "The quoted sentence says only 'Two media interlocutors, one of whom is in the Islamic Republic', and the page's title (the words of its address) does not name CBS. The research records the figure as CBS News's ('CBS News (two sources, one inside Iran)'), the 12,000 to 20,000 it lists as CBS's estimate as reported by LIGA.net; the words read do not say so.",
  },
  83: { hedge: { kind: "reportedly", text: "reportedly" } },
  93: { hedge: { kind: "reportedly", text: "reportedly" } },
  // "the IHR identified 100 detainees": a count, not "at least".
  133: { qualifier: "exact", flags: ["as_of_inferred"] },
  // "The NGO estimates that the victims … are 304": the source calls it an estimate.
  125: { qualifier: "estimated" },
  116: { figure_text: "quattro", translation: "recalling that so far four protesters have been executed." },
  144: { basis: "project_count", figure_text: "the first such death penalty carried out" },
  12: { translation: "a total of 2,277 people were detained nationwide" },
  16: { translation: "the organisation reported the arrest of at least 2,638 people" },
  19: { flags: ["restatement"] }, // AP's rounding of HRANA's >10,681 (11 Jan)
  36: { translation: "confirmed detainees reached 24,669" },
  55: { flags: ["as_of_inferred"] }, // from "34 günlük" (34 days)
  56: { flags: ["as_of_inferred"] },
  68: { flags: ["restatement"] }, // rounded restatement of HRANA totals
  80: { flags: ["as_of_inferred"] }, // "Tuesday night" = 13 Jan 2026
  81: { flags: ["as_of_inferred"] }, // same article, no date of its own
  82: { flags: ["as_of_inferred"] },
  85: { flags: ["as_of_inferred"] }, // "On Tuesday", date from another outlet
  89: { flags: ["as_of_inferred"] }, // Tue 17 Feb 2026, inferred
  90: { flags: ["as_of_inferred"] },
  91: { flags: ["as_of_inferred"] },
  95: { flags: ["as_of_inferred"] }, // "said Friday", date from the URL
  96: { flags: ["as_of_inferred"] },
  106: { flags: ["as_of_inferred"] }, // "yesterday" = 11 Dec 2022
  111: { flags: ["as_of_inferred"] }, // matches HRANA's 28 Dec update
  112: { flags: ["as_of_inferred"], translation: "over 18 thousand people arrested, 667 of them students" },
  114: { translation: "nearly 20,000 arrested" },
  117: { flags: ["restatement"] }, // matches the compilation's 19,763 (Feb 2023)
  132: { flags: ["as_of_inferred"] }, // "Tuesday" = 27 Dec 2022
  134: { flags: ["as_of_approximate"] }, // "November 2022": 30 Nov is a month-end placeholder
  135: { flags: ["as_of_inferred"] }, // date from the URL
  136: { flags: ["as_of_inferred"] },
  468: { flags: ["as_of_inferred", "restatement"] }, // Ynet repeats HRANA's 11 Jan figure
};
