import { describe, expect, it } from "vitest";
import { newestFirst } from "./newest-first.ts";

const fig = (id: string, as_of: string | null, series = "s") => ({ id, as_of, series });

describe("newestFirst", () => {
  it("puts the newest as-of date first", () => {
    const out = newestFirst([fig("a", "2022-09-20"), fig("b", "2023-01-05"), fig("c", "2022-12-31")]);
    expect(out.map((f) => f.id)).toEqual(["b", "c", "a"]);
  });

  it("puts figures without a date last, whatever their place in the input", () => {
    const out = newestFirst([fig("u1", null), fig("a", "2019-11-16"), fig("u2", null, "r"), fig("b", "2019-11-30")]);
    expect(out.map((f) => f.id)).toEqual(["b", "a", "u2", "u1"]);
  });

  it("puts an undated figure after a dated one, in either input order", () => {
    expect(newestFirst([fig("u", null), fig("d", "2026-01-10")]).map((f) => f.id)).toEqual(["d", "u"]);
    expect(newestFirst([fig("d", "2026-01-10"), fig("u", null)]).map((f) => f.id)).toEqual(["d", "u"]);
  });

  it("orders figures of the same date by series, then id, not by input order", () => {
    const input = [fig("z", "2026-01-10", "beta"), fig("y", "2026-01-10", "alpha"), fig("x", "2026-01-10", "beta")];
    expect(newestFirst(input).map((f) => f.id)).toEqual(["y", "x", "z"]);
    expect(newestFirst([...input].reverse()).map((f) => f.id)).toEqual(["y", "x", "z"]);
  });

  it("leaves its input unchanged", () => {
    const input = [fig("a", "2020-01-01"), fig("b", "2021-01-01")];
    newestFirst(input);
    expect(input.map((f) => f.id)).toEqual(["a", "b"]);
  });
});
