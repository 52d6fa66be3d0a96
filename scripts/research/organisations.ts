/**
 * The organisations in the research, and how each raw "organisation" string of
 * observations.json maps to one of them. A figure is never assigned to an organisation its
 * source does not name; where the research attributes it by inference the figure is flagged.
 */
import type { Organisation } from "../../src/datasets/schemas/organisation.ts";

export const ORGANISATIONS: Organisation[] = [
  {
    id: "hrana",
    name: "Human Rights Activists News Agency (HRANA)",
    short_name: "HRANA",
    kind: "ngo",
    home_page: "https://www.en-hrana.org/",
    aliases: ["Human Rights Activists News Agency", "Human Rights Activists in Iran", "هرانا", "Kantor Berita Aktivis Hak Asasi Manusia", "İran İnsan Hakları Aktivistleri Ajansı"],
    counts:
      "Running totals since the start of each wave from its daily reports: an estimate of everyone arrested, a smaller count of detainees it has identified by name, and confirmed deaths (in 2025–26 including security forces and bystanders; in the 2022 compiled table protesters only).",
  },
  {
    id: "ihr",
    name: "Iran Human Rights (IHR, Oslo)",
    short_name: "IHR",
    kind: "ngo",
    home_page: "https://iranhr.net/en/",
    aliases: ["Iran Human Rights", "IHRNGO", "سازمان حقوق بشر ایران"],
    counts:
      "Protesters killed that it could verify (it says the true number is higher), death sentences announced, and rough estimates of arrests.",
  },
  {
    id: "un-ffmi",
    name: "UN Independent International Fact-Finding Mission on Iran",
    short_name: "UN Fact-Finding Mission",
    kind: "un",
    home_page: "https://www.ohchr.org/en/hr-bodies/hrc/ffm-iran/index",
    aliases: ["Fact-Finding Mission", "UN Fact-Finding Mission on Iran", "FFMI"],
    counts: "Figures it judges credible from its own investigation and from other reports: people reportedly arrested and people killed.",
  },
  {
    id: "un-ohchr",
    name: "UN Office of the High Commissioner for Human Rights (OHCHR)",
    short_name: "UN OHCHR",
    kind: "un",
    home_page: "https://www.ohchr.org/",
    // "UN Human Rights" is the office's own name for itself (its briefings are titled so).
    aliases: ["OHCHR", "UN human rights office", "UN Human Rights Office", "UN Human Rights"],
    counts: "Estimates of people arrested and killed given by its spokespeople at press briefings in Geneva, and as reported by the press.",
  },
  {
    id: "iran-judiciary",
    name: "Iranian judiciary",
    short_name: "Judiciary",
    kind: "government",
    home_page: "https://www.mizanonline.ir/",
    aliases: ["judiciary", "Mizan", "Mizan Online", "prosecutors", "Iranian prosecutors", "قوه قضاییه"],
    counts:
      "Judicial case counts (indictments, trials, convictions, non-prosecution decisions), pardons and executions it announces; not a count of people detained.",
  },
  {
    id: "iran-officials-unnamed",
    name: "Iranian officials (unnamed, as reported)",
    short_name: "Unnamed officials",
    kind: "government",
    home_page: null,
    aliases: ["an Iranian official", "Iranian official", "Iranian officials", "an official in the Islamic Republic"],
    counts: "Figures given anonymously by officials to news agencies; different officials on different days, with no stated method.",
  },
  {
    id: "iran-security-officials",
    name: "Iranian security officials (via Tasnim)",
    short_name: "Security officials",
    kind: "government",
    home_page: null,
    aliases: ["Iranian security officials"],
    counts: "Only people accused of links to \"terrorist\" groups or of provoking the events; not a total of arrests.",
  },
  {
    id: "iran-martyrs-foundation",
    name: "Foundation of Martyrs and Veterans Affairs (Iran)",
    short_name: "Martyrs Foundation",
    kind: "government",
    home_page: null,
    aliases: ["Foundation of Martyrs and Veterans Affairs", "بنیاد شهید"],
    counts: "The first official death toll, mixing \"martyrs\" (including security forces) and people it calls \"rioters\".",
  },
  {
    id: "irgc",
    name: "Islamic Revolutionary Guard Corps (IRGC)",
    short_name: "IRGC",
    kind: "government",
    home_page: null,
    aliases: ["Islamic Revolutionary Guard Corps", "Revolutionary Guards", "سپاه پاسداران"],
    counts: "One statement by a commander on people killed, including security forces.",
  },
  {
    id: "fars",
    name: "Fars News Agency (leaked bulletin)",
    short_name: "Fars (leak)",
    kind: "media",
    home_page: null,
    aliases: ["Fars News Agency", "خبرگزاری فارس"],
    counts: "A confidential internal bulletin, leaked and reported by Iran International; method unknown.",
  },
  {
    id: "iran-international",
    name: "Iran International",
    short_name: "Iran International",
    kind: "media",
    home_page: "https://www.iranintl.com/en",
    aliases: ["ایران اینترنشنال"],
    counts: "Its editorial board's own estimate of people killed, from sources it does not name; unverified.",
  },
  {
    id: "cbs-news",
    name: "CBS News",
    short_name: "CBS",
    kind: "media",
    home_page: "https://www.cbsnews.com/",
    counts: "Ranges of deaths from unnamed sources, as reported.",
  },
  {
    id: "amnesty",
    name: "Amnesty International",
    short_name: "Amnesty",
    kind: "ngo",
    home_page: "https://www.amnesty.org/",
    aliases: ["عفو بین‌الملل"],
    counts: "Death sentences and people at risk of execution that it has documented.",
  },
  {
    id: "hengaw",
    name: "Hengaw Organization for Human Rights",
    short_name: "Hengaw",
    kind: "ngo",
    home_page: "https://hengaw.net/en",
    aliases: ["هه‌نگاو"],
    counts: "Executions and death sentences of protesters it has documented.",
  },
  {
    id: "javidnam",
    name: "Javidnam Open Archive (volunteer memorial list)",
    short_name: "Javidnam",
    kind: "volunteer",
    home_page: "https://0xradikal.github.io/Javid-Naman/",
    aliases: ["Javidnam Open Archive", "Javid Naman"],
    counts: "Named victims filed by volunteers under each uprising; a memorial list with known mis-filing, not a death toll.",
  },
  {
    id: "hrw",
    name: "Human Rights Watch",
    short_name: "HRW",
    kind: "ngo",
    home_page: "https://www.hrw.org/",
    aliases: ["Human Rights Watch"],
    counts: "Statements on arrests and killings it has documented; in 2025–26 it gave no number of its own for arrests (\"tens of thousands\").",
  },
  {
    id: "un-sg",
    name: "UN Secretary-General (reports on human rights in Iran)",
    short_name: "UN Secretary-General",
    kind: "un",
    home_page: "https://www.un.org/sg/en",
    aliases: ["Secretary-General", "UN Secretary-General"],
    counts: "Estimates of people arrested given in the Secretary-General's reports to the UN General Assembly and Human Rights Council.",
  },
  {
    id: "afp",
    name: "Agence France-Presse (AFP)",
    short_name: "AFP",
    kind: "media",
    home_page: "https://www.afp.com/",
    aliases: ["Agence France-Presse"],
    counts: "Counts the news agency states itself in its reports (an ordinal such as \"the 10th man executed\"), without saying who counted.",
  },
  {
    id: "justice-and-power",
    name: "Justice and Power (justiceandpower.com)",
    short_name: "Justice and Power",
    kind: "media",
    home_page: "https://justiceandpower.com/",
    counts: "A count of executions stated by a low-tier news site, without saying who counted.",
  },
  {
    id: "iran-parliament-members",
    name: "Members of Iran's parliament (named, as reported)",
    short_name: "Members of parliament",
    kind: "government",
    home_page: null,
    counts: "Figures individual members of parliament gave to the press (each named in the report); not an official count of the parliament or the government.",
  },
  {
    id: "iran-interior-ministry",
    name: "Iranian Interior Ministry",
    short_name: "Interior Ministry",
    kind: "government",
    home_page: null,
    aliases: ["Interior Ministry", "Ministry of Interior", "وزارت کشور"],
    counts: "Official totals of people detained and killed in a protest wave, as reported by the press.",
  },
  {
    id: "unnamed-rights-groups",
    name: "Rights groups (not named by the source)",
    short_name: "Unnamed rights groups",
    kind: "unnamed",
    home_page: null,
    aliases: ["rights groups", "human rights groups"],
    counts: "Figures a news report gives without naming who counted; kept apart because they cannot be attributed.",
  },
];

