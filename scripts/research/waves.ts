/** The waves, their timeline annotations and their dated statements, each citing its source. */
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";
import type { Wave } from "../../src/datasets/schemas/wave.ts";

/** The day through which the research of 1 December 2026 searched for newer reports (its README). */
const SEARCHED_UNTIL = "2026-12-01";

interface ResearchRow {
  url: string;
  quote: string;
}

export function WAVES(sources: Map<string, SourceDocument>, rows2: ResearchRow[]): Wave[] {
  const id = (url: string) => {
    const doc = sources.get(url);
    if (!doc) throw new Error(`annotation source ${url} is not among the research's documents`);
    return doc.id;
  };
  /** A document of observations-2026-12.json with its verbatim words, by row index. */
  const cite = (index: number) => ({ document: id(rows2[index].url), quote: rows2[index].quote });
  return [
    {
      id: "iran-2025-26",
      title: "Iran protests from 28 December 2025",
      start: "2025-12-28",
      end: null,
      summary:
        "Protests and strikes that began on 28 December 2025 and spread nationwide. From 8 January 2026 the internet was shut down nationwide for weeks, as NetBlocks and Human Rights Watch reported. By {as_of:hrana-killed-2025-26.2026-02-11.nessunotocchicaino-60494371} HRANA had confirmed {figure:hrana-killed-2025-26.2026-02-11.nessunotocchicaino-60494371} deaths and estimated {figure:hrana-arrested-2025-26.2026-02-11.nessunotocchicaino-60494371} arrests; its counts rose in large jumps as it verified reports held back by the shutdown.",
      annotations: [
        {
          id: "protests-begin",
          start: "2025-12-28",
          label: "Protests begin",
          description: "HRANA counts 28 Dec 2025 as day 1; some early reports say 29 Dec.",
          source: { document: id("https://www.thehansindia.com/news/iran-protests-continue-as-trump-issues-warning-over-protester-executions-1039362"), quote: "since protests started on December. 28." },
        },
        {
          id: "internet-shutdown",
          start: "2026-01-08",
          end: "2026-01-27",
          end_uncertain: true,
          label: "Internet shutdown",
          description:
            "Amnesty International, the UN High Commissioner for Human Rights, NetBlocks (as reported by TRT World) and Human Rights Watch date a nationwide internet and telecommunications blackout from 8 Jan 2026. It eased in stages from 17 Jan; the span ends on 27 Jan, when CSW reported Iran's declared decision to lift the blackout 'despite continuing disruption': not a known end.",
          source: { documents: [cite(20), cite(21), cite(22), cite(23), cite(29)] },
        },
        {
          id: "partial-restoration",
          start: "2026-01-17",
          label: "Text messaging restored: first phase",
          description:
            "By 17 Jan 2026 text messaging was reactivated as the first measure of a phased restoration, as MENAFN reported; Tasnim reported late that Saturday that the authorities said internet access would be restored gradually. NetBlocks saw only a marginal increase in connectivity.",
          source: { documents: [cite(24), cite(25)] },
        },
        {
          id: "brief-window-238-hours",
          start: "2026-01-18",
          start_inferred: true,
          label: "Brief, heavily filtered reconnection",
          description:
            "NetBlocks, as reported by Global Pulse, saw a restoration of about two hours, heavily filtered, around 238 hours into the blackout, cut again by 240 hours. The day (about 18 Jan 2026) is worked out from the hours, not stated.",
          source: { documents: [cite(26)] },
        },
        {
          id: "messaging-apps-vpns",
          start: "2026-01-23",
          label: "Messaging apps and VPNs more available",
          description:
            "NetBlocks reported on 23 Jan 2026 that messaging apps and VPNs had become more widely available, as Al-Monitor reported; overall international connectivity remained extremely low.",
          source: { documents: [cite(27)] },
        },
        {
          id: "connectivity-allowed",
          start: "2026-01-25",
          start_inferred: true,
          label: "Connectivity officially allowed to resume",
          description:
            "IT-Online reported on 26 Jan 2026 that the government had officially allowed connectivity to resume, 'patchy at best'; NetBlocks still classed the shutdown as continuing. The day of the decision is inferred, not stated.",
          source: { documents: [cite(28)] },
        },
        {
          id: "blackout-lift-declared",
          start: "2026-01-27",
          label: "Decision to lift the blackout declared",
          description: "CSW reported on 27 Jan 2026 Iran's recently declared decision to lift the blackout, which let more information emerge 'despite continuing disruption'.",
          source: { documents: [cite(29)] },
        },
        {
          id: "batch-2026-01-11",
          measures: ["arrested"],
          start: "2026-01-11",
          label: "Jump: batch verification",
          description: "HRANA's arrest count rose from {figure:hrana-arrested-2025-26.2026-01-10.marebpress-216075} ({as_of:hrana-arrested-2025-26.2026-01-10.marebpress-216075}) to {figure:hrana-arrested-2025-26.2026-01-11.en-hrana-day-fifteen-of-irans-nationwide} ({as_of:hrana-arrested-2025-26.2026-01-11.en-hrana-day-fifteen-of-irans-nationwide}) as it verified reports held back by the shutdown; not arrests on one day.",
          source: { document: id("https://www.en-hrana.org/day-fifteen-of-irans-nationwide-protests-sharp-rise-in-human-casualties") },
        },
        {
          id: "batch-2026-01-13",
          measures: ["arrested"],
          start: "2026-01-13",
          label: "Jump: batch verification",
          description: "HRANA's arrest count rose from {figure:hrana-arrested-2025-26.2026-01-12.menafn-1110590271} ({as_of:hrana-arrested-2025-26.2026-01-12.menafn-1110590271}) to {figure:hrana-arrested-2025-26.2026-01-13.sana-2290402} ({as_of:hrana-arrested-2025-26.2026-01-13.sana-2290402}) as verification caught up; not arrests on one day.",
          source: { document: id("https://sana.sy/en/international/2290402") },
        },
        {
          id: "batch-2026-01-24",
          measures: ["arrested"],
          start: "2026-01-24",
          label: "Jump: batch verification",
          description: "HRANA's arrest count rose from {figure:hrana-arrested-2025-26.2026-01-22.turkiyetoday-3213400} ({as_of:hrana-arrested-2025-26.2026-01-22.turkiyetoday-3213400}) to {figure:hrana-arrested-2025-26.2026-01-24.nessunotocchicaino-60490483} ({as_of:hrana-arrested-2025-26.2026-01-24.nessunotocchicaino-60490483}); day 27 ({figure:hrana-arrested-2025-26.2026-01-23.poliverso-957542} on {as_of:hrana-arrested-2025-26.2026-01-23.poliverso-957542}) was read only in a social-media post. A batch of verification, not arrests in two days.",
          source: { document: id("https://www.nessunotocchicaino.it/archivio_news/index.php?iddocumento=60490483&mover=0") },
        },
        {
          id: "batch-2026-01-30",
          measures: ["arrested"],
          start: "2026-01-28",
          end: "2026-02-03",
          label: "Jump: batch verification",
          description: "HRANA's arrest count rose from {figure:hrana-arrested-2025-26.2026-01-28.nessunotocchicaino-60491261} ({as_of:hrana-arrested-2025-26.2026-01-28.nessunotocchicaino-60491261}) to {figure:hrana-arrested-2025-26.2026-01-30.yeniyasamgazetesi9-iran-ve-rojhilat-agir-bilanco-6-bin} (about {as_of:hrana-arrested-2025-26.2026-01-30.yeniyasamgazetesi9-iran-ve-rojhilat-agir-bilanco-6-bin}) and {figure:hrana-arrested-2025-26.2026-02-03.nessunotocchicaino-60492857} ({as_of:hrana-arrested-2025-26.2026-02-03.nessunotocchicaino-60492857}).",
          source: { document: id("https://www.nessunotocchicaino.it/notizia/iran-rapporto-hrana-sul-38-giorno-di-proteste-6-872-morti-confermati-11-280-in-fase-di-verifica-60492857") },
        },
      ],
      statements: [
        {
          id: "hrw-tens-of-thousands-arrested",
          date: "2026-02-24",
          date_inferred: true,
          organisation: "hrw",
          measure: "arrested",
          source: id(rows2[8].url),
          quote: rows2[8].quote,
          translation: "Tens of thousands of people have reportedly been arrested across the country.",
          summary: "Human Rights Watch said that tens of thousands of people had reportedly been arrested across the country; it gave no number of its own.",
          attribution_inferred: true,
          attribution_reason:
            "The quoted sentence does not name who says it, and the title ('Iran : Tsunami d'arrestations arbitraires et de disparitions forcées') does not name Human Rights Watch. tolerance.ca publishes the text 'par Human Rights Watch'; the research notes it is HRW's report of 24 Feb 2026, whose English versions other outlets summarise as HRW's statement of that day.",
        },
        {
          id: "ihr-tens-of-thousands-still-detained",
          date: "2026-03-02",
          organisation: "ihr",
          measure: "arrested",
          source: id(rows2[9].url),
          quote: rows2[9].quote,
          translation:
            "'Hundreds of thousands of prisoners across Iran, among them tens of thousands of protesters detained during the recent protests, some of whom are held in unofficial detention centres beyond any kind of oversight, have become the most vulnerable victims,' said Mahmood Amiry-Moghaddam, director of IHRNGO.",
          summary:
            "Iran Human Rights' director, Mahmood Amiry-Moghaddam, said that tens of thousands of protesters detained during the recent protests were still held, some in unofficial detention centres beyond any oversight; he gave no number.",
        },
      ],
      searched_until: SEARCHED_UNTIL,
    },
    {
      id: "iran-2022-23",
      title: "Iran protests from 17 September 2022",
      start: "2022-09-17",
      end: null,
      summary:
        "The \"Woman, Life, Freedom\" protests after the death in custody of 22-year-old Mahsa Amini in September 2022. By {as_of:hrana-arrested-2022-23.2023-02-21.github-justin-2028-iran-protests-dataset-v2-21-23}, HRANA's running totals, as compiled, reached {figure:hrana-arrested-2022-23.2023-02-21.github-justin-2028-iran-protests-dataset-v2-21-23} arrests (an estimate) and {figure:hrana-killed-2022-23.2023-02-21.github-justin-2028-iran-protests-dataset-v2-21-23} protesters killed. Iran said on 8 December 2022 that it had executed the first prisoner convicted over the protests.",
      annotations: [
        {
          id: "protests-begin",
          start: "2022-09-17",
          label: "First day in HRANA's count",
          description: "The compiled table of HRANA's figures starts on 17 Sep 2022.",
          source: { document: id("https://github.com/justin-2028/Daily-Statistics-of-the-2022-Iran-Protests"), quote: "9/17/2022,0,0,0,78,13,0,2,2,0" },
        },
        {
          id: "backfilled-period",
          measures: ["arrested", "identified_detainees", "killed"],
          start: "2022-09-17",
          end: "2022-10-12",
          label: "Back-filled figures",
          description: "The compiler filled in these days from HRANA's 20-day and 82-day reports; HRANA's daily updates began about 12 Oct 2022.",
          source: { document: id("https://github.com/justin-2028/Daily-Statistics-of-the-2022-Iran-Protests") },
        },
        {
          id: "first-execution",
          start: "2022-12-08",
          label: "First execution of a protester",
          description: "Mohsen Shekari was executed on 8 Dec 2022.",
          source: { document: id("https://www.france24.com/en/asia-pacific/20221208-iran-executes-first-known-prisoner-detained-in-mahsa-amini-protests") },
        },
      ],
      searched_until: SEARCHED_UNTIL,
    },
    {
      id: "iran-2019",
      title: "Iran protests of November 2019 (\"Aban\")",
      start: "2019-11-15",
      end: null,
      summary:
        "Nationwide protests that began on Friday 15 November 2019, the day the UN human rights office's spokesperson, speaking on the following Tuesday, called 'last Friday'. On {as_of:un-ohchr-arrested-2019.2019-11-19.unognewsroom-unog-bi-weekly-press-briefing-iran} the office said {figure:un-ohchr-arrested-2019.2019-11-19.unognewsroom-unog-bi-weekly-press-briefing-iran} protesters had been arrested; a member of parliament, Hossein Naghavi Hosseini, put arrests at {figure:iran-parliament-members-arrested-2019.2019-11-26.newarab-more-than-7-000-arrested-in-iran} about {as_of:iran-parliament-members-arrested-2019.2019-11-26.newarab-more-than-7-000-arrested-in-iran}, and HRANA later reported {figure:hrana-arrested-2019.undated.en-hrana-navid-behboudi}. Amnesty International documented {figure:amnesty-killed-2019.2019-12-16.oiac-iran-thousands-arbitrarily-detained} people killed. Few sources were found for this wave: the research gathered only a few figures for the earlier waves.",
      annotations: [],
      searched_until: SEARCHED_UNTIL,
    },
    {
      id: "iran-2017-18",
      title: "Iran protests of December 2017 – January 2018 (\"Dey\")",
      start: "2017-12-01",
      end: null,
      summary:
        "Anti-government protests of December 2017 and January 2018, named after the Persian month of Dey. The research dates them only to December 2017, so the start shown, 1 December 2017, is the first day of that month, not the day the protests began. A member of parliament, Mahmoud Sadeghi, said on {as_of:iran-parliament-members-arrested-2017-18.2018-01-09.upi-9771515508792} that {figure:iran-parliament-members-arrested-2017-18.2018-01-09.upi-9771515508792} people had been arrested; Radio Farda later reported that, according to the Interior Ministry, {figure:iran-interior-ministry-arrested-2017-18.undated.staging-29193884} were detained and {figure:iran-interior-ministry-killed-2017-18.undated.staging-29193884} killed. Few sources were found for this wave.",
      annotations: [],
      searched_until: SEARCHED_UNTIL,
    },
    {
      id: "iran-2009",
      title: "Iran protests after the June 2009 presidential election",
      start: "2009-06-01",
      end: null,
      summary:
        "The street protests after Iran's presidential election of June 2009 (the \"Green Movement\"). The research dates them only to June 2009, so the start shown, 1 June 2009, is the first day of that month, not the day the protests began. On {as_of:iran-judiciary-arrested-2009.2009-08-11.iranian-iran-admits-4-000-june-detentions} the judiciary's spokesman, Ali Reza Jamshidi, admitted that {figure:iran-judiciary-arrested-2009.2009-08-11.iranian-iran-admits-4-000-june-detentions} people had been detained and said {figure:iran-judiciary-released-or-pardoned-2009.2009-08-11.iranian-iran-admits-4-000-june-detentions} were freed within a week. Few sources were found for this wave: only the judiciary's figures.",
      annotations: [],
      searched_until: SEARCHED_UNTIL,
    },
  ];
}
