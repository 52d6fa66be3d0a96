/**
 * Row-by-row facts from the research notes that a rule cannot derive, keyed by the row's
 * index in ../shared/research/observations.json (that file never changes). Each entry says why.
 */
import type { FigureFlag } from "../../src/datasets/schemas/figure.ts";

interface Override {
  flags?: FigureFlag[];
  figure_text?: string;
  translation?: string;
}

export const FIGURE_OVERRIDES: Record<number, Override> = {
  // The quote gives the parts (or names the cases); the total is the research's count of them,
  // and the notes say where the total itself is published.
  10: { flags: ["counted_from_quote"], figure_text: "34 demonstrators and four members of the security forces" },
  11: {
    flags: ["counted_from_quote"],
    figure_text: "34 eylemci ile emniyet güçlerine mensup 8 kişi",
    translation: "34 protesters, 5 of them under 18, and 8 members of the security forces lost their lives.",
  },
  13: { flags: ["counted_from_quote"], figure_text: "50 protesters, 14 security personnel, and one government-linked civilian" },
  78: { flags: ["counted_from_quote"], figure_text: "sentenced to death" },
  116: { figure_text: "quattro", translation: "recalling that so far four protesters have been executed." },
  144: { flags: ["counted_from_quote"], figure_text: "the first such death penalty carried out" },
  146: { flags: ["counted_from_quote"], figure_text: "Iran publicly hanged 23-year-old Majidreza Rahnavard" },
  12: { translation: "a total of 2,277 people were detained nationwide" },
  16: { translation: "the organisation reported the arrest of at least 2,638 people" },
  19: { flags: ["restatement"] }, // AP's rounding of HRANA's >10,681 (11 Jan)
  21: { flags: ["as_of_inferred", "restatement"] }, // repeats the 11 Jan figure on 13 Jan
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
  133: { flags: ["as_of_inferred"] },
  134: { flags: ["as_of_approximate"] }, // "November 2022": 30 Nov is a month-end placeholder
  135: { flags: ["as_of_inferred"] }, // date from the URL
  136: { flags: ["as_of_inferred"] },
  468: { flags: ["as_of_inferred", "restatement"] }, // Ynet repeats HRANA's 11 Jan figure
};
