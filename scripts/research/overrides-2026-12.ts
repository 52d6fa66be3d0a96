/**
 * Row-by-row facts for ../shared/research/observations-2026-12.json (the research of
 * 1 December 2026), keyed by the row's index in that file. Each entry says why. Rows listed
 * in LEFT_OUT are not converted: the reason says what could not be recorded truthfully.
 */
import type { Measure } from "../../src/datasets/schemas/measure.ts";
import type { Qualifier } from "../../src/datasets/schemas/qualifier.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";
import type { Override } from "./overrides.ts";

export interface Override2 extends Override {
  /** The organisation when the research's string maps to the wrong one. */
  organisation?: string;
  /** The measure when the research recorded "other" and a measure truly fits. */
  measure?: Measure;
  /** A figure that keeps its id but whose date another copy of the same statement gives. */
  as_of?: string;
}

/** Rows that are not figures and are not converted as such, with the reason. */
export const LEFT_OUT: Record<number, string> = {
  18: "The number of named dead in the government's published list (a subset of the official death toll, with duplicates found by HRANA): no measure fits a list of names, and counting it as 'killed' would add a second official death toll beside the official total.",
  34: "HRANA's count of all arrests for protests, political activity or expression in the Iranian year 1401 (21 Mar 2022 to 16 Mar 2023), not only the protest wave: no measure fits, and it cannot be charted with the wave's cumulative arrests.",
  38: "A stock (protesters still on death row in IHR's 2024 annual report), not a count of death sentences: IHR's sentenced-to-death series for 2022-23 is cumulative, so the number would be read as a fall in sentences; no measure fits.",
};

/** Rows recorded as dated statements of a wave (no number), not figures: see waves.ts. */
export const STATEMENT_ROWS = [8, 9];

/** Rows that add a document to an existing figure (kind primary_copy_of_existing). */
export const OTHER_DOCUMENT_ROWS: Record<number, { figure: string; primary: boolean; qualifier?: Qualifier; as_of?: string; why: string }> = {
  6: {
    figure: "ihr-sentenced-to-death-2025-26.undated.caliber-at-least-26-protesters-sentenced-to",
    primary: false,
    as_of: "2026-02-19",
    why: "Hands Off Cain's verbatim republication of IHR's statement, headed 19 February 2026, dates the statement",
  },
  30: {
    figure: "un-ffmi-killed-2022-23.undated.omondo-iran-la-repression-des",
    primary: true,
    qualifier: "up_to",
    why: "the UN's own record of the Fact-Finding Mission's press conference of 18 March 2024 states the same number; its chair's spoken words say 'up to 551', kept as that document's reading",
  },
};

