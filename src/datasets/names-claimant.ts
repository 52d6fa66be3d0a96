import type { Organisation } from "./schemas/organisation.ts";

/** Every name a source may use for an organisation: its name, short name and aliases. */
export function namesOf(org: Pick<Organisation, "name" | "short_name" | "aliases">): string[] {
  return [org.name, org.short_name, ...(org.aliases ?? [])];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * True when `text` names the organisation: one of its names occurs as whole words, ignoring
 * case ("IHR" in "the IHR said", not in "IHRNGO"; "هرانا" in a Persian sentence).
 */
export function namesClaimant(text: string, org: Pick<Organisation, "name" | "short_name" | "aliases">): boolean {
  return namesOf(org).some((name) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, "iu").test(text));
}
