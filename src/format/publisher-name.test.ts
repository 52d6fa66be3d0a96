import { describe, expect, it } from "vitest";
import { publisherName } from "./publisher-name.ts";

describe("publisherName", () => {
  it("keeps the name before the first gloss", () => {
    expect(publisherName({ publisher: "UN Geneva newsroom (unognewsroom.org), UNTV" })).toBe("UN Geneva newsroom");
    expect(publisherName({ publisher: "OIAC (oiac.org) — verbatim repost headed 'Amnesty International | 16 December 2019'" })).toBe("OIAC");
    expect(publisherName({ publisher: "Euroradio (eurradio.com), dpa-based report" })).toBe("Euroradio");
    expect(publisherName({ publisher: "Radio Free Europe/Radio Liberty" })).toBe("Radio Free Europe/Radio Liberty");
  });
});

describe("publisherName keeps the whole name when it has no gloss", () => {
  it("trims the space before a gloss, and never gives an empty name", () => {
    expect(publisherName({ publisher: "IHR , Oslo" })).toBe("IHR");
    expect(publisherName({ publisher: " (gloss only)" })).toBe(" (gloss only)");
  });
});
