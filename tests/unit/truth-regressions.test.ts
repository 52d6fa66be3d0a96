/**
 * The misstatements issue 9 found on the built site, each pinned on the real data/ so that it
 * cannot come back: latest claims, sentences and summaries in English and Persian.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildChartModel } from "../../src/charts/chart-model.ts";
import type { DatasetFigure } from "../../src/datasets/dataset.ts";
import type { Organisation } from "../../src/datasets/schemas/organisation.ts";
import type { Series } from "../../src/datasets/schemas/series.ts";
import { claimSentence, type ClaimContext } from "../../src/domain/claim-words.ts";
import { latestClaimOf, latestClaims } from "../../src/domain/latest-claims.ts";
import { splitLine } from "../../src/domain/line-figures.ts";
import { buildSiteIndex } from "../../src/domain/site-index.ts";
import { validateDataset } from "../../src/domain/validate-dataset.ts";

const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
const data = validateDataset(join(PROJECT, "data"), { root: PROJECT });
const index = buildSiteIndex(data.dataset);
const fa = data.dataset.translations.fa;
const ctx = (locale: "en-GB" | "fa-IR"): ClaimContext => ({
  locale,
  sources: index.source,
  orgName: (o: Organisation) => (locale === "fa-IR" ? (fa?.organisations[o.id]?.short_name ?? o.short_name) : o.short_name),
  unitOf: (s: Series) => (locale === "fa-IR" ? (fa?.series[s.id]?.unit ?? s.unit) : s.unit),
});
const series = (id: string) => index.series.get(id)!;
const figuresOf = (id: string) => index.figuresBySeries.get(id) ?? [];
const claimOf = (id: string, keep: (f: DatasetFigure) => boolean = () => true) => {
  const s = series(id);
  return latestClaimOf(s, index.organisation.get(s.organisation)!, figuresOf(id).filter(keep), index.source)!;
};
const say = (id: string, keep?: (f: DatasetFigure) => boolean, locale: "en-GB" | "fa-IR" = "en-GB") => claimSentence(claimOf(id, keep), ctx(locale));
const upTo = (day: string) => (f: DatasetFigure) => f.as_of !== null && f.as_of <= day;

describe("latest claims on the real data", () => {
  it("shows both unnamed officials' figures of 13 Jan 2026, about 2,000 and about 3,000, never one picked by id", () => {
    const claim = claimOf("iran-officials-unnamed-killed-2025-26", upTo("2026-01-13"));
    expect(claim.date).toBe("2026-01-13");
    expect(new Set(claim.figures.map((f) => f.value))).toEqual(new Set([2000, 3000]));
    expect(say("iran-officials-unnamed-killed-2025-26", upTo("2026-01-13"))).toMatch(/^Unnamed officials gave 3 different figures for people killed on 13 January 2026: about 2,000; about 3,000; at least 3,000,/);
  });

  it("shows CBS's 10,000–12,000 as Ynet reported it beside LIGA.net's figure, which does not name CBS and is flagged", () => {
    const claim = claimOf("cbs-news-killed-2025-26");
    expect(claim.figures.map((f) => f.source).sort()).toEqual(["liga-trump-to-the-iranians-seize-state", "ynetnews-hyrbpevrbl"]);
    const liga = claim.figures.find((f) => f.source.startsWith("liga"))!;
    expect(liga.flags).toContain("attribution_inferred");
    expect(liga.attribution_reason).toBeTruthy();
    expect(say("cbs-news-killed-2025-26")).toMatch(/between 10,000 and 12,000/);
    expect(say("cbs-news-killed-2025-26")).toMatch(/at least 12,000, possibly as many as 20,000/);
  });

  it("runs HRANA's 2022–23 protester deaths without a press copy beating the compiled table (473 → 481 → 478)", () => {
    const { line } = splitLine(figuresOf("hrana-killed-2022-23"), index.source);
    const compiled = line.filter((f) => f.source.startsWith("github-justin-2028"));
    const compiledDays = new Set(figuresOf("hrana-killed-2022-23").filter((f) => f.source.startsWith("github-justin-2028")).map((f) => f.as_of));
    expect(compiled.length).toBe(compiledDays.size);
  });

  it("lets undated later claims lead on their publication date, or the earliest it can be, marked undated (officials' 5,000; UN FFMI's 551)", () => {
    const officials = claimOf("iran-officials-unnamed-killed-2025-26");
    expect(officials.figures.map((f) => f.value)).toEqual([5000]);
    expect([officials.undated, officials.notBefore, officials.date]).toEqual([true, true, "2026-01-17"]);
    expect(say("iran-officials-unnamed-killed-2025-26")).toMatch(/no as-of date given, published on or after 17 January 2026/);
    const ffmi = claimOf("un-ffmi-killed-2022-23");
    expect(ffmi.figures.map((f) => f.value)).toEqual([551]);
    expect(ffmi.undated).toBe(true);
  });

  it("shows IHR's at least 26 death sentences, now dated by its republication of 19 Feb 2026, as IHR's latest", () => {
    const ihr = claimOf("ihr-sentenced-to-death-2025-26");
    expect(ihr.figures.map((f) => [f.value, f.as_of])).toEqual([[26, "2026-02-19"]]);
    expect(ihr.figures[0].flags).toContain("as_of_inferred");
  });

  it("leads HRANA's 2025-26 arrests with its newest figure, about 53,500 (published 21 Feb 2026, no as-of date), not the older 52,941", () => {
    const hrana = claimOf("hrana-arrested-2025-26");
    expect(hrana.figures.map((f) => f.value)).toEqual([53500]);
    expect([hrana.undated, hrana.date]).toEqual([true, "2026-02-21"]);
    expect(say("hrana-arrested-2025-26")).toBe("HRANA estimated about 53,500 people arrested, as reported by Euroradio (no as-of date given, published 21 February 2026)");
  });

  it("lists every latest claim of a wave newest first, each with its own date", () => {
    const claims = latestClaims(index, "iran-2025-26", ["killed"]);
    const dates = claims.map((c) => c.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe("sentences on the real data", () => {
  it("words Erfan Soltani's death sentence as one named case, never as IHR's total, in English and Persian", () => {
    const en = say("ihr-sentenced-to-death-2025-26", upTo("2026-01-12"));
    expect(en).toMatch(/^IHR reported 1 death sentence, a named case: Erfan Soltani/);
    expect(en).not.toMatch(/death sentences|counted/);
    // The Latin-script name is isolated so that it cannot reorder the Persian sentence around it.
    expect(say("ihr-sentenced-to-death-2025-26", upTo("2026-01-12"), "fa-IR")).toContain("مورد نام‌برده: \u2068Erfan Soltani\u2069");
  });
  it("words the judiciary's two executions of 1 June 2026 as one day's named cases from a weak source", () => {
    const en = say("iran-judiciary-executed-2025-26");
    expect(en).toMatch(/2 executions, named cases: Mehrdad Mohammadinia and Ashkan Maleki/);
    expect(en).toMatch(/from a weak source$/);
    expect(en).not.toMatch(/counted 2/);
  });
  it("words the executions of 2022 counted from quotes as this site's counts, in the singular for one", () => {
    expect(say("iran-judiciary-executed-2022-23", upTo("2022-12-08"))).toMatch(/^1 execution, counted by this site from what Judiciary stated/);
    expect(say("iran-officials-unnamed-executed-2022-23", upTo("2022-12-12"))).toMatch(/^2 executions, counted by this site/);
  });
  it("keeps the IRGC commander's hedge and never says he counted", () => {
    const s = say("irgc-killed-2022-23");
    expect(s).toMatch(/perhaps more than 300/);
    expect(s).not.toMatch(/counted/);
  });
  it("says 'identified 100' as exactly 100, not 'at least 100'", () => {
    const f = figuresOf("ihr-facing-capital-charges-2022-23").find((g) => g.quote.includes("identified 100"))!;
    expect(f.qualifier).toBe("exact");
    expect(f.corrections?.at(-1)?.reason).toMatch(/exact|identified/i);
  });
  it("uses the series' unit, so IHR's deaths are protesters killed, not people killed", () => {
    expect(say("ihr-killed-2025-26")).toMatch(/protesters killed/);
    expect(say("hrana-killed-2022-23")).toMatch(/protesters killed/);
  });
  it("never says 'counted' of an estimate, an unnamed source or a hedged figure", () => {
    const wrong: string[] = [];
    for (const s of index.data.series) {
      const claim = latestClaimOf(s, index.organisation.get(s.organisation)!, figuresOf(s.id), index.source);
      if (!claim) continue;
      const text = claimSentence(claim, ctx("en-GB"));
      const org = index.organisation.get(s.organisation)!;
      const doubtful = s.estimate || org.kind === "unnamed" || org.kind === "government" || claim.figures.some((f) => f.hedge || f.qualifier === "about" || f.flags.includes("attribution_inferred"));
      if (doubtful && / counted /.test(text) && !/counted by this site/.test(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });
});

describe("chart summaries on the real data", () => {
  it("date each claim by its own day and the chart by its newest plotted day (no CBS claim under HRANA's date)", () => {
    const wave = index.wave.get("iran-2025-26")!;
    const drawn = (index.seriesByWave.get(wave.id) ?? []).filter((s) => s.measure === "killed" && s.on_charts);
    const model = buildChartModel({
      id: "t",
      title: "t",
      series: drawn.map((s) => ({ series: s, organisation: index.organisation.get(s.organisation)!, figures: figuresOf(s.id) })),
      sources: index.source,
    });
    expect(model.summary).toMatch(/^Figures up to /);
    expect(model.summary).not.toMatch(/As of .*, CBS/);
    const claims = model.summaryParts!.claims.replace(/^Latest claim of each line: /, "").split(/\. (?=[A-Z0-9])/);
    expect(claims.length).toBe(model.lines.length);
    for (const c of claims) expect(c).toMatch(/\((as of |no as-of date given, published (?:on or after )?)\d{1,2} \w+ \d{4}\)|different figures for .* on \d{1,2} \w+ \d{4}:/);
  });
});
