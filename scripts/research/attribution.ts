/**
 * Why a figure is its organisation's when neither its quote nor its document's title names
 * the organisation (issue 9: every sentence true). The reason says what the words read do
 * say, and what the research recorded; it never claims more than the research does.
 */

import { ORGANISATIONS } from "./organisations.ts";

/** How a reason names an organisation whose short name does not read as a name in a sentence. */
const REASON_NAMES: Record<string, string> = {
  "iran-judiciary": "the judiciary",
  "iran-officials-unnamed": "an Iranian official",
  "iran-martyrs-foundation": "the Foundation of Martyrs and Veterans Affairs",
  "un-ohchr": "the UN human rights office (OHCHR)",
};

export const reasonName = (id: string) => REASON_NAMES[id] ?? ORGANISATIONS.find((o) => o.id === id)?.short_name ?? id;

/** Words a quote uses for a claimant it does not name, longest first. */
const GENERIC = [
  "Two media interlocutors",
  "Iranian official media",
  "A Norway-based human rights organization",
  "a human rights group",
  "a rights group",
  "rights groups",
  "the organisation",
  "the organization",
  "the group",
  "the NGO",
  "the agency",
  "activists",
  "the report",
  "the source",
  "the United Nations",
  "It said",
  "المنظمة",
  "Iran said",
];

function genericPhrase(quote: string): string | undefined {
  for (const g of GENERIC) {
    const m = quote.match(new RegExp(`(?<![\\p{L}])${g.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "iu"));
    if (m) return m[0];
  }
  return undefined;
}

export interface ReasonInput {
  quote: string;
  organisationShort: string;
  /** The research's own "organisation" string for the row. */
  researchOrganisation: string;
  notes: string;
  wave: string;
  /** The host, when the source is the organisation's own publication (its website). */
  ownPublication?: string;
  measure: string;
  url: string;
  /** Another quote of the same document, recorded by the research, that names the organisation. */
  namedElsewhere?: string;
}

/** The research's attribution notes, in words for readers. */
const NOTE_WORDS: Array<[RegExp, string]> = [
  [/^(HoC text|see )/, "the report is one of the same series of daily reports as days 6 to 11, whose figures other outlets attribute to HRANA"],
  [/^same figures cited by HANA/, "HANA Human Rights Organization's Situation Report No. 2 cites the same figures as 'daily updates by a prominent rights monitoring outlet'"],
  [/^attributed by gercekgundem/, "gercekgundem.com attributes the same figures to HRANA"],
  [/^attributed to HRANA by web3\.okx\.com/, "a post on web3.okx.com attributes the same figures to HRANA"],
];

/** Press copies of HRANA's 2022 figures that the research checked against its compiled daily table. */
const CHECKED_2022 = ["alarabiya.net", "anews.com.tr", "iltquotidiano.it", "agenzianova.com"];

/** A specific reason, built from what the quote says and what the research recorded. */
export function attributionReason(r: ReasonInput): string {
  const phrase = genericPhrase(r.quote);
  const said = phrase
    ? `The quoted sentence names the claimant only as '${phrase}', and the document's title does not name ${r.organisationShort}.`
    : `Neither the quoted sentence nor the document's title says who gave the figure.`;
  if (r.ownPublication) return `${said} The document is ${r.organisationShort}'s own publication, on its website ${r.ownPublication}.`;
  const why: string[] = [];
  const detail = r.researchOrganisation.match(/\((?:attribution inferred; )?((?:attributed|same figures cited|HoC text|see )[^)]*)\)/)?.[1];
  const day = r.notes.match(/\bday (\d+)\b/i)?.[1];
  if (r.organisationShort === "HRANA" && r.wave === "iran-2025-26")
    why.push(`The research identifies the figure as HRANA's, ${day ? `its running total for day ${day} of the protests (HRANA counts 28 Dec 2025 as day 1)` : "one of the running totals of its daily reports"}`);
  else why.push(`The research attributes the figure to ${r.organisationShort} (its record: "${r.researchOrganisation}")`);
  const note = detail ? NOTE_WORDS.find(([re]) => re.test(detail))?.[1] : undefined;
  if (note) why.push(note);
  if (r.namedElsewhere) why.push(`another sentence of the same document names ${r.organisationShort}: "${r.namedElsewhere}"`);
  if (r.organisationShort === "HRANA" && r.wave === "iran-2022-23" && (r.measure === "killed" || r.measure === "arrested") && CHECKED_2022.some((h) => r.url.includes(h)))
    why.push("its cross-check finds the figure agrees with the compiled table of HRANA's daily updates for the same days (data-sources.md, section 2.2)");
  if (r.url.includes("iranintl.com/en/202210146202")) why.push("its notes say the article reports the figure as what 'HRANA said Friday'");
  return `${said} ${why.join("; ")}.`;
}
