import { figureColumns, type DownloadLayout } from "../domain/figure-records.ts";
import { FIELDS } from "./figure-fields.ts";

/** How to read the integer and list columns in pandas and R, for layout 3 (and the older ones). */
function loading(layout: DownloadLayout): string {
  const flags = layout === 3 ? "figure_flags" : "flags";
  return `## Loading

\`datapackage.json\` describes every CSV (column types, date formats, missing values, keys,
licence, sources) as a Frictionless data package; its Table Schemas are in \`schema/\`, and
figures.json and dataset.json name their JSON Schemas there (\`jsonSchema\`). Loaders that read
it (Python \`frictionless\`, R \`frictionless\`) give every column its declared type.

Integer columns (\`value\`, \`low\`, \`high\`${layout > 1 ? ", \`hedge_value\`" : ""}) have empty cells (a range has no
\`value\`, an exact figure no \`low\` or \`high\`), so pandas reads them as float unless told:

    pd.read_csv("figures.csv", keep_default_na=False, na_values=[""],
                dtype={"value": "Int64", "low": "Int64", "high": "Int64"${layout > 1 ? ', "hedge_value": "Int64"' : ""}${layout === 3 ? ',\n                       "source_published_inferred": "boolean", "dataset_commit": "string"' : ""}},
                parse_dates=["as_of", "source_published"${layout === 3 ? ', "source_accessed"' : ""}])

\`keep_default_na=False\` keeps words such as "NA" or "null" in the text columns as text. R's
\`read.csv("figures.csv", na.strings = "", encoding = "UTF-8")\` reads them as integers${layout === 3 ? " and the TRUE/FALSE columns as logical" : ""};
add \`colClasses = c(as_of = "Date", source_published = "Date")\` for dates.

Lists: ${layout === 3 ? "in JSON (figures.json, dataset.json, and the API's figure_flags) they are arrays; in CSV, where a cell\ncannot hold a list," : "in dataset.json they are arrays; in figures.csv and figures.json of this release,"} the items are joined by \`;\` (no id, flag, name or address contains one)${layout === 3 ? ", and `series_caveats`, sentences that may contain `;`, by a line break" : ""}.
Split \`${flags}\` with \`str.split(";")\` in pandas or \`strsplit(x, ";")\` in R; an empty cell
means none.${layout === 3 ? "" : ` (Releases after 2026-12-01 name this column \`figure_flags\`: \`flags\` is a pandas DataFrame attribute, so use \`df["flags"]\`, not \`df.flags\`.)`}
`;
}

/** The README shipped with every release's downloads. */
export function dataReadme(version: string, sha256: string | null, layout: DownloadLayout, datasetCommit: string | null = null): string {
  const commit =
    layout === 3
      ? datasetCommit
        ? `Dataset commit (git, data/ at release): ${datasetCommit}\n\n`
        : "Dataset commit: none recorded (the release was made without git history or with uncommitted data).\n\n"
      : "";
  return `# Iran protest detainee counts: data, version ${version}

${sha256 ? `Release content SHA-256: ${sha256}\n\n` : ""}${commit}Every row is one **claim**: a number one organisation published about one thing it counts,
as of one day, with the document and the verbatim words that state it. Claims by different
organisations count different things and must never be summed or averaged.

## Files

- \`figures.csv\`: every figure, one row each, with its source's columns (UTF-8, RFC 4180, CRLF line ends).
- \`figures.json\`: the same rows as JSON.
- \`dataset.json\`: the whole release (organisations, sources, waves, series, figures, changes, hash) as frozen; its JSON Schema is \`schema/release.schema.json\`.
- \`series/<series_id>.csv\`: one CSV per series, same columns.
- \`datapackage.json\`: a Frictionless data package describing all of them.
- \`schema/figures.tableschema.json\`, \`schema/series.tableschema.json\`: the CSVs' Table Schemas.
- \`schema/figures.schema.json\`: the JSON Schema of figures.json.
- \`schema/*.schema.json\`: JSON Schemas of the working data files and of a release.

A release's CSV and JSON files never change once published (their columns are those of the
release); the README and the schemas describing them may be improved.

## Columns

${figureColumns(layout)
  .map((c) => `- \`${c}\`: ${FIELDS[c].description}`)
  .join("\n")}

${loading(layout)}
## Licence and citation

The compilation (structure, selection, notes) is available under the Creative Commons
Attribution 4.0 International licence (CC BY 4.0). Quotes remain the words of their publishers
and are reproduced briefly for verification. Cite the dashboard with its version, e.g.
"Iran protest detainee counts, version ${version}", and the permanent URL /v/${version}/.
Figures attributed to HRANA's 2022 daily table also cite its compiler (GitHub
justin-2028/Daily-Statistics-of-the-2022-Iran-Protests).
`;
}
