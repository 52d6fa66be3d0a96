/**
 * Checks on the real data/ (not a fixture): it validates, and the facts the research
 * conversion must preserve still hold.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/datasets/problem.ts";
import { validateDataset } from "../../src/domain/validate-dataset.ts";

const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
const result = validateDataset(join(PROJECT, "data"), { root: PROJECT });
const { figures, sources, organisations } = result.dataset;
const sourceById = new Map(sources.map((s) => [s.id, s]));

/** HRANA's 2022-23 daily table as compiled on GitHub (the research's CSV). */
const COMPILED_URL = "https://github.com/justin-2028/Daily-Statistics-of-the-2022-Iran-Protests";
const YNET_URL = "https://www.ynetnews.com/article/hyrbpevrbl";

describe("data/", () => {
  it("validates with zero errors", () => {
    expect(result.errors.map(formatProblem)).toEqual([]);
  });

  it("has every figure's figure_text in its quote", () => {
    const missing = figures.filter((f) => !f.quote.includes(f.figure_text)).map((f) => f.id);
    expect(missing).toEqual([]);
  });

  it("holds the 469 research figures, the Ynet second official's figure, the 32 figures of the research of 1 Dec 2026 and the 158 identified-detainee figures of the compiled table", () => {
    const compiled = sources.find((s) => s.url === COMPILED_URL);
    expect(compiled, "the compiled GitHub dataset is a source").toBeDefined();
    const identified = figures.filter((f) => f.source === compiled!.id && f.measure === "identified_detainees");
    expect(identified).toHaveLength(158);
    // observations-2026-12.json: 49 rows = 32 figures + 2 statements + 10 event documents + 2 copies of existing figures + 3 left out.
    expect(figures.length - identified.length).toBe(469 + 1 + 32);
  });

  it("links the Ynet article to every claim it states: five figures of four claimants, and IHR's report of Erfan Soltani's death sentence", () => {
    const ynet = sources.filter((s) => s.url === YNET_URL);
    expect(ynet).toHaveLength(1);
    const backed = figures.filter((f) => f.source === ynet[0].id);
    expect(backed.map((f) => f.value ?? `${f.low}-${f.high}`).sort()).toEqual(["10000-12000", 10600, 12000, 3000, 3000].sort());
    expect(new Set(backed.map((f) => f.organisation))).toEqual(new Set(["hrana", "iran-officials-unnamed", "iran-international", "cbs-news"]));
    const related = (ynet[0].related_figures ?? []).map((id) => figures.find((f) => f.id === id)!);
    expect(related.map((f) => [f.organisation, f.measure, f.cases])).toEqual([["ihr", "sentenced_to_death", ["Erfan Soltani"]]]);
    expect(ynet[0].notes).not.toMatch(/four claims by four organisations/);
  });

  it("never attributes an HRANA figure to unnamed \"rights groups\"", () => {
    const wrong = figures.filter((f) => f.organisation === "hrana" && /rights groups?/i.test(f.attribution ?? "")).map((f) => f.id);
    expect(wrong).toEqual([]);
  });

  it("links only http(s) URLs", () => {
    const urls = [
      ...sources.flatMap((s) => [s.url, ...(s.archived ?? []), ...(s.dataset ? [s.dataset.repository] : [])]),
      ...organisations.flatMap((o) => (o.home_page ? [o.home_page] : [])),
    ];
    expect(urls.length).toBeGreaterThan(sources.length - 1);
    expect(urls.filter((u) => !/^https?:\/\//.test(u) || !["http:", "https:"].includes(new URL(u).protocol))).toEqual([]);
  });

  it("refers only to sources that exist", () => {
    expect(figures.filter((f) => !sourceById.has(f.source)).map((f) => f.id)).toEqual([]);
  });
});