export const FIGURE_OVERRIDES_2026_12: Record<number, Override2> = {
  0: { flags: ["as_of_inferred"], translation: "HRANA ... confirmed deaths up to the 48th day reached 7008, including 219 children, besides thousands of arrests and forced confessions." },
  // Not a restatement: the research notes it is later than HRANA's 52,941 of 11 Feb, its latest arrest figure found.
  1: { public_note: "A rounded figure; HRANA's date for it is not stated." },
  2: { flags: ["restatement"] }, // "Rounded restatement of HRANA's confirmed-death count" (research notes)
  3: { flags: ["restatement"] }, // the same rounding of HRANA's 7,008 (13 Feb), a day later
  4: { flags: ["as_of_inferred"] },
  5: {
    measure: "facing_capital_charges",
    flags: ["as_of_inferred"],
    public_note: "Eight people already sentenced to death and 22 cases still before the courts, as Amnesty International reported them.",
  },
  // UN experts restating the Iranian authorities' figure: the officials' own figure is in the
  // same series (Tasnim, via anews.com.tr); the research says it is not an independent count.
  7: {
    organisation: "iran-security-officials",
    flags: ["restatement"],
    attribution_reason:
      "The quoted sentence is UN human rights experts' restatement of what 'Iranian authorities have acknowledged'; the research notes it is not an independent count but the official figure already recorded from Tasnim's report of security officials (via anews.com.tr), so it is kept with that figure.",
    public_note: "UN human rights experts restating the official figure, not a count of their own.",
  },
  10: {
    flags: ["as_of_inferred"],
    translation: "'During these events, at least 2,076 citizens have been arrested and at least 36 people have lost their lives, 34 of them protesters and two members of the security forces,' the US-based human rights organisation said.",
    attribution_reason:
      "The quoted sentence names the claimant only as 'la organización de derechos humanos con sede en Estados Unidos' (the US-based human rights organisation), and the title (the words of the address) says only 'según ONG opositora'. The research notes that the next paragraph of the article names HRANA ('HRANA indicó que...'); the figure is HRANA's running total for day 10 of the protests (HRANA counts 28 Dec 2025 as day 1).",
  },
  11: {
    flags: ["as_of_inferred"],
    translation: "'During these events, at least 2,076 citizens have been arrested and at least 36 people have lost their lives, 34 of them protesters and two members of the security forces,' the US-based human rights organisation said.",
    attribution_reason:
      "The quoted sentence names the claimant only as 'la organización de derechos humanos con sede en Estados Unidos' (the US-based human rights organisation), and the title (the words of the address) says only 'según ONG opositora'. The research notes that the next paragraph of the article names HRANA ('HRANA indicó que...'); the figure is HRANA's running total for day 10 of the protests (HRANA counts 28 Dec 2025 as day 1).",
  },
  12: {
    flags: ["as_of_inferred"],
    translation: "It was recorded that at least 7,402 people were seriously injured during the protests, while a total of 27,797 people, including 175 children, were arrested.",
    attribution_reason:
      "The quoted sentence does not say who counted; the post's title names HRANA only for the death toll ('HRANA: 5.137 persone hanno perso la vita in Iran'). The research identifies the figure as HRANA's running total for day 27 of the protests (HRANA counts 28 Dec 2025 as day 1), from the same report.",
    public_note: "Read only in a social-media post; no better source found states this number of arrests.",
  },
  13: {
    flags: ["as_of_inferred"],
    translation: "According to the report, which covers events over 27 days, the confirmed death toll stands at 5,137.",
    public_note: "Read in a social-media post; a dpa report (Stuttgarter Zeitung, 24 Jan 2026) gives the same number of confirmed deaths from HRANA.",
  },
  14: { flags: ["as_of_inferred"], translation: "According to up-to-date data published yesterday by HRANA, in a total of 675 protests in 210 cities in 31 provinces, 6,961 people were confirmed killed, while 11,630 deaths are under investigation." },
  15: {
    flags: ["as_of_inferred"],
    translation: "178 of the confirmed deaths were children under 18, while in the same period the number of wounded civilians reached 11,021 and the total number of arrests 51,465.",
    attribution_reason:
      "The quoted sentence does not say who counted, but the document's title names HRANA only for the deaths; the research identifies the figure as HRANA's running total for day 42 of the protests (HRANA counts 28 Dec 2025 as day 1), from the same data the previous sentence attributes to HRANA.",
  },
  16: {
    translation: "The NGO Human Rights Activists News Agency (HRANA), which had previously reported more than 42,000 arrests, revised its figure upwards on Tuesday, now recording at least 50,235 arrests linked to the demonstrations.",
    public_note: "Read only in an aggregator's summary of La Croix; the date of HRANA's count is not stated.",
  },
  17: { public_note: "Covers deaths on 8 and 9 January 2026 only, from documents Iran International says are classified; unverified." },
  19: {
    translation: "According to Amnesty International and Human Rights Watch, between 31 December 2025 and 3 January 2026 at least 28 people, including children, were shot dead in 13 cities.",
    public_note: "A joint count of Amnesty International and Human Rights Watch covering 31 Dec 2025 to 3 Jan 2026 only.",
  },
  31: {},
  32: { flags: ["as_of_inferred"] },
  33: {
    attribution_reason:
      "The quoted sentence says only 'It estimated'; the research notes that 'It' is the UN Secretary-General's report to the General Assembly on human rights in Iran, named earlier in the article.",
  },
  35: {
    public_note: "IHR's 2024 annual report splits these executions by year differently; the total is as the article reports it.",
  },
  36: {
    attribution_reason:
      "The quoted sentence does not say who counted, and the title says only 'rights group' (about another count). The research attributes the count to AFP: Hindustan Times carries the agency's wire copy.",
  },
  37: {
    figure_text: "eleventh",
    attribution_reason:
      "The quoted sentence states the count without naming who made it; the research records it as Justice and Power's, the site that published it. It notes that rtwnews.com independently calls the execution the 11th related to the protests.",
    public_note: "The site states the count as an ordinal ('the eleventh'); read on a low-tier site.",
  },
  40: {
    flags: ["as_of_inferred"],
    attribution_reason:
      "The quoted sentence says only 'one lawmaker', and the title 'Iran official'. The research notes that the next paragraph names him: Hossein Naghavi Hosseini, spokesman of parliament's national security and foreign policy committee.",
  },
  41: { flags: ["as_of_inferred"] },
  42: {
    attribution_reason:
      "The quoted sentence names the claimant only as 'the organization', and the title (the words of the address) does not name it. The page reposts Amnesty International's release verbatim under the heading 'Amnesty International | 16 December 2019' (research notes).",
  },
  43: {},
  44: {
    attribution_reason:
      "The quoted sentence says only 'a member of the country's parliament', and the title 'legislator'. The research notes that the next paragraph names him: Mahmoud Sadeghi, a Tehran member of parliament, via parliament's ICANA news agency.",
  },
  45: {
    figure_text: "پنج هزار",
    translation: "In these protests, in which, according to the Interior Ministry, more than five thousand people were detained and 22 killed, harsh slogans were chanted against the domestic and foreign policies of the Islamic Republic and Ayatollah Ali Khamenei.",
  },
  46: {
    translation: "In these protests, in which, according to the Interior Ministry, more than five thousand people were detained and 22 killed, harsh slogans were chanted against the domestic and foreign policies of the Islamic Republic and Ayatollah Ali Khamenei.",
  },
  48: { public_note: "People released within a week, out of those detained after the June 2009 election, as the judiciary's spokesman said." },
};

