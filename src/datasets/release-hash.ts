import { canonicalJson, sha256 } from "./canonical-json.ts";
import type { Release } from "./schemas/release.ts";

/** The hash a release records: SHA-256 of the canonical JSON of every field but the hash itself. */
export function releaseHash(release: Omit<Release, "sha256"> & { sha256?: string }): string {
  const { sha256: _ignored, ...rest } = release;
  return sha256(canonicalJson(rest));
}

/** Orders versions by date, then by same-day suffix: 2026-11-29 < 2026-11-29.2 < 2026-11-30. */
export function compareVersions(a: string, b: string): number {
  const [da, na = "1"] = a.split(".");
  const [db, nb = "1"] = b.split(".");
  return da.localeCompare(db) || Number(na) - Number(nb);
}

/** The version for a release made on `date`, after the existing versions. */
export function nextVersion(date: string, existing: string[]): string {
  const sameDay = existing.filter((v) => v.split(".")[0] === date);
  if (sameDay.length === 0) return date;
  const highest = Math.max(...sameDay.map((v) => Number(v.split(".")[1] ?? "1")));
  return `${date}.${highest + 1}`;
}
