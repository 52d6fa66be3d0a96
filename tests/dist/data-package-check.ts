/**
 * Validates a release's downloads the way their users' tools do: the data package with the
 * Frictionless project's own JavaScript libraries (`datapackage`, which reads every CSV through
 * `tableschema`: header, types, formats, constraints, primary and foreign keys), and every JSON
 * file with Ajv against the JSON Schema it declares (draft 2020-12). Returns every problem found.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Package } from "datapackage";

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validators = new Map<string, ReturnType<typeof ajv.compile>>();

/** Problems of one JSON file against a JSON Schema file (compiled once per schema text). */
export function checkJson(schemaFile: string, dataFile: string): string[] {
  const text = readFileSync(schemaFile, "utf8");
  let validate = validators.get(text);
  if (!validate) {
    const { $id: _id, ...schema } = JSON.parse(text);
    validate = ajv.compile(schema);
    validators.set(text, validate);
  }
  if (validate(JSON.parse(readFileSync(dataFile, "utf8")))) return [];
  return (validate.errors ?? []).slice(0, 20).map((e) => `${dataFile}: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
}

const messages = (e: unknown): string[] => {
  const err = e as Error & { errors?: Error[]; rowNumber?: number };
  const row = err.rowNumber ? `row ${err.rowNumber}: ` : "";
  return err.errors?.length ? err.errors.map((x) => `${row}${x.message}`) : [`${row}${err.message}`];
};

/** Data files a release's downloads hold: every one must be a resource of its package. */
const dataFiles = (dir: string): string[] => [
  ...["figures.csv", "figures.json", "dataset.json"].filter((f) => existsSync(join(dir, f))),
  ...(existsSync(join(dir, "series")) ? readdirSync(join(dir, "series")).map((f) => `series/${f}`) : []),
];

export async function checkDataPackage(dir: string, options: { relations?: boolean | string } = {}): Promise<string[]> {
  const problems: string[] = [];
  const pkg = await Package.load(join(dir, "datapackage.json"));
  if (!pkg.valid) problems.push(...pkg.errors.map((e: Error) => `datapackage.json: ${e.message}`));
  const paths = new Set(pkg.resources.map((r: { descriptor: { path: string } }) => r.descriptor.path));
  for (const f of dataFiles(dir)) if (!paths.has(f)) problems.push(`${f} is not a resource of datapackage.json`);
  for (const r of pkg.resources) {
    const { path, jsonSchema } = r.descriptor;
    if (!existsSync(join(dir, path))) {
      problems.push(`${r.name}: ${path} does not exist`);
      continue;
    }
    if (!r.tabular) {
      if (!jsonSchema) problems.push(`${r.name}: declares no jsonSchema`);
      else problems.push(...checkJson(join(dir, jsonSchema), join(dir, path)));
      continue;
    }
    try {
      const rows: unknown[] = await r.read({ forceCast: true });
      const bad = rows.filter((x) => x instanceof Error);
      problems.push(...bad.slice(0, 20).flatMap((e) => messages(e).map((m) => `${path}: ${m}`)));
      if (rows.length === 0) problems.push(`${path}: no rows`);
      // Foreign keys: of every resource, or (to keep a test short) of the one at this path.
      const relations = options.relations === true || options.relations === path;
      if (relations && r.descriptor.schema.foreignKeys) await r.checkRelations();
    } catch (e) {
      problems.push(...messages(e).map((m) => `${path}: ${m}`));
    }
  }
  return problems;
}

/** Where a schema named by `$schema` in a built JSON file is, inside dist/. */
export const schemaFileFor = (distDir: string, dataFile: string, $schema: string) =>
  $schema.startsWith("http") ? join(distDir, new URL($schema).pathname) : join(dirname(dataFile), $schema);

export const rel = relative;