/**
 * The documents of the new rows: the address to record (the publisher's own, never a proxy's),
 * language, title and what the research notes say of each host.
 */
export const SOURCES_2026_12: Record<string, Partial<SourceDocument> & { record_url?: string }> = {
  "https://eurradio.com/?p=68261": {
    title: "Euroradio report (dpa) on Amnesty International's count of people in Iran facing the death penalty, 21 February 2026",
    title_from: "description",
  },
  // Read through a university library proxy: recorded under the publisher's own address.
  "https://www-scmp-com.libproxy1.nus.edu.sg/news/world/middle-east/article/3344214/30-people-iran-face-death-penalty-after-protests-amnesty-says": {
    record_url: "https://www.scmp.com/news/world/middle-east/article/3344214/30-people-iran-face-death-penalty-after-protests-amnesty-says",
    publisher: "South China Morning Post",
    read_via:
      "a stored public copy served through a university library proxy: https://www-scmp-com.libproxy1.nus.edu.sg/news/world/middle-east/article/3344214/30-people-iran-face-death-penalty-after-protests-amnesty-says",
  },
  "https://english.nessunotocchicaino.it/archivio_news/index.php?iddocumento=60495474&mover=0": {
    kind: "report",
    notes: "A verbatim republication of Iran Human Rights' statement, headed 19 February 2026 (IHR's own page was not found).",
  },
  "https://www.miragenews.com/un-urges-iran-ensure-protest-transparency-1623818": {
    caution: "Mirage News reposts press releases verbatim; the original OHCHR release was not found.",
    research_notes: "Publication date not shown; devdiscourse.com reports the same statement on 21 Feb 2026, so it was published about 20-21 Feb 2026 (inferred).",
  },
  "https://www.tolerance.ca/ArticleExt.aspx?ID=597955&L=fr": {
    language: "fr",
    kind: "statement",
    notes: "Republishes Human Rights Watch's French text ('par Human Rights Watch'); hrw.org's own page was not found.",
  },
  "https://www.abc.com.py/internacionales/2026/03/02/una-ong-noruega-denuncia-al-menos-141-ejecuciones-en-iran-en-enero-y-febrero/": { language: "es" },
  "https://www.abc.com.py/internacionales/2026/01/07/el-numero-de-muertos-en-las-protestas-en-iran-asciende-a-36-segun-ong-opositora/": { language: "es" },
  "https://poliverso.org/display/0477a01e-a1616ac4-d957542ab0af0edc": {
    language: "it",
    kind: "blog",
    caution: "A social-media post (an Italian Friendica/fediverse server), not a news outlet: its figures are kept, marked as from a weak source.",
  },
  "https://www.yeniduzen.com/hrana-6-bin-961-kisi-olduruldu-11-bin-630-olum-vakasi-ise-sorusturuluyor-191694h.htm": { language: "tr" },
  "https://www.newssummedup.com/summary/Iran-plus-de-50-000-arrestations-par-les-autorit%C3%A9s-selon-le-d%C3%A9compte-d%E2%80%99une-ONG-b0bjt4": {
    language: "fr",
    kind: "aggregator",
    caution: "A news aggregator's summary of a La Croix article; the original was not found.",
  },
  "https://www.iranintl.com/en/202601258745": {
    title: "Iran International editorial board's estimate of people killed in the crackdown of 8 and 9 January 2026",
    title_from: "description",
    published_inferred: true,
    research_notes: "Publication date inferred from the address (202601258745); a newsbytesapp.com copy is dated 26 Jan 2026.",
  },
  "https://www.hrw.org/de/middle-east/north-africa": {
    title: "Human Rights Watch regional page Middle East / North Africa (German), item 'Iran: Wiederholtes Blutvergießen des Regimes bei Protesten'",
    title_from: "description",
    language: "de",
    kind: "statement",
  },
  "https://www.amnesty.org.uk/press-releases/irans-nationwide-internet-shutdown-hide-deadly-crackdown-against-protests-serious": {
    kind: "statement",
    research_notes: "Publication date not shown; Iran International Arabic reported the statement in an item whose address dates it about 9 Jan 2026 (inferred).",
  },
  "https://www.unognewsroom.org/story/en/2979/un-high-commissioner-for-human-rights-volker-tuerk-briefing-to-the-special-session-on-iran-at-the-human-rights-council": {
    kind: "statement",
    published_inferred: true,
    research_notes: "Dated from its content: the Human Rights Council's 39th special session, 23 Jan 2026.",
  },
  // The same address without its explicit default port: no read_via.
  "https://www.trtworld.com:443/article/275a5626e683": { record_url: "https://www.trtworld.com/article/275a5626e683", read_via: undefined },
  // English; the research's notes mention an Arabic copy elsewhere (elaph.com).
  "http://www.iranian.com/main/news/2009/08/11/iran-admits-4-000-june-detentions.html": { language: "en" },
  "https://www.miragenews.com/iran-internet-blackout-hides-atrocities-1600852": {
    caution: "Mirage News reposts press releases verbatim; Human Rights Watch's original was not found.",
    research_notes: "Publication date not shown; fundsforngos.org summarised the same release on 13 Jan 2026.",
  },
  "https://wp.globalpulseonline.com/?p=282007": {
    title: "Global Pulse report that Iran went back into digital darkness after a brief restricted restoration",
    title_from: "description",
    caution: "A low-tier news site; its account matches other reports of a partial restoration after about 18 January.",
  },
  "https://www.csw.org.uk/2026/01/27/press/6728/article.htm": {
    title: "CSW press release on the UN Human Rights Council special session on Iran, 27 January 2026",
    title_from: "description",
    kind: "statement",
  },
  "https://www.unognewsroom.org/teleprompter/en/2100/hrc-press-conference-fact-finding-mission-report-on-iran-18-march-2024/6343": { kind: "statement" },
  "https://iranhr.net/en/print/5/6200/": {
    title: "Statement of 15 September 2023, one year after the killing of Jina (Mahsa) Amini",
    title_from: "description",
  },
  "https://iranintl.com/en/202310061437": { published_inferred: true },
  "https://english.aawsat.com/world/4893506-iran-executed-834-people-last-year-highest-2015-say-rights-groups%C2%A0?page=5": {
    published_not_before: { date: "2024-01-23", reason: "The article counts 'one so far in 2024', the execution of Mohammad Ghobadlou on 23 January 2024." },
  },
  "https://justiceandpower.com/2025/06/11/iran-hangs-protester-despite-claims-of-torture-flawed-trial": {
    published_inferred: true,
    caution: "A low-tier site; rtwnews.com independently gives the same count.",
    research_notes: "Publication date taken from the address.",
  },
  "https://www.en-hrana.org/tag/navid-behboudi/": {
    kind: "report",
    published_not_before: { date: "2020-01-01", reason: "The post mentions events of 26 December 2019 and 1 January 2020." },
  },
  "https://oiac.org/iran-thousands-arbitrarily-detained-and-at-risk-of-torture-in-chilling-post-protest-crackdown/": {
    caution: "A repost by an advocacy group (OIAC) of Amnesty International's release of 16 December 2019, not amnesty.org's own page.",
  },
  "https://www.amnesty.org/es/documents/mde13/1894/2020/en/": {
    kind: "report",
    published_not_before: { date: "2020-01-01", reason: "Amnesty International's document number, MDE 13/1894/2020, dates it to 2020." },
  },
  "https://staging.radiofarda.com/a/29193884.html": {
    language: "fa",
    publisher: "Radio Farda (RFE/RL)",
    notes: "Read on Radio Farda's staging host; the page's header date is the date it was crawled, not published.",
    published_not_before: {
      date: "2018-04-26",
      reason: "The article reports an interview given on Thursday 6 Ordibehesht; the year 1397 (26 April 2018) is inferred.",
    },
  },
};
