import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import type { DatasetFigure } from "../../src/datasets/dataset.ts";
import type { ReleaseData } from "../../src/datasets/schemas/release.ts";
import { validateDataset } from "../../src/domain/validate-dataset.ts";
import { daysBetween, formatDate } from "../../src/format/format-date.ts";
import { publisherName } from "../../src/format/publisher-name.ts";

/**
 * Every sentence true, read off the built pages (issue 9): in every card, "In short" line,
 * chart summary and organisation's latest-claim line, in English and Persian, each number
 * is a number of a figure it cites (or that figure's date, or a count of its statements), each
 * cited figure's own date is written beside it, and no claimant's second statement of the
 * same day is left out. Elements mark what they cite with data-claim-figures.
 */
const ROOT = join(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist");
// What the pages show: the latest release as the site offers it for download (data/ before any release).
const latestFile = join(DIST, "downloads/latest/dataset.json");
const working = validateDataset(join(ROOT, "data"));
const shown: ReleaseData = existsSync(latestFile) ? (JSON.parse(readFileSync(latestFile, "utf8")) as { data: ReleaseData }).data : working.dataset;
const figures = new Map(shown.figures.map((f) => [f.id, f as DatasetFigure]));
const sources = new Map(shown.sources.map((s) => [s.id, s]));
const series = new Map(shown.series.map((s) => [s.id, s]));
const waves = new Map(shown.waves.map((w) => [w.id, w]));
const orgs = new Map(shown.organisations.map((o) => [o.id, o]));
const fa = working.dataset.translations.fa;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : []));
}
// Archived pages show the figures of their release, not of data/: their own test is the release's.
const pages = htmlFiles(DIST).filter((f) => !/^(fa\/)?v\//.test(relative(DIST, f)));

const toLatin = (s: string) => s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
const NUMBER = /[0-9۰-۹]+(?:[,٬][0-9۰-۹]{3})*/g;
const dayOf = (f: DatasetFigure) => f.as_of ?? sources.get(f.source)?.published ?? sources.get(f.source)?.published_not_before?.date ?? null;
const numberKey = (f: DatasetFigure) => JSON.stringify([f.value, f.low, f.high, f.qualifier, f.hedge?.kind === "reportedly" ? undefined : f.hedge?.kind, f.hedge?.value, f.basis ?? "total"]);
const persianParts = (iso: string) =>
  new Intl.DateTimeFormat("en-u-ca-persian", { timeZone: "UTC", day: "numeric", year: "numeric", month: "numeric" })
    .formatToParts(new Date(`${iso}T00:00:00Z`))
    .filter((p) => p.type === "day" || p.type === "year" || (p.type as string) === "relatedYear")
    .map((p) => Number(p.value.replace(/[^0-9]/g, "")));

/** The numbers a text may contain when it cites these figures. */
function allowedNumbers(cited: DatasetFigure[]): Set<number> {
  const ok = new Set<number>();
  for (const f of cited) {
    for (const n of [f.value, f.low, f.high, f.hedge?.value, f.cases?.length]) if (n !== undefined) ok.add(n);
    const day = dayOf(f);
    if (day) {
      const [y, , d] = day.split("-").map(Number);
      for (const n of [y, d, ...persianParts(day)]) ok.add(n);
      const s = series.get(f.series)!;
      ok.add(daysBetween(waves.get(s.wave)!.start, day));
    }
  }
  for (let n = 1; n <= cited.length; n++) ok.add(n); // "in 2 statements on …"
  return ok;
}

/** Names that may hold digits ("Jagonews24"): removed before numbers are read. */
function namesIn(cited: DatasetFigure[]): string[] {
  return cited.flatMap((f) => {
    const o = orgs.get(f.organisation)!;
    const d = sources.get(f.source)!;
    return [publisherName(d), o.short_name, o.name, fa?.organisations[o.id]?.short_name ?? ""].filter(Boolean);
  });
}

interface Checked {
  page: string;
  locale: "en" | "fa";
  text: string;
  cited: DatasetFigure[];
}

const checked: Checked[] = [];
const changes: { page: string; locale: "en" | "fa"; text: string; from: DatasetFigure; to: DatasetFigure; card: string[] }[] = [];
for (const file of pages) {
  const page = "/" + relative(DIST, file).replace(/index\.html$/, "");
  const root = parse(readFileSync(file, "utf8"));
  for (const el of root.querySelectorAll("[data-claim-figures]")) {
    const ids = (el.getAttribute("data-claim-figures") ?? "").split(" ").filter(Boolean);
    if (ids.length === 0) continue;
    // A card's change since the previous figure states a difference and an older day: checked on its own below.
    let text = el.textContent;
    for (const change of el.querySelectorAll("[data-claim-change]")) text = text.replace(change.textContent, " ");
    checked.push({ page, locale: page.startsWith("/fa/") ? "fa" : "en", text: text.replace(/\s+/g, " ").trim(), cited: ids.map((id) => figures.get(id)!) });
  }
  for (const el of root.querySelectorAll("[data-claim-change]")) {
    const [from, to] = (el.getAttribute("data-claim-change") ?? "").split(" ").map((id) => figures.get(id)!);
    const card = el.closest("[data-claim-figures]");
    changes.push({ page, locale: page.startsWith("/fa/") ? "fa" : "en", text: el.textContent.replace(/\s+/g, " ").trim(), from, to, card: (card?.getAttribute("data-claim-figures") ?? "").split(" ") });
  }
}

describe("claims on the built pages", () => {
  it("are found in both languages on cards, 'In short', chart summaries and organisation pages", () => {
    expect(checked.length).toBeGreaterThan(100);
    for (const locale of ["en", "fa"]) {
      const mine = checked.filter((c) => c.locale === locale);
      expect(mine.some((c) => c.page.includes("/waves/"))).toBe(true);
      expect(mine.some((c) => c.page.includes("/organisations/"))).toBe(true);
    }
    expect(checked.every((c) => c.cited.every(Boolean)), "every cited id is a figure of data/").toBe(true);
  });

  it("state only numbers of the figures they cite (or their dates)", () => {
    const wrong: string[] = [];
    for (const c of checked) {
      let text = c.text;
      for (const name of namesIn(c.cited)) text = text.split(name).join(" ");
      const ok = allowedNumbers(c.cited);
      for (const raw of text.match(NUMBER) ?? []) {
        const n = Number(toLatin(raw).replace(/[,٬]/g, ""));
        if (!ok.has(n)) wrong.push(`${c.page}: "${raw}" in «${c.text.slice(0, 160)}»`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("write each cited figure's own date beside it", () => {
    const wrong: string[] = [];
    for (const c of checked)
      for (const f of c.cited) {
        const day = dayOf(f)!;
        // Spaced as the page text is read (a Persian date holds together with no-break spaces).
        const long = formatDate(day, "long", c.locale === "fa" ? "fa-IR" : "en-GB").replace(/\s+/g, " ");
        if (!c.text.includes(long)) wrong.push(`${c.page}: ${f.id} (${day}) not dated "${long}" in «${c.text.slice(0, 160)}»`);
      }
    expect(wrong).toEqual([]);
  });

  it("never reduce two different numbers one claimant stated on one day to one", () => {
    const bySeries = new Map<string, DatasetFigure[]>();
    for (const f of figures.values()) bySeries.set(f.series, [...(bySeries.get(f.series) ?? []), f]);
    const wrong: string[] = [];
    for (const c of checked)
      for (const f of c.cited) {
        const sameDay = (bySeries.get(f.series) ?? []).filter(
          (g) => dayOf(g) === dayOf(f) && Boolean(g.as_of) === Boolean(f.as_of) && !g.flags.includes("restatement") && numberKey(g) !== numberKey(f),
        );
        for (const g of sameDay)
          if (!c.cited.some((h) => numberKey(h) === numberKey(g))) wrong.push(`${c.page}: cites ${f.id} but not ${g.id}, another number of the same claimant that day`);
      }
    expect(wrong).toEqual([]);
  });
});

/**
 * "+1,200 since 9 February 2026" (issue 15 §7): the change since the claimant's previous figure,
 * recomputed here from data/: the same series (so the same claimant and measure), a running
 * total, two single numbers of one kind (exact, or both the same lower bound; never an
 * approximation, a range or a hedge), the previous one the newest before the latest, and the
 * difference written with its sign and the previous figure's date.
 */
describe("changes since the previous figure on the built pages", () => {
  const comparable = (f: DatasetFigure) => f.value !== undefined && ["exact", "at_least", "more_than"].includes(f.qualifier) && !f.hedge && (f.basis ?? "total") === "total";
  it("are found in both languages", () => {
    for (const locale of ["en", "fa"]) expect(changes.filter((c) => c.locale === locale).length).toBeGreaterThan(5);
  });
  it("compare the card's figure with the same series' figure just before it, of the same kind", () => {
    const wrong: string[] = [];
    for (const c of changes) {
      const where = `${c.page}: ${c.from?.id} -> ${c.to?.id}`;
      if (!c.from || !c.to) { wrong.push(`${where}: unknown figure`); continue; }
      if (c.from.series !== c.to.series || c.from.organisation !== c.to.organisation) wrong.push(`${where}: across series or claimants`);
      if (!series.get(c.to.series)!.cumulative) wrong.push(`${where}: not a running total`);
      if (!c.card.includes(c.to.id) || c.card.length !== 1) wrong.push(`${where}: not the card's one figure`);
      if (!comparable(c.from) || !comparable(c.to) || c.from.qualifier !== c.to.qualifier) wrong.push(`${where}: ${c.from.qualifier} and ${c.to.qualifier} do not subtract`);
      if (!c.from.as_of || !c.to.as_of || c.from.as_of >= c.to.as_of) { wrong.push(`${where}: not dated one before the other`); continue; }
      const between = [...figures.values()].filter((g) => g.series === c.to.series && !g.flags.includes("restatement") && dayOf(g)! > c.from.as_of! && dayOf(g)! < c.to.as_of!);
      if (between.length) wrong.push(`${where}: ${between[0].id} came between`);
    }
    expect(wrong).toEqual([]);
  });
  it("write the difference with its sign and the previous figure's date", () => {
    const wrong: string[] = [];
    for (const c of changes) {
      const difference = c.to.value! - c.from.value!;
      const digits = toLatin(c.text).replace(/[,٬]/g, "");
      const since = formatDate(c.from.as_of!, "long", c.locale === "fa" ? "fa-IR" : "en-GB").replace(/\s+/g, " ");
      const said = difference === 0 ? (c.locale === "fa" ? "بدون تغییر" : "unchanged") : `${difference > 0 ? "+" : "\u2212"}${Math.abs(difference)}`;
      if (!digits.includes(said) || !c.text.includes(since)) wrong.push(`${c.page}: expected "${said}" and "${since}" in «${c.text}»`);
    }
    expect(wrong).toEqual([]);
  });
});
