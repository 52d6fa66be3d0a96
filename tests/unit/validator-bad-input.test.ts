/**
 * `npm run validate` on broken data: each test copies the synthetic fixture in
 * tests/fixtures/valid/ (test only, never in data/) into a temporary directory, breaks ONE
 * thing, and pins the exact text a data contributor reads: file, JSON path, what and fix.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "../../src/datasets/problem.ts";
import { validateDataset, type Validated } from "../../src/domain/validate-dataset.ts";

const FIXTURE = fileURLToPath(new URL("../fixtures/valid", import.meta.url));
const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
const TODAY = "2026-11-29";

const ARRESTED = "series/example-monitor-arrested-2026.json";
const KILLED = "series/example-observatory-killed-2026.json";

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A fresh copy of the valid fixture as <tmp>/data; messages name files relative to <tmp>. */
function copyFixture(): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), "validator-bad-input-"));
  roots.push(root);
  const data = join(root, "data");
  cpSync(FIXTURE, data, { recursive: true });
  return { root, data };
}

/** The tests edit arbitrary JSON. */
type Json = any;

function editJson(data: string, file: string, change: (json: Json) => void): void {
  const path = join(data, file);
  const json = JSON.parse(readFileSync(path, "utf8"));
  change(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

function editText(data: string, file: string, change: (text: string) => string): void {
  const path = join(data, file);
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

function validateWith(mutate: (data: string) => void): Validated {
  const { root, data } = copyFixture();
  mutate(data);
  return validateDataset(data, { root, today: TODAY });
}

const errorsOf = (r: Validated) => r.errors.map(formatProblem);
const warningsOf = (r: Validated) => r.warnings.map(formatProblem);

/** The one mutation must produce exactly these errors and no warnings. */
function expectErrors(mutate: (data: string) => void, expected: string[]): void {
  const result = validateWith(mutate);
  expect(errorsOf(result)).toEqual(expected);
  expect(warningsOf(result)).toEqual([]);
}

describe("the valid fixture", () => {
  it("gives no errors and no warnings", () => {
    const result = validateDataset(FIXTURE, { root: join(FIXTURE, ".."), today: TODAY });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.dataset.figures).toHaveLength(5);
    expect(result.dataset.series).toHaveLength(2);
  });
});

describe("one broken thing, one clear error", () => {
  it("an impossible date (2026-02-30)", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[1].as_of = "2026-02-30")), [
      `error data/series/example-monitor-arrested-2026.json $.figures[1].as_of: "2026-02-30" is not a real calendar date
  fix: write an existing date as YYYY-MM-DD, e.g. "2026-01-11"`,
    ]);
  });

  it("a missing source reference", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => delete j.figures[0].source), [
      `error data/series/example-monitor-arrested-2026.json $.figures[0].source: required field "source" is missing
  fix: add "source" (text) to this record; see CONTRIBUTING.md for what it holds`,
    ]);
  });

  it("an unknown source reference", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[0].source = "example-monitor-day-6")), [
      `error data/series/example-monitor-arrested-2026.json $.figures[0].source: unknown source "example-monitor-day-6"
  fix: add the document to data/sources.json first, then refer to its id here`,
    ]);
  });

  it("a duplicate figure id", () => {
    expectErrors((d) => editJson(d, KILLED, (j) => (j.figures[1].id = j.figures[0].id)), [
      `error data/series/example-observatory-killed-2026.json $.figures[1].id: duplicate figure id "example-observatory-killed-2026.2026-01-09.example-news-story" (also used at data/series/example-observatory-killed-2026.json $.figures[0].id)
  fix: give this figure an id no other figure uses`,
    ]);
  });

  it("a figure_text that is not in its quote", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[0].figure_text = "1203")), [
      `error data/series/example-monitor-arrested-2026.json $.figures[0].figure_text: "1203" does not occur in the quote
  fix: copy figure_text exactly from the quote (same digits, separators and spelling)`,
    ]);
  });

  it("a negative value", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[0].value = -5)), [
      `error data/series/example-monitor-arrested-2026.json $.figures[0].value: -5 is negative
  fix: counts of people cannot be negative: copy the figure exactly as published`,
    ]);
  });

  it("a fractional value", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[0].value = 1203.5)), [
      `error data/series/example-monitor-arrested-2026.json $.figures[0].value: 1203.5 is not a whole number
  fix: counts of people are whole numbers: copy the figure exactly as published`,
    ]);
  });

  it("a value written as text", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[1].value = "2,638")), [
      `error data/series/example-monitor-arrested-2026.json $.figures[1].value: "2,638" is not a number
  fix: write the number in digits, without quotes or thousands separators (e.g. 2638); the number as printed in the source belongs in figure_text`,
    ]);
  });

  it("low greater than high", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[2].low = 5000)), [
      `error data/series/example-monitor-arrested-2026.json $.figures[2].low: low 5000 is greater than high 4000
  fix: swap them, or check the figures against the quote`,
    ]);
  });

  it("a range whose qualifier is not \"range\"", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[2].qualifier = "about")), [
      `error data/series/example-monitor-arrested-2026.json $.figures[2].qualifier: a low/high range needs qualifier "range", not "about"
  fix: set qualifier to "range"`,
    ]);
  });

  it("a javascript: URL", () => {
    const result = validateWith((d) => editJson(d, "sources.json", (j) => (j.sources[0].url = "javascript:alert(1)")));
    const errors = errorsOf(result);
    expect(errors[0]).toBe(
      `error data/sources.json $.sources[0].url: "javascript:alert(1)" is not a full http(s) URL without credentials
  fix: give the whole address as https://host/path (other schemes such as javascript:, a missing //, or a user:password@ part are refused)`,
    );
    // sources.json failed its schema, so none of its records is loaded: every reference to a
    // source is reported as unknown too (six in the fixture: five figures, one annotation).
    expect(errors.slice(1)).toHaveLength(6);
    for (const e of errors.slice(1)) expect(e).toMatch(/ unknown source "/);
  });

  it("an unknown qualifier", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[0].qualifier = "atleast")), [
      `error data/series/example-monitor-arrested-2026.json $.figures[0].qualifier: "atleast" is not an allowed value
  fix: use one of: exact, at_least, more_than, about, nearly, up_to, estimated, range`,
    ]);
  });

  it("an unknown measure", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[1].measure = "detained")), [
      `error data/series/example-monitor-arrested-2026.json $.figures[1].measure: "detained" is not an allowed value
  fix: use one of: arrested, identified_detainees, killed, sentenced_to_death, executed, facing_capital_charges, released_or_pardoned, indicted, on_trial, convicted, not_prosecuted`,
    ]);
  });

  it("a file that is not JSON: a trailing comma", () => {
    expectErrors((d) => editText(d, KILLED, (t) => t.replace(/\}\n {2}\]\n\}\n$/, "},\n  ]\n}\n")), [
      `error data/series/example-observatory-killed-2026.json $: file is not valid JSON: a comma after the last item at line 40, column 6
  fix: remove that comma: JSON allows no comma before a closing ] or }`,
    ]);
  });

  it("a file that is not JSON: truncated", () => {
    expectErrors((d) => editText(d, KILLED, (t) => t.slice(0, t.indexOf('"value": 45'))), [
      `error data/series/example-observatory-killed-2026.json $: file is not valid JSON: the file ends too early (line 19): it looks truncated
  fix: the end of the file is missing: compare it with the last committed version (git diff) and restore the missing part`,
    ]);
  });

  it("an empty file", () => {
    expectErrors((d) => writeFileSync(join(d, KILLED), ""), [
      `error data/series/example-observatory-killed-2026.json $: file is empty
  fix: write the file's JSON content or restore it from git; delete the file only if it was added by mistake`,
    ]);
  });

  it("an unknown field (a typo)", () => {
    expectErrors(
      (d) =>
        editJson(d, ARRESTED, (j) => {
          j.figures[0].qualifer = j.figures[0].qualifier;
          delete j.figures[0].qualifier;
        }),
      [
        `error data/series/example-monitor-arrested-2026.json $.figures[0].qualifier: required field "qualifier" is missing
  fix: add "qualifier" with one of: exact, at_least, more_than, about, nearly, up_to, estimated, range`,
        `error data/series/example-monitor-arrested-2026.json $.figures[0].qualifer: unknown field "qualifer"
  fix: remove it, or correct its spelling (see CONTRIBUTING.md for the fields each record takes)`,
      ],
    );
  });

  it("a missing required field", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => delete j.figures[1].quote), [
      `error data/series/example-monitor-arrested-2026.json $.figures[1].quote: required field "quote" is missing
  fix: add "quote" (text) to this record; see CONTRIBUTING.md for what it holds`,
    ]);
  });

  it("a series that mixes organisations", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[1].organisation = "example-observatory")), [
      `error data/series/example-monitor-arrested-2026.json $.figures[1].organisation: organisation "example-observatory" differs from its series' organisation "example-monitor": a series never mixes organisations
  fix: move this figure to a series file of "example-observatory" in data/series/, or correct the organisation`,
      // Its words name the Monitor, not the Observatory: the attribution rule says so too.
      `error data/series/example-monitor-arrested-2026.json $.figures[1].flags: neither the quote nor the title or publisher of source "example-monitor-day-10" names "Example Observatory", and the figure is not flagged "attribution_inferred"
  fix: add "attribution_inferred" to flags with an "attribution_reason" saying why the figure is Example Observatory's, or add the name the source uses to the organisation's "aliases" in data/organisations.json`,
    ]);
  });

  describe("the attribution rule: a figure is never assigned to an organisation its source does not name", () => {
    const unnamed = (j: Json) => {
      j.figures[1].quote = "In ten days, 2,638 people were arrested, a rights group said.";
    };
    it("refuses a figure whose quote and source title and publisher do not name its organisation", () => {
      expectErrors(
        (d) => {
          editJson(d, ARRESTED, unnamed);
          editJson(d, "sources.json", (j) => Object.assign(j.sources[1], { title: "Day 10 report (test only)", publisher: "Example Wire" }));
        },
        [
          `error data/series/example-monitor-arrested-2026.json $.figures[1].flags: neither the quote nor the title or publisher of source "example-monitor-day-10" names "Example Monitor", and the figure is not flagged "attribution_inferred"
  fix: add "attribution_inferred" to flags with an "attribution_reason" saying why the figure is Example Monitor's, or add the name the source uses to the organisation's "aliases" in data/organisations.json`,
        ],
      );
    });
    it("accepts the name in the source's title, or an alias in the quote", () => {
      expectErrors((d) => editJson(d, ARRESTED, unnamed), []); // the title "Example Monitor: day 10 report" names it
      // The organisation's own page: its publisher names it.
      expectErrors(
        (d) => {
          editJson(d, ARRESTED, unnamed);
          editJson(d, "sources.json", (j) => (j.sources[1].title = "Day 10 report (test only)"));
        },
        [],
      );
      expectErrors(
        (d) => {
          editJson(d, ARRESTED, (j) => (j.figures[1].quote = "In ten days, 2,638 people were arrested, EMON said."));
          editJson(d, "sources.json", (j) => (j.sources[1].title = "Day 10 report (test only)"));
          editJson(d, "organisations.json", (j) => (j.organisations[0].aliases = ["EMON"]));
        },
        [],
      );
    });
    it("accepts an inferred attribution only with its reason", () => {
      const inferred = (reason?: string) => (d: string) => {
        editJson(d, ARRESTED, (j) => {
          unnamed(j);
          j.figures[1].flags = ["attribution_inferred"];
          if (reason) j.figures[1].attribution_reason = reason;
        });
        editJson(d, "sources.json", (j) => Object.assign(j.sources[1], { title: "Day 10 report (test only)", publisher: "Example Wire" }));
      };
      expectErrors(inferred(), [
        `error data/series/example-monitor-arrested-2026.json $.figures[1].attribution_reason: is flagged "attribution_inferred" but gives no attribution_reason
  fix: say why the figure is Example Monitor's although the text read does not name it`,
      ]);
      expectErrors(inferred("The same report's day number matches the Monitor's day-10 report."), []);
    });
  });

  it("named cases must be as many as the figure counts", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => Object.assign(j.figures[1], { basis: "cases", cases: ["A"] })), [
      `error data/series/example-monitor-arrested-2026.json $.figures[1].cases: names 1 case(s) but its value is 2638
  fix: a figure of named cases counts exactly the cases it names: list each one, or correct the value`,
    ]);
  });

  it("a hedge must be the quote's own words", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[1].hedge = { kind: "perhaps", text: "perhaps" })), [
      `error data/series/example-monitor-arrested-2026.json $.figures[1].hedge.text: "perhaps" does not occur in the quote
  fix: copy the hedging words exactly from the quote`,
    ]);
  });

  it("a qualifier written before a figure placeholder, which brings its own", () => {
    expectErrors((d) => editJson(d, "waves.json", (j) => (j.waves[0].summary = "The monitor counted more than {figure:example-monitor-arrested-2026.2026-01-05.example-monitor-day-5} arrests.")), [
      `error data/waves.json $.waves[0].summary: writes "more than" before a {figure:…} placeholder, which already says the figure's own qualifier ("more than more than …")
  fix: remove "more than": the placeholder is filled with the figure as its source qualifies it`,
    ]);
  });

  it("a wave that does not say when newer reports were last searched for", () => {
    expectErrors((d) => editJson(d, "waves.json", (j) => delete j.waves[0].searched_until), [
      `error data/waves.json $.waves[0].searched_until: does not say through which day newer reports were searched for
  fix: add "searched_until": "YYYY-MM-DD", the last day you looked for newer reports on this wave`,
    ]);
  });

  it("another document of a figure whose words do not hold the figure", () => {
    expectErrors(
      (d) => editJson(d, ARRESTED, (j) => (j.figures[1].other_documents = [{ source: "example-news-story", quote: "Thousands were arrested.", figure_text: "2,638", primary: true }])),
      [
        `error data/series/example-monitor-arrested-2026.json $.figures[1].other_documents[0].figure_text: "2,638" does not occur in the quote
  fix: copy figure_text exactly from this document's quote`,
      ],
    );
  });

  it("a statement without a number from an unknown document", () => {
    const statement = { id: "s1", date: "2026-01-15", organisation: "example-monitor", measure: "arrested", source: "no-such-doc", quote: "Example Monitor says thousands are held.", summary: "thousands held" };
    expectErrors((d) => editJson(d, "waves.json", (j) => (j.waves[0].statements = [statement])), [
      `error data/waves.json $.waves[0].statements[0].source: unknown source "no-such-doc"
  fix: add the document to data/sources.json first`,
    ]);
  });

  it("a count typed by hand in a wave summary", () => {
    expectErrors((d) => editJson(d, "waves.json", (j) => (j.waves[0].summary = "Officials said 2,638 people were arrested.")), [
      `error data/waves.json $.waves[0].summary: types the number "2,638" by hand
  fix: cite the figure that states it with {figure:<figure id>} (and its date with {as_of:<figure id>}), so the text cannot drift from the data`,
    ]);
  });

  it("a series that mixes measures", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[1].measure = "killed")), [
      `error data/series/example-monitor-arrested-2026.json $.figures[1].measure: measure "killed" differs from its series' measure "arrested": a series never mixes measures
  fix: move this figure to a series that counts "killed", or correct the measure`,
    ]);
  });

  it("an unknown wave", () => {
    expectErrors((d) => editJson(d, KILLED, (j) => (j.series.wave = "example-wave-2")), [
      `error data/series/example-observatory-killed-2026.json $.series.wave: unknown wave "example-wave-2"
  fix: use one of: example-wave (or add the wave to data/waves.json)`,
    ]);
  });

  it("an unknown organisation", () => {
    expectErrors(
      (d) =>
        editJson(d, KILLED, (j) => {
          j.series.organisation = "example-observer";
          for (const f of j.figures) f.organisation = "example-observer";
        }),
      [
        `error data/series/example-observatory-killed-2026.json $.series.organisation: unknown organisation "example-observer"
  fix: add it to data/organisations.json, or use an existing organisation id`,
        `error data/series/example-observatory-killed-2026.json $.figures[0].organisation: unknown organisation "example-observer"
  fix: add it to data/organisations.json, or use an existing organisation id`,
        `error data/series/example-observatory-killed-2026.json $.figures[1].organisation: unknown organisation "example-observer"
  fix: add it to data/organisations.json, or use an existing organisation id`,
      ],
    );
  });

  it("as_of after the source's published date", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[0].as_of = "2026-01-07")), [
      `error data/series/example-monitor-arrested-2026.json $.figures[0].as_of: as_of 2026-01-07 is after its source's published date 2026-01-06
  fix: a count cannot refer to a day after it was published: check both dates`,
    ]);
  });

  it("published after accessed", () => {
    expectErrors((d) => editJson(d, "sources.json", (j) => (j.sources[2].published = "2026-01-15")), [
      `error data/sources.json $.sources[2].published: published 2026-01-15 is after accessed 2026-01-14
  fix: a document cannot be read before it was published: check both dates`,
    ]);
  });

  it("a series file whose name differs from its id", () => {
    expectErrors((d) => renameSync(join(d, ARRESTED), join(d, "series/example-monitor-arrests-2026.json")), [
      `error data/series/example-monitor-arrests-2026.json $.series.id: series id "example-monitor-arrested-2026" does not match the file name
  fix: rename the file to series/example-monitor-arrested-2026.json, or change the id`,
    ]);
  });

  it("an unexpected extra file in data/", () => {
    expectErrors((d) => writeFileSync(join(d, "notes.txt"), "to do: add day 11\n"), [
      `error data/notes.txt $: unexpected file in data/
  fix: data/ holds organisations.json, sources.json, waves.json, withdrawn.json, series/<id>.json, translations/ and releases/ only: move or delete this file`,
    ]);
  });

  it("an annotation source that matches neither allowed form", () => {
    expectErrors((d) => editJson(d, "waves.json", (j) => (j.waves[0].annotations[0].source = { reported_by: "Example News" })), [
      `error data/waves.json $.waves[0].annotations[0].source: {"reported_by":"Example News"} matches none of the allowed forms
  fix: either add "document" and remove "reported_by"; or add "documents" and remove "reported_by"; or add "citation_incomplete" (see CONTRIBUTING.md)`,
      // waves.json failed its schema, so no wave is loaded and each series' wave is unknown too
      `error data/series/example-monitor-arrested-2026.json $.series.wave: unknown wave "example-wave"
  fix: no wave could be read from data/waves.json: fix the errors reported for it first, or add the wave there`,
      `error data/series/example-observatory-killed-2026.json $.series.wave: unknown wave "example-wave"
  fix: no wave could be read from data/waves.json: fix the errors reported for it first, or add the wave there`,
    ]);
  });

  it("a missing required file", () => {
    const result = validateWith((d) => unlinkSync(join(d, "waves.json")));
    expect(errorsOf(result)).toEqual([
      `error data/waves.json $: file is missing
  fix: create waves.json (see CONTRIBUTING.md)`,
      // without waves.json no wave is known, so each series' wave is unknown too
      `error data/series/example-monitor-arrested-2026.json $.series.wave: unknown wave "example-wave"
  fix: no wave could be read from data/waves.json: fix the errors reported for it first, or add the wave there`,
      `error data/series/example-observatory-killed-2026.json $.series.wave: unknown wave "example-wave"
  fix: no wave could be read from data/waves.json: fix the errors reported for it first, or add the wave there`,
    ]);
  });
});

