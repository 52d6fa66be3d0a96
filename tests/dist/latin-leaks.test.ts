import { describe, expect, it } from "vitest";
import { latinLeaks } from "./latin-leaks.ts";

const page = (body: string) => `<html lang="fa" dir="rtl"><body>${body}</body></html>`;

describe("latinLeaks finds Latin text a Persian page leaves unisolated", () => {
  it("reports untranslated text and bare names", () => {
    expect(latinLeaks(page("<p>There is no dated figure to chart.</p>")).unisolated).toEqual(["There is no dated figure to chart."]);
    expect(latinLeaks(page("<p>منبع: MENAFN، سند ۱</p>")).unisolated).toEqual(["MENAFN"]);
    expect(latinLeaks(page("<svg><title>منبع: GitHub: justin-2028/Daily</title></svg>")).unisolated).toEqual(["GitHub: justin-2028/Daily"]);
    // A chart drawn left to right in a dir="ltr" box is still Persian text.
    expect(latinLeaks(page('<div dir="ltr"><svg><text>هرانا 2025</text></svg></div>')).unisolated).toEqual(["2025"]);
  });
  it("accepts names isolated by bdi, dir, lang or Unicode isolates, and quotes, code and URLs", () => {
    const ok = page(
      `<p>منبع: <bdi>MENAFN</bdi>، <span dir="auto">Iran International</span>، <a lang="en">A title</a>، \u2068Hands Off Cain\u2069،` +
        ` <q>at least 500</q> <code>/api/v1/index.json</code> https://example.org/a</p>`,
    );
    expect(latinLeaks(ok)).toEqual({ unisolated: [], englishDates: [] });
  });
  it("reports English-format dates even inside an isolated name, but not in quotes or identifiers", () => {
    expect(latinLeaks(page("<p><bdi>MENAFN (13 Jan 2026)</bdi></p>")).englishDates).toHaveLength(1);
    expect(latinLeaks(page("<p>تاریخ: <span dir=\"ltr\">2026-06-15</span></p>")).englishDates).toHaveLength(1);
    expect(latinLeaks(page("<p>January 2026</p>")).englishDates).toHaveLength(1);
    expect(latinLeaks(page('<p><q>on 13 Jan 2026</q> <span translate="no" dir="ltr">2026-11-29</span></p>')).englishDates).toEqual([]);
    expect(latinLeaks(page("<svg><title>۳. ۲۱ دی ۱۴۰۴: \u2068HRANA's count rose (10 Jan)\u2069</title></svg>")).englishDates).toEqual([]);
  });
});
