import { describe, expect, it } from "vitest";
import { figureColumns } from "../domain/figure-records.ts";
import { dataReadme } from "./data-readme.ts";

const SHA = "ab".repeat(32);
const COMMIT = "0123456789abcdef0123456789abcdef01234567";
/** The lines of the README's column list. */
const columnLines = (readme: string) => readme.split("\n## Columns\n")[1].split("\n## ")[0].split("\n").filter((l) => l.startsWith("- `"));

describe("the README of a release's downloads", () => {
  it("names the version, its hash and its dataset commit, and how to cite it", () => {
    const readme = dataReadme("2026-12-05", SHA, 3, COMMIT);
    expect(readme.startsWith(`# Iran protest detainee counts: data, version 2026-12-05\n\nRelease content SHA-256: ${SHA}\n\nDataset commit (git, data/ at release): ${COMMIT}\n\nEvery row is one **claim**`)).toBe(true);
    expect(readme).toContain('"Iran protest detainee counts, version 2026-12-05", and the permanent URL /v/2026-12-05/.');
  });

  it("says when a release recorded no commit, and says nothing of hash or commit for data never released or older layouts", () => {
    expect(dataReadme("2026-12-05", SHA, 3)).toContain(`Release content SHA-256: ${SHA}\n\nDataset commit: none recorded (the release was made without git history or with uncommitted data).\n\nEvery row`);
    expect(dataReadme("unreleased", null, 3)).toMatch(/^# Iran protest detainee counts: data, version unreleased\n\nDataset commit: none recorded/);
    const old = dataReadme("2026-12-01", SHA, 2, COMMIT);
    expect(old).not.toContain("Dataset commit");
    expect(old).toContain(`Release content SHA-256: ${SHA}\n\nEvery row`);
  });

  it("describes every column of its layout, in order, once", () => {
    for (const layout of [1, 2, 3] as const) {
      const lines = columnLines(dataReadme("v", null, layout));
      expect(lines.map((l) => l.slice(3, l.indexOf("`", 3))), `layout ${layout}`).toEqual(figureColumns(layout));
      for (const l of lines) expect(l).toMatch(/^- `[a-z_]+`: \S/);
    }
  });

  it("tells pandas and R users of the newest layout how to read integers, booleans, dates and lists", () => {
    const readme = dataReadme("v", null, 3);
    expect(readme).toContain("Integer columns (`value`, `low`, `high`, `hedge_value`) have empty cells");
    expect(readme).toContain(
      '    pd.read_csv("figures.csv", keep_default_na=False, na_values=[""],\n                dtype={"value": "Int64", "low": "Int64", "high": "Int64", "hedge_value": "Int64",\n                       "source_published_inferred": "boolean", "dataset_commit": "string"},\n                parse_dates=["as_of", "source_published", "source_accessed"])',
    );
    expect(readme).toContain("reads them as integers and the TRUE/FALSE columns as logical;");
    expect(readme).toContain("Lists: in JSON (figures.json, dataset.json, and the API's figure_flags) they are arrays; in CSV, where a cell\ncannot hold a list, the items are joined by `;` (no id, flag, name or address contains one), and `series_caveats`, sentences that may contain `;`, by a line break.");
    expect(readme).toContain('Split `figure_flags` with `str.split(";")` in pandas or `strsplit(x, ";")` in R; an empty cell\nmeans none.\n');
    expect(readme).not.toContain("(Releases after 2026-12-01");
  });

  it("tells users of the first layouts the same for the columns those releases have", () => {
    const first = dataReadme("2026-11-29", null, 1);
    expect(first).toContain("Integer columns (`value`, `low`, `high`) have empty cells");
    expect(first).toContain('dtype={"value": "Int64", "low": "Int64", "high": "Int64"},\n                parse_dates=["as_of", "source_published"])');
    expect(first).toContain("reads them as integers;");
    expect(first).toContain("Lists: in dataset.json they are arrays; in figures.csv and figures.json of this release, the items are joined by `;` (no id, flag, name or address contains one).\n");
    expect(first).toContain("Split `flags` with");
    expect(first).toContain("means none. (Releases after 2026-12-01 name this column `figure_flags`: `flags` is a pandas DataFrame attribute, so use `df[\"flags\"]`, not `df.flags`.)\n");
    const second = dataReadme("2026-12-01", null, 2);
    expect(second).toContain("Integer columns (`value`, `low`, `high`, `hedge_value`) have empty cells");
    expect(second).toContain('dtype={"value": "Int64", "low": "Int64", "high": "Int64", "hedge_value": "Int64"},\n                parse_dates=["as_of", "source_published"])');
  });
});
