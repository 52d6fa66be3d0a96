/**
 * Labels, definitions and caveats for each series the research yields. A series is one
 * organisation x measure x wave; its text says what is counted, in plain words.
 */
import type { Measure } from "../../src/datasets/schemas/measure.ts";
import type { Series } from "../../src/datasets/schemas/series.ts";
// Labels use the site's own English measure words, so legends and labels never disagree.
import { measureWords } from "../../src/domain/measure-groups.ts";

export const WAVE_SHORT: Record<string, string> = { "iran-2025-26": "2025-26", "iran-2022-23": "2022-23" };


const MEASURE_DEFINITIONS: Record<Measure, string> = {
  arrested: "Number of people arrested since the wave began, as a running total.",
  identified_detainees: "People arrested whom the organisation has identified by name; far fewer than its estimate of all arrests.",
  killed: "People killed in connection with the protests since the wave began, as a running total.",
  sentenced_to_death: "People sentenced to death in connection with the protests (announced sentences).",
  executed: "People executed in connection with the protests.",
  facing_capital_charges: "Arrested people facing charges that can carry the death penalty.",
  released_or_pardoned: "People released, pardoned or whose sentences were commuted, as announced.",
  indicted: "People indicted (a judicial case count, not people held).",
  on_trial: "People whose trials were under way (a judicial case count, not people held).",
  convicted: "People convicted, including preliminary verdicts (a judicial case count).",
  not_prosecuted: "Decisions not to prosecute (a judicial case count, not a count of releases).",
};


type Extra = Partial<Pick<Series, "definition" | "scope" | "caveats" | "on_charts" | "label" | "cumulative" | "unit" | "estimate">>;

/** What one and several of the counted things are called, by measure; the label contains the plural. */
const MEASURE_UNITS: Record<Measure, { one: string; other: string }> = {
  arrested: { one: "person arrested", other: "people arrested" },
  identified_detainees: { one: "detainee identified by name", other: "detainees identified by name" },
  killed: { one: "person killed", other: "people killed" },
  sentenced_to_death: { one: "death sentence", other: "death sentences" },
  executed: { one: "execution", other: "executions" },
  facing_capital_charges: { one: "person facing capital charges", other: "people facing capital charges" },
  released_or_pardoned: { one: "person released or pardoned", other: "people released or pardoned" },
  indicted: { one: "person indicted", other: "people indicted" },
  on_trial: { one: "person on trial", other: "people on trial" },
  convicted: { one: "person convicted", other: "people convicted" },
  not_prosecuted: { one: "non-prosecution decision", other: "non-prosecution decisions" },
};
const PROTESTERS_KILLED = { one: "protester killed", other: "protesters killed" };

