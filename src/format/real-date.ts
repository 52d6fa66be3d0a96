/**
 * True when `s` names a day that exists in the Gregorian calendar, as YYYY-MM-DD (2026-02-30
 * does not: Date.parse would quietly read it as 2 March). One check for the data schema and for
 * the days readers put in an address (?on=), so both refuse the same days.
 */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
