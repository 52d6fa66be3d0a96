import { describe, expect, it } from "vitest";
import type { LatestClaim } from "./latest-claims.ts";
import { describeClaims } from "./describe-claims.ts";

const claim = (short: string, measure: "arrested" | "killed", value: number, qualifier: "exact" | "more_than", as_of: string) =>
  ({
    organisation: { id: short.toLowerCase(), short_name: short },
    series: { measure },
    figure: { value, qualifier, as_of },
  }) as unknown as LatestClaim;

describe("describeClaims", () => {
  it("gives each claimant its own clause with its own date, never a total", () => {
    const text = describeClaims([claim("HRANA", "arrested", 52941, "exact", "2026-02-11"), claim("IHR", "arrested", 20000, "more_than", "2026-01-16")]);
    expect(text).toBe(
      "As of 11 February 2026, HRANA counted 52,941 people arrested; as of 16 January 2026, IHR counted more than 20,000 people arrested.",
    );
  });
  it("says so when there is nothing dated", () => expect(describeClaims([])).toBe("No dated figure has been recorded yet."));
});