/** Series-specific text, keyed by series id. */
const EXTRA: Record<string, Extra> = {
  "hrana-arrested-2025-26": {
    label: "HRANA: people arrested (estimate)",
    estimate: true,
    definition:
      "HRANA's running total of people arrested since 28 Dec 2025 (its day 1), from its daily reports; its day-15 report describes them as people \"transferred to prisons following arrest\".",
    caveats: [
      "Big jumps (11, 13 and 24 Jan, and around 30 Jan to 3 Feb 2026) reflect batches of verification after the internet shutdown, not arrests on those days. Do not read the differences as arrests per day.",
      "Most figures were read in republications of HRANA's daily English report (Hands Off Cain / Nessuno tocchi Caino, wire agencies); only the day-15 report was read on HRANA's own site.",
      "Days 1 to 4, 10, 27, 33, 35, 37, 39, 40, 42, 43 and anything after day 46 (11 Feb 2026) were not found.",
    ],
  },
  "hrana-killed-2025-26": {
    label: "HRANA: people killed (confirmed)",
    definition:
      "HRANA's running total of confirmed deaths since 28 Dec 2025, all categories: protesters, children, security forces and government-affiliated people, and non-protesting civilians.",
    caveats: [
      "HRANA also reports thousands of deaths \"under review\"; they are not included.",
      "IHR counts protesters only, so its figures are not comparable one to one.",
    ],
  },
  "hrana-arrested-2022-23": {
    label: "HRANA: people arrested (estimate)",
    estimate: true,
    definition:
      "HRANA's estimate of the total number of people arrested since 17 Sep 2022, as a running total. Daily figures come from HRANA's updates as compiled in a public dataset; other figures are HRANA's numbers as reported by the press.",
    caveats: [
      "The daily figures for 17 Sep to 12 Oct 2022 were back-filled by the dataset's compiler from HRANA's 20-day and 82-day reports, not from daily updates (HRANA's daily updates began about 12 Oct 2022).",
      "The compiled table has {figure:hrana-arrested-2022-23.2022-12-18.github-justin-2028-iran-protests-dataset-v2-21-23} on {as_of:hrana-arrested-2022-23.2022-12-18.github-justin-2028-iran-protests-dataset-v2-21-23}, between {figure:hrana-arrested-2022-23.2022-12-17.github-justin-2028-iran-protests-dataset-v2-21-23} on {as_of:hrana-arrested-2022-23.2022-12-17.github-justin-2028-iran-protests-dataset-v2-21-23} and {figure:hrana-arrested-2022-23.2022-12-19.github-justin-2028-iran-protests-dataset-v2-21-23} on {as_of:hrana-arrested-2022-23.2022-12-19.github-justin-2028-iran-protests-dataset-v2-21-23}: a probable transcription error, kept as published and flagged.",
      "Press copies round HRANA's figures (\"{figure:hrana-arrested-2022-23.2022-11-11.anews-human-rights-group-at-least-330}\", \"{figure:hrana-arrested-2022-23.2022-12-08.trtworld-12780630}\"); they are drawn as separate markers, not joined to the line.",
    ],
  },
  "hrana-identified-detainees-2022-23": {
    label: "HRANA: detainees identified by name",
    unit: MEASURE_UNITS.identified_detainees,
    definition:
      "People arrested since 17 Sep 2022 whom HRANA had identified by name (the compiled table's \"Number of Detainees Identified\" column), as a running total.",
    caveats: [
      "About a quarter of HRANA's estimate of all arrests at the end of the wave ({figure:hrana-identified-detainees-2022-23.2023-02-21.github-justin-2028-iran-protests-dataset-v2-21-23} identified against {figure:hrana-arrested-2022-23.2023-02-21.github-justin-2028-iran-protests-dataset-v2-21-23} estimated on {as_of:hrana-arrested-2022-23.2023-02-21.github-justin-2028-iran-protests-dataset-v2-21-23}): the two counts measure different things.",
      "The figures for 17 Sep to 12 Oct 2022 were back-filled by the compiler.",
    ],
  },
  "hrana-killed-2022-23": {
    label: "HRANA: protesters killed",
    unit: PROTESTERS_KILLED,
    definition:
      "Protesters killed since 17 Sep 2022 according to HRANA, as a running total; the compiled table counts protesters only (security forces are in a separate column).",
    caveats: [
      "Some press copies give totals that include security forces; the figure's notes say which.",
      "The figures for 17 Sep to 12 Oct 2022 were back-filled by the compiler.",
    ],
  },
  "ihr-arrested-2025-26": {
    label: "IHR: people arrested (rough estimate)",
    estimate: true,
    definition: "Iran Human Rights' rough estimates of the number of people arrested; not verified counts.",
  },
  "ihr-killed-2025-26": {
    label: "IHR: protesters killed",
    unit: PROTESTERS_KILLED,
    definition: "Protesters killed that Iran Human Rights could verify; it says the true number is higher. Protesters only.",
    caveats: ["IHR repeated its figure of {as_of:ihr-killed-2025-26.2026-01-14.handsoffcain-60487881} ({figure:ihr-killed-2025-26.2026-01-14.handsoffcain-60487881}) on 15, 16, 17 and 19 Jan 2026 and then stopped publishing daily statistics."],
  },
  "ihr-killed-2022-23": {
    label: "IHR: protesters killed",
    unit: PROTESTERS_KILLED,
    definition: "Protesters killed that Iran Human Rights could verify, as a running total; protesters only.",
  },
  "iran-security-officials-arrested-2025-26": {
    label: "Security officials: people accused of terror links",
    unit: { one: "person accused of terror links", other: "people accused of terror links" },
    definition:
      "People arrested whom security officials accused of links to \"terrorist\" groups or of provoking the events; not a total of arrests.",
    scope: "A subset of arrests chosen by the officials; not comparable with total estimates.",
  },
  "unnamed-rights-groups-arrested-2025-26": {
    label: "Unnamed rights groups: people detained",
    unit: { one: "person detained", other: "people detained" },
    definition: "Figures for people detained that news reports attribute to \"rights groups\" or give without naming who counted.",
    caveats: ["The organisation is not named in the text, so these figures are kept apart and never assigned to HRANA or any other group."],
  },
  "javidnam-killed-2025-26": {
    on_charts: false,
    caveats: ["A volunteer memorial list of named victims with known mis-filing between uprisings, not a death toll: listed, not charted."],
  },
  "javidnam-killed-2022-23": {
    on_charts: false,
    caveats: [
      "A volunteer memorial list of named victims; its 2022 count is far above HRANA's ({figure:hrana-killed-2022-23.2023-02-21.github-justin-2028-iran-protests-dataset-v2-21-23} protesters killed) and the UN Fact-Finding Mission's ({figure:un-ffmi-killed-2022-23.undated.omondo-iran-la-repression-des}) because event assignment is unreliable. Listed, not charted.",
    ],
  },
  "iran-judiciary-released-or-pardoned-2025-26": {
    on_charts: false,
    scope: "A general clemency for the revolution's anniversary (Feb 2026) that explicitly excluded protest defendants.",
    caveats: ["Not a count of protest detainees released: listed for context, not charted."],
  },
  "iran-martyrs-foundation-killed-2025-26": {
    definition:
      "The first official death toll, which counts \"martyrs\" (including security forces) together with people the foundation called \"terrorists\" or \"rioters\".",
  },
};

export function seriesFor(wave: string, organisation: string, orgShort: string, measure: Measure): Series {
  const id = `${organisation}-${measure.replace(/_/g, "-")}-${WAVE_SHORT[wave]}`;
  const extra = EXTRA[id] ?? {};
  return {
    id,
    wave,
    organisation,
    measure,
    label: extra.label ?? `${orgShort}: ${measureWords(measure)}`,
    unit: extra.unit ?? MEASURE_UNITS[measure],
    ...(extra.estimate ? { estimate: true } : {}),
    definition: extra.definition ?? MEASURE_DEFINITIONS[measure],
    cumulative: extra.cumulative ?? true,
    ...(extra.scope ? { scope: extra.scope } : {}),
    caveats: extra.caveats ?? [],
    on_charts: extra.on_charts ?? true,
  };
}

EXTRA["iran-judiciary-executed-2025-26"] = {
  cumulative: false,
  caveats: ["An event count (two men executed on one day), not a running total; read in a news aggregator."],
};