describe("hostile or invisible input, each named by what it is (issue 13)", () => {
  it("a control character arriving through a JSON escape: named by code point, and written out, never sent to the terminal", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[0].quote = "By day 5, at least 1,203 people had been arrested.\u001b[2J")), [
      `error data/series/example-monitor-arrested-2026.json $.figures[0].quote: "By day 5, at least 1,203 people had been arrested.\\u001b... contains the control character U+001B at character 51
  fix: remove it: control characters are never part of a published text (look for an escape such as \\u001b in the JSON)`,
    ]);
  });
  it("a text made only of zero-width characters", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[0].notes = "\u200b\u200c\u2060")), [
      `error data/series/example-monitor-arrested-2026.json $.figures[0].notes: "\u200b\u200c\u2060" has no visible character (only U+200B, U+200C, U+2060)
  fix: write the text: zero-width and other invisible characters alone are not a text`,
    ]);
  });
  it("a figure_text that differs from its quote by a no-break space: the message names it", () => {
    expectErrors((d) => editJson(d, ARRESTED, (j) => (j.figures[0].figure_text = "1,203\u00a0people")), [
      `error data/series/example-monitor-arrested-2026.json $.figures[0].figure_text: "1,203\u00a0people" does not occur in the quote (it contains U+00A0 NO-BREAK SPACE at character 6)
  fix: copy figure_text exactly from the quote (same digits, separators and spelling)`,
    ]);
  });
  it("URLs with credentials or without their //, refused; the same address written differently, caught", () => {
    for (const url of ["https://user:secret@example.org/a", "http:/example.org/a", "https:example.org/a"]) {
      const errors = errorsOf(validateWith((d) => editJson(d, "sources.json", (j) => (j.sources[0].url = url))));
      expect(errors[0], url).toMatch(/^error data\/sources\.json \$\.sources\[0\]\.url: ".*" is not a full http\(s\) URL without credentials/);
    }
    expectErrors((d) => editJson(d, "sources.json", (j) => (j.sources[1].url = "HTTPS://EXAMPLE.org:443/monitor/day-5")), [
      `error data/sources.json $.sources[1].url: URL already recorded as source "example-monitor-day-5"
  fix: keep one source per URL: refer to "example-monitor-day-5" instead`,
    ]);
  });
  it("a symbolic link in data/: refused unread, its target never echoed", () => {
    const result = validateWith((d) => {
      const file = join(d, ARRESTED);
      const text = readFileSync(file, "utf8");
      unlinkSync(file);
      writeFileSync(join(d, "..", "outside.json"), text.replace("By day 5", "SECRET OUTSIDE DATA"));
      symlinkSync(join(d, "..", "outside.json"), file);
    });
    expect(errorsOf(result)[0]).toBe(`error data/series/example-monitor-arrested-2026.json $: is a symbolic link
  fix: data/ holds the files themselves: replace the link with the JSON file`);
    expect(errorsOf(result).join("\n")).not.toContain("SECRET");
  });
  it("a file name with a terminal escape is written out", () => {
    const result = validateWith((d) => writeFileSync(join(d, "evil\u001b[31m.txt"), "x"));
    const shown = errorsOf(result).join("\n");
    expect(shown).toContain("evil\\u001b[31m.txt");
    expect(shown).not.toContain("\u001b");
  });
});

