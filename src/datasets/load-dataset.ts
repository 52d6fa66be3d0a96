import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Dataset, Origins } from "./dataset.ts";
import type { Problem } from "./problem.ts";
import { readJsonFile } from "./read-json-file.ts";
import { OrganisationsFile, SeriesFile, SourcesFile, WavesFile, WithdrawnFile } from "./schemas/files.ts";
import { TranslationsFile } from "./schemas/translations.ts";
import { problemsFromZod } from "./zod-problems.ts";
import type { z } from "./zod.ts";

export interface Loaded {
  dataset: Dataset;
  origins: Origins;
  problems: Problem[];
}

const OPTIONAL_WITHDRAWN = "withdrawn.json";
const TRANSLATIONS = "translations";

/** Folders under data/ that hold other things than working files (releases are frozen copies). */
const IGNORED = new Set(["releases"]);

/**
 * Reads every file in `dataDir`, applies the file schemas and collects every problem at once.
 * Records from files that fail their schema are left out of `dataset`; the caller must not
 * publish anything while `problems` holds an error.
 */
export function loadDataset(dataDir: string, root = join(dataDir, "..")): Loaded {
  const dataset: Dataset = { organisations: [], sources: [], waves: [], series: [], figures: [], withdrawn: [], translations: {} };
  const origins: Origins = new WeakMap();
  const problems: Problem[] = [];
  const shown = (abs: string) => relative(root, abs).split("\\").join("/");

  function parse<S extends z.ZodType>(abs: string, schema: S): z.infer<S> | undefined {
    const read = readJsonFile(abs, shown(abs));
    if (!read.ok) {
      problems.push(read.problem);
      return undefined;
    }
    const result = schema.safeParse(read.value);
    if (!result.success) {
      problems.push(...problemsFromZod(shown(abs), result.error, read.value));
      return undefined;
    }
    return result.data;
  }

  const required = { "organisations.json": OrganisationsFile, "sources.json": SourcesFile, "waves.json": WavesFile } as const;
  for (const name of Object.keys(required) as Array<keyof typeof required>) {
    const abs = join(dataDir, name);
    if (!existsSync(abs)) {
      problems.push({ severity: "error", file: shown(abs), path: "$", what: "file is missing", fix: `create ${name} (see CONTRIBUTING.md)` });
      continue;
    }
    const parsed = parse(abs, required[name]) as Record<string, unknown[]> | undefined;
    if (!parsed) continue;
    const key = name.replace(".json", "") as "organisations" | "sources" | "waves";
    parsed[key].forEach((record, i) => origins.set(record as object, { file: shown(abs), path: `$.${key}[${i}]` }));
    (dataset[key] as unknown[]).push(...parsed[key]);
  }

  const withdrawnPath = join(dataDir, OPTIONAL_WITHDRAWN);
  if (existsSync(withdrawnPath)) {
    const parsed = parse(withdrawnPath, WithdrawnFile);
    parsed?.withdrawn.forEach((w, i) => {
      origins.set(w, { file: shown(withdrawnPath), path: `$.withdrawn[${i}]` });
      dataset.withdrawn.push(w);
    });
  }

  const translationsDir = join(dataDir, TRANSLATIONS);
  if (existsSync(translationsDir)) {
    for (const name of readdirSync(translationsDir).sort()) {
      const abs = join(translationsDir, name);
      const locale = /^([a-z]{2,3})\.json$/.exec(name)?.[1];
      if (!locale) {
        problems.push({ ...unexpected(shown(abs)), fix: "translations/ holds one <locale>.json per language, e.g. fa.json" });
        continue;
      }
      const parsed = parse(abs, TranslationsFile);
      if (parsed) {
        dataset.translations[locale] = parsed;
        origins.set(parsed, { file: shown(abs), path: "$" });
      }
    }
  }

  const seriesDir = join(dataDir, "series");
  const seriesFiles = existsSync(seriesDir) ? readdirSync(seriesDir).sort() : [];
  for (const name of seriesFiles) {
    const abs = join(seriesDir, name);
    if (!name.endsWith(".json") || !statSync(abs).isFile()) {
      problems.push(unexpected(shown(abs)));
      continue;
    }
    const parsed = parse(abs, SeriesFile);
    if (!parsed) continue;
    const file = shown(abs);
    origins.set(parsed.series, { file, path: "$.series" });
    dataset.series.push(parsed.series);
    if (name !== `${parsed.series.id}.json`)
      problems.push({ severity: "error", file, path: "$.series.id", what: `series id "${parsed.series.id}" does not match the file name`, fix: `rename the file to series/${parsed.series.id}.json, or change the id` });
    parsed.figures.forEach((figure, i) => {
      const loaded = { ...figure, series: parsed.series.id };
      origins.set(loaded, { file, path: `$.figures[${i}]` });
      dataset.figures.push(loaded);
    });
  }

  for (const name of readdirSync(dataDir).sort()) {
    if (name in required || name === "series" || name === OPTIONAL_WITHDRAWN || name === TRANSLATIONS || IGNORED.has(name)) continue;
    problems.push(unexpected(shown(join(dataDir, name))));
  }
  return { dataset, origins, problems };
}

function unexpected(file: string): Problem {
  return {
    severity: "error",
    file,
    path: "$",
    what: "unexpected file in data/",
    fix: "data/ holds organisations.json, sources.json, waves.json, withdrawn.json, series/<id>.json, translations/ and releases/ only: move or delete this file",
  };
}
