/**
 * Labels, definitions and caveats for each series the research yields. A series is one
 * organisation x measure x wave; its text says what is counted, in plain words.
 */
import type { Measure } from "../../src/datasets/schemas/measure.ts";
import type { Series } from "../../src/datasets/schemas/series.ts";
// Labels use the site's own English measure words, so legends and labels never disagree.
import { measureWords } from "../../src/domain/measure-groups.ts";

export const WAVE_SHORT: Record<string, string> = { "iran-2025-26": "2025-26", "iran-2022-23": "2022-23", "iran-2019": "2019", "iran-2017-18": "2017-18", "iran-2009": "2009" };


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
      "Days 1 to 4, 33, 35, 37, 39, 40 and 43 were not found (an aggregator's undated count may be day 37's); day 27 was read only in a social-media post; after day 46 (11 Feb 2026) only a rounded figure whose date HRANA did not state was found.",
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
  "amnesty-killed-2025-26": {
    cumulative: false,
    definition: "People shot dead between 31 Dec 2025 and 3 Jan 2026, a joint count of Amnesty International and Human Rights Watch.",
    caveats: ["Covers four days only; not a running total for the wave."],
  },
  "amnesty-sentenced-to-death-2025-26": {
    definition: "People sentenced to death in connection with the protests, as Amnesty International documented and reported them (through the press).",
    caveats: ["Read in press reports of Amnesty's statement; Amnesty's own page was not found. Iran Human Rights counts death sentences by other rules (it includes preliminary sentences it learned of)."],
  },
  "amnesty-facing-capital-charges-2025-26": {
    label: "Amnesty: people facing the death penalty",
    unit: { one: "person facing the death penalty", other: "people facing the death penalty" },
    definition: "People facing the death penalty in connection with the protests: those already sentenced to death and those whose cases that can carry it are before the courts, as Amnesty International reported them.",
  },
  "un-ohchr-killed-2022-23": {
    definition: "People killed since the protests began on 16 Sep 2022, as the UN human rights office's spokesperson gave them at a press briefing.",
  },
  "un-sg-arrested-2022-23": {
    label: "UN Secretary-General: people arrested (estimate)",
    estimate: true,
    definition: "People arrested for taking part in the protests between 17 Sep 2022 and 8 Feb 2023, as estimated in the UN Secretary-General's report on human rights in Iran.",
    caveats: ["Read in Iran International's report on the Secretary-General's report, not in the UN document itself."],
  },
  "ihr-executed-2022-23": {
    definition: "Men executed in cases linked to the 2022 protests, as Iran Human Rights and Together Against the Death Penalty (ECPM) counted them in their annual report.",
    caveats: ["Read in a press report; IHR's own annual-report extract splits the executions by year differently."],
  },
  "afp-executed-2022-23": {
    definition: "People executed in connection with the 2022 protests, as a news agency's report counts them (an ordinal: 'the 10th man executed').",
    caveats: ["The report does not say who counted; attributed to AFP because the page carries its wire copy."],
  },
  "justice-and-power-executed-2022-23": {
    definition: "People known to have been executed in connection with the 2022 protests, as a news site counts them (an ordinal: 'the eleventh').",
    caveats: ["A low-tier site that does not say who counted; another site gives the same count."],
  },
  "hrana-arrested-2019": {
    label: "HRANA: people arrested (November 2019)",
    definition: "People arrested during the November 2019 ('Aban') protests, as HRANA stated in a later report.",
    caveats: ["A single figure from one of HRANA's later posts; HRANA's own date for it is not stated."],
  },
  "iran-parliament-members-arrested-2019": {
    definition: "People arrested in the November 2019 protests, as a named member of parliament (Hossein Naghavi Hosseini, spokesman of parliament's national security and foreign policy committee) told the press.",
    caveats: ["One lawmaker's statement, not an official count of the government or the judiciary."],
  },
  "un-ohchr-arrested-2019": {
    definition: "Protesters arrested in the November 2019 protests, as the UN human rights office's spokesperson gave them at a press briefing.",
    caveats: ["An early figure; the office said details were difficult to verify, as it has no office in Iran and the internet was restricted."],
  },
  "amnesty-killed-2019": {
    definition: "People killed by the security forces in the November 2019 protests, as Amnesty International documented them.",
    caveats: ["One figure was read in a repost of Amnesty's release by an advocacy group, not on amnesty.org."],
  },
  "iran-parliament-members-arrested-2017-18": {
    definition: "People arrested nationwide in the December 2017 – January 2018 protests, as a named member of parliament (Mahmoud Sadeghi, Tehran) said via parliament's news agency.",
    caveats: ["One lawmaker's statement, not an official count of the government or the judiciary."],
  },
  "iran-interior-ministry-arrested-2017-18": {
    definition: "People detained in the December 2017 – January 2018 protests, according to the Interior Ministry as reported by Radio Farda.",
  },
  "iran-interior-ministry-killed-2017-18": {
    definition: "People killed in the December 2017 – January 2018 protests, according to the Interior Ministry as reported by Radio Farda.",
  },
  "iran-judiciary-arrested-2009": {
    definition: "People detained in the protests after the June 2009 presidential election, as the judiciary's spokesman admitted at a news conference.",
  },
  "iran-judiciary-released-or-pardoned-2009": {
    label: "Judiciary: people released",
    unit: { one: "person released", other: "people released" },
    definition: "People released within a week of their detention in the June 2009 post-election protests, as the judiciary's spokesman said.",
    caveats: ["People released, not people still held; those 'involved in riots' were kept in detention, the spokesman said."],
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
