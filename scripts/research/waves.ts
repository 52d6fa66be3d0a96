/** The two waves and their timeline annotations, each citing its source. */
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";
import type { Wave } from "../../src/datasets/schemas/wave.ts";

export function WAVES(sources: Map<string, SourceDocument>): Wave[] {
  const id = (url: string) => {
    const doc = sources.get(url);
    if (!doc) throw new Error(`annotation source ${url} is not among the research's documents`);
    return doc.id;
  };
  const shutdownReporters =
    "Human Rights Watch and NetBlocks (the documents' addresses were not recorded)";
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
          end: "2026-01-26",
          end_uncertain: true,
          label: "Internet shutdown",
          description:
            "Nationwide internet shutdown from 8 Jan 2026, reported by NetBlocks at more than 60 hours on 11 Jan, more than 300 hours by 21 Jan and in its eighteenth day on 26 Jan; access was partly restored after about 18 Jan. The end of the span is the last report read, not a known end.",
          source: { reported_by: shutdownReporters, citation_incomplete: true },
        },
        {
          id: "partial-restoration",
          start: "2026-01-18",
          label: "Internet partly restored (about 18 Jan)",
          description: "Partial restoration of access reported after about 18 Jan 2026; the exact day is approximate.",
          source: { reported_by: shutdownReporters, citation_incomplete: true },
        },
        {
          id: "batch-2026-01-11",
          start: "2026-01-11",
          label: "Jump: batch verification",
          description: "HRANA's arrest count rose from {figure:hrana-arrested-2025-26.2026-01-10.marebpress-216075} ({as_of:hrana-arrested-2025-26.2026-01-10.marebpress-216075}) to {figure:hrana-arrested-2025-26.2026-01-11.en-hrana-day-fifteen-of-irans-nationwide} ({as_of:hrana-arrested-2025-26.2026-01-11.en-hrana-day-fifteen-of-irans-nationwide}) as it verified reports held back by the shutdown; not arrests on one day.",
          source: { document: id("https://www.en-hrana.org/day-fifteen-of-irans-nationwide-protests-sharp-rise-in-human-casualties") },
        },
        {
          id: "batch-2026-01-13",
          start: "2026-01-13",
          label: "Jump: batch verification",
          description: "HRANA's arrest count rose from {figure:hrana-arrested-2025-26.2026-01-12.menafn-1110590271} ({as_of:hrana-arrested-2025-26.2026-01-12.menafn-1110590271}) to {figure:hrana-arrested-2025-26.2026-01-13.sana-2290402} ({as_of:hrana-arrested-2025-26.2026-01-13.sana-2290402}) as verification caught up; not arrests on one day.",
          source: { document: id("https://sana.sy/en/international/2290402") },
        },
        {
          id: "batch-2026-01-24",
          start: "2026-01-24",
          label: "Jump: batch verification",
          description: "HRANA's arrest count rose from {figure:hrana-arrested-2025-26.2026-01-22.turkiyetoday-3213400} ({as_of:hrana-arrested-2025-26.2026-01-22.turkiyetoday-3213400}) to {figure:hrana-arrested-2025-26.2026-01-24.nessunotocchicaino-60490483} ({as_of:hrana-arrested-2025-26.2026-01-24.nessunotocchicaino-60490483}); day 27 was not found. A batch of verification, not arrests in two days.",
          source: { document: id("https://www.nessunotocchicaino.it/archivio_news/index.php?iddocumento=60490483&mover=0") },
        },
        {
          id: "batch-2026-01-30",
          start: "2026-01-28",
          end: "2026-02-03",
          label: "Jump: batch verification",
          description: "HRANA's arrest count rose from {figure:hrana-arrested-2025-26.2026-01-28.nessunotocchicaino-60491261} ({as_of:hrana-arrested-2025-26.2026-01-28.nessunotocchicaino-60491261}) to {figure:hrana-arrested-2025-26.2026-01-30.yeniyasamgazetesi9-iran-ve-rojhilat-agir-bilanco-6-bin} (about {as_of:hrana-arrested-2025-26.2026-01-30.yeniyasamgazetesi9-iran-ve-rojhilat-agir-bilanco-6-bin}) and {figure:hrana-arrested-2025-26.2026-02-03.nessunotocchicaino-60492857} ({as_of:hrana-arrested-2025-26.2026-02-03.nessunotocchicaino-60492857}).",
          source: { document: id("https://www.nessunotocchicaino.it/notizia/iran-rapporto-hrana-sul-38-giorno-di-proteste-6-872-morti-confermati-11-280-in-fase-di-verifica-60492857") },
        },
      ],
    },
    {
      id: "iran-2022-23",
      title: "Iran protests from 17 September 2022",
      start: "2022-09-17",
      end: null,
      summary:
        "The \"Woman, Life, Freedom\" protests after the death in custody of 22-year-old Mahsa Amini in September 2022. By {as_of:hrana-arrested-2022-23.2023-02-21.github-justin-2028-iran-protests-dataset-v2-21-23}, HRANA's running totals, as compiled, reached an estimated {figure:hrana-arrested-2022-23.2023-02-21.github-justin-2028-iran-protests-dataset-v2-21-23} arrests and {figure:hrana-killed-2022-23.2023-02-21.github-justin-2028-iran-protests-dataset-v2-21-23} protesters killed. Iran said on 8 December 2022 that it had executed the first prisoner convicted over the protests.",
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
    },
  ];
}
