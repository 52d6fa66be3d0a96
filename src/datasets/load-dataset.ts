import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Dataset, Origins } from "./dataset.ts";
import type { Problem } from "./problem.ts";
import { readJsonFile } from "./read-json-file.ts";
import { OrganisationsFile, SeriesFile, SourcesFile, WavesFile, WithdrawnFile } from "./schemas/files.ts";
import { TranslationsFile } from "./schemas/translations.ts";
import { problemsFromZod } from "./zod-problems.ts";
import { z } from "./zod.ts";

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
 * At most this many schema problems are listed for one file: a file whose every record is
 * wrong (a list of a million numbers) would otherwise print a million lines.
 */
export const MAX_PROBLEMS_PER_FILE = 50;

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

  // A missing or unreadable data directory is one problem, not a stack trace.
  const dirProblem = directoryProblem(dataDir);
  if (dirProblem) {
    const rel = shown(resolve(dataDir));
    problems.push({ severity: "error", file: rel.startsWith("..") || rel === "" ? resolve(dataDir) : rel, path: "$", ...dirProblem });
    return { dataset, origins, problems };
  }
  /** The names in a folder under data/, or [] with a problem when it cannot be listed. */
  const list = (dir: string): string[] => {
    try {
      return readdirSync(dir).sort();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({
        severity: "error",
        file: shown(dir),
        path: "$",
        what: code === "ENOTDIR" ? "is a file, not a directory" : `directory could not be read (${code ?? (e as Error).message})`,
        fix: code === "ENOTDIR" ? "this name is kept for a directory of JSON files: move the file away" : "make the directory readable (check its permissions), then run the validator again",
      });
      return [];
    }
  };

  function parse<S extends z.ZodType>(abs: string, schema: S): z.infer<S> | undefined {
    const read = readJsonFile(abs, shown(abs));
    if (!read.ok) {
      problems.push(...read.problems);
      return undefined;
    }
    const result = schema.safeParse(read.value);
    if (!result.success) {
      const issues = result.error.issues;
      // Only the listed issues are worded: wording a million of them takes seconds.
      problems.push(...problemsFromZod(shown(abs), new z.ZodError(issues.slice(0, MAX_PROBLEMS_PER_FILE)), read.value));
      if (issues.length > MAX_PROBLEMS_PER_FILE)
        problems.push({
          severity: "error",
          file: shown(abs),
          path: "$",
          what: `${issues.length - MAX_PROBLEMS_PER_FILE} more problems in this file are not listed (${issues.length} in all)`,
          fix: "fix the problems listed above (they often share one cause), then run the validator again",
        });
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
    for (const name of list(translationsDir)) {
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
  const seriesFiles = existsSync(seriesDir) ? list(seriesDir) : [];
  for (const name of seriesFiles) {
    const abs = join(seriesDir, name);
    if (!name.endsWith(".json") || isDirectory(abs)) {
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

  for (const name of list(dataDir)) {
    if (name in required || name === "series" || name === OPTIONAL_WITHDRAWN || name === TRANSLATIONS || IGNORED.has(name)) continue;
    problems.push(unexpected(shown(join(dataDir, name))));
  }
  return { dataset, origins, problems };
}

/** Why `dataDir` cannot be read as the data directory, or undefined when it can. */
function directoryProblem(dataDir: string): { what: string; fix: string } | undefined {
  const fix = "run the validator from the project root (npm run validate), or give the path of the data directory: npm run validate -- path/to/data";
  try {
    if (!statSync(dataDir).isDirectory()) return { what: "the data directory is a file, not a directory", fix };
    readdirSync(dataDir);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { what: "the data directory does not exist", fix };
    return { what: `the data directory could not be read (${code ?? (e as Error).message})`, fix: code === "EACCES" || code === "EPERM" ? "make the directory readable (check its permissions and owner)" : fix };
  }
}

/** A dangling link or unreadable entry is not a directory: readJsonFile explains it. */
function isDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
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
