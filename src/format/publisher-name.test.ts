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