export interface OrgMatch {
  organisation: string;
  attributionInferred: boolean;
}

/** Ordered rules: the first pattern that matches the raw string wins. */
const RULES: Array<[RegExp, string]> = [
  [/^rights groups|^not named in sentence/i, "unnamed-rights-groups"],
  [/HRANA|Human Rights Activists/i, "hrana"],
  [/^Iran Human Rights/i, "ihr"],
  [/Fact-Finding Mission/i, "un-ffmi"],
  [/OHCHR/i, "un-ohchr"],
  [/judiciary|prosecutors/i, "iran-judiciary"],
  [/Unnamed Iranian official|Iranian authorities/i, "iran-officials-unnamed"],
  [/security officials/i, "iran-security-officials"],
  [/Foundation of Martyrs/i, "iran-martyrs-foundation"],
  [/IRGC/i, "irgc"],
  [/^Fars/i, "fars"],
  [/^Iran International/i, "iran-international"],
  [/^CBS/i, "cbs-news"],
  [/^Amnesty/i, "amnesty"],
  [/^Human Rights Watch/i, "hrw"],
  [/^UN Secretary-General/i, "un-sg"],
  [/^AFP/, "afp"],
  [/^Justice and Power/i, "justice-and-power"],
  [/lawmaker|\bMP\b|spokesman of parliament/i, "iran-parliament-members"],
  [/Interior Ministry/i, "iran-interior-ministry"],
  [/^Hengaw/i, "hengaw"],
  [/Javidnam/i, "javidnam"],
];

export function matchOrganisation(raw: string): OrgMatch {
  const hit = RULES.find(([re]) => re.test(raw));
  if (!hit) throw new Error(`No organisation rule matches "${raw}": add one to scripts/research/organisations.ts`);
  return {
    organisation: hit[1],
    attributionInferred: /attribution inferred|attributed to HRANA by|attributed by|same figures cited by/i.test(raw),
  };
}