describe("a Persian translation", () => {
  it("with a Latin name left bare in its text: one error that says how to isolate it", () => {
    const result = validateWith((d) => {
      mkdirSync(join(d, "translations"));
      const fa = { organisations: {}, series: {}, waves: { "example-wave": { title: "موج نمونه", summary: "گزارش Example Monitor (\u2068Example\u2069)" } } };
      writeFileSync(join(d, "translations/fa.json"), JSON.stringify(fa));
    });
    expect(errorsOf(result)).toEqual([
      `error data/translations/fa.json $.waves.example-wave.summary: has Latin text not isolated from the right-to-left text around it: "Example Monitor"
  fix: wrap each in \\u2068 … \\u2069 (first-strong isolate … pop directional isolate), e.g. "\\u2068Example Monitor\\u2069"`,
    ]);
  });
});

describe("every problem at once", () => {
  it("reports all errors of several mutations in one run", () => {
    const result = validateWith((d) => {
      editJson(d, ARRESTED, (j) => {
        j.figures[1].as_of = "2026-02-30";
        j.figures[2].low = 5000;
      });
      editJson(d, KILLED, (j) => (j.figures[0].figure_text = "46"));
      editJson(d, "sources.json", (j) => (j.sources[2].published = "2026-01-15"));
      writeFileSync(join(d, "notes.txt"), "x");
    });
    expect(errorsOf(result)).toEqual([
      `error data/series/example-monitor-arrested-2026.json $.figures[1].as_of: "2026-02-30" is not a real calendar date
  fix: write an existing date as YYYY-MM-DD, e.g. "2026-01-11"`,
      `error data/notes.txt $: unexpected file in data/
  fix: data/ holds organisations.json, sources.json, waves.json, withdrawn.json, series/<id>.json, translations/ and releases/ only: move or delete this file`,
      `error data/sources.json $.sources[2].published: published 2026-01-15 is after accessed 2026-01-14
  fix: a document cannot be read before it was published: check both dates`,
      `error data/series/example-observatory-killed-2026.json $.figures[0].figure_text: "46" does not occur in the quote
  fix: copy figure_text exactly from the quote (same digits, separators and spelling)`,
    ]);
    // The arrested series failed its schema (the impossible date), so its figures are not
    // loaded and its low > high is found on the next run, after the date is fixed.
  });

  it("a decreasing cumulative series is a warning, not an error", () => {
    const result = validateWith((d) =>
      editJson(d, ARRESTED, (j) => {
        j.figures[1].value = 1100;
        j.figures[1].quote = "In ten days, 1,100 people were arrested.";
        j.figures[1].figure_text = "1,100";
      }),
    );
    expect(errorsOf(result)).toEqual([]);
    expect(warningsOf(result)).toEqual([
      `warning data/series/example-monitor-arrested-2026.json $.figures[1].value: cumulative series "example-monitor-arrested-2026" goes down: 1100 on 2026-01-10 after 1203 on 2026-01-05
  fix: if the source revised its count, keep both and explain it in notes; if it is a copying error, compare with the quote (never change a published figure)`,
    ]);
  });
});

describe("the npm run validate command", () => {
  const cli = (cwd: string, dataDir: string) =>
    spawnSync(process.execPath, ["--experimental-strip-types", join(PROJECT, "scripts/validate.ts"), dataDir], { cwd, encoding: "utf8" });

  it("exits 1 on broken data, names the file and prints no stack trace", () => {
    const { root, data } = copyFixture();
    editJson(data, ARRESTED, (j) => (j.figures[0].figure_text = "1203"));
    editText(data, KILLED, (t) => t.slice(0, 300));
    const run = cli(root, data);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("data/series/example-monitor-arrested-2026.json $.figures[0].figure_text");
    expect(run.stdout).toContain("error data/series/example-observatory-killed-2026.json $: file is not valid JSON");
    expect(run.stdout).toContain("2 errors, 0 warnings: data/ is not valid; nothing was built.");
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^ {4}at /m);
  });

  it("exits 0 on the valid fixture and prints what it validated", () => {
    const run = cli(join(FIXTURE, ".."), FIXTURE);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe("data/ is valid: 5 figures in 2 series, 3 sources, 2 organisations, 1 wave (1 annotation); 0 warnings.");
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^ {4}at /m);
  });
});
