import { existsSync, lstatSync, readdirSync, statSync } from "node:fs";
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

type Issue = z.core.$ZodIssue;

/**
 * schema.safeParse(value), but the walk through objects, lists and records stops once `budget`
 * issues are found. zod itself reports every issue of a file before it returns, which for a
 * hostile file (a list of 200,000 empty objects: 1.8 million missing fields) takes many seconds.
 * Lists, objects and records are walked here; every other schema (texts, numbers, enums,
 * unions) is left to zod, so the messages and the parsed data are zod's own.
 */
export function boundedParse(schema: z.ZodType, value: unknown, budget = MAX_PROBLEMS_PER_FILE): { success: true; data: unknown } | { success: false; issues: Issue[]; stopped: boolean } {
  const issues: Issue[] = [];
  // The walk goes one problem past the budget, so that "stopped" means there is one more.
  const data = walk(schema, value, [], issues, budget + 1);
  const stopped = issues.length > budget;
  if (stopped) issues.length = budget;
  return issues.length === 0 ? { success: true, data } : { success: false, issues, stopped };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const unchecked = (schema: z.ZodType) => !(schema.def as { checks?: unknown[] }).checks?.length;

function walk(schema: z.ZodType, value: unknown, path: PropertyKey[], issues: Issue[], budget: number): unknown {
  if (schema instanceof z.ZodOptional && value === undefined) return undefined;
  if (schema instanceof z.ZodNullable && value === null) return null;
  if ((schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) && unchecked(schema)) return walk(schema.unwrap() as z.ZodType, value, path, issues, budget);
  if (schema instanceof z.ZodDefault && value !== undefined && unchecked(schema)) return walk(schema.unwrap() as z.ZodType, value, path, issues, budget);
  if (schema instanceof z.ZodArray && Array.isArray(value) && unchecked(schema)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      if (issues.length >= budget) return undefined;
      out.push(walk(schema.element as z.ZodType, value[i], [...path, i], issues, budget));
    }
    return out;
  }
  if (schema instanceof z.ZodObject && isRecord(value) && unchecked(schema)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      if (issues.length >= budget) return undefined;
      const parsed = walk(shape[key], Object.hasOwn(value, key) ? value[key] : undefined, [...path, key], issues, budget);
      if (parsed !== undefined) out[key] = parsed;
    }
    const catchall = schema.def.catchall;
    const extra = Object.keys(value).filter((k) => !Object.hasOwn(shape, k));
    if (extra.length > 0) {
      if (catchall instanceof z.ZodNever) issues.push({ code: "unrecognized_keys", keys: extra, path, message: `Unrecognized keys: ${extra.join(", ")}`, input: value } as Issue);
      else if (catchall) return leaf(schema, value, path, issues); // a loose or catch-all object: zod's rules
    }
    return out;
  }
  if (schema instanceof z.ZodRecord && isRecord(value) && unchecked(schema) && schema.keyType instanceof z.ZodString && unchecked(schema.keyType as z.ZodType)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (issues.length >= budget) return undefined;
      out[key] = walk(schema.valueType as z.ZodType, value[key], [...path, key], issues, budget);
    }
    return out;
  }
  return leaf(schema, value, path, issues);
}

function leaf(schema: z.ZodType, value: unknown, path: PropertyKey[], issues: Issue[]): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) issues.push({ ...issue, path: [...path, ...issue.path] } as Issue);
  return undefined;
}

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
      if (lstatSync(dir).isSymbolicLink()) {
        problems.push({ severity: "error", file: shown(dir), path: "$", what: "is a symbolic link to a folder", fix: "data/ holds its folders themselves: replace the link with the folder" });
        return [];
      }
      // Stryker disable next-line MethodExpression: on Linux, libuv already lists a folder sorted (alphasort); the sort keeps that order elsewhere
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
    const result = boundedParse(schema, read.value);
    if (!result.success) {
      problems.push(...problemsFromZod(shown(abs), new z.ZodError(result.issues), read.value));
      if (result.stopped)
        problems.push({
          severity: "error",
          file: shown(abs),
          path: "$",
          what: `the check of this file stopped after ${MAX_PROBLEMS_PER_FILE} problems; there are more`,
          fix: "fix the problems listed above (they often share one cause), then run the validator again",
        });
      return undefined;
    }
    return result.data as z.infer<S>;
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
