/**
 * A web-archive lookup for a document: the Wayback Machine's address for the copy nearest the
 * given day (or its list of copies when no day is known). It is a lookup, not a promise that a
 * copy exists, and the site never requests it: it is only a link the reader may follow.
 */
export function archiveLookupUrl(url: string, day: string | null): string {
  const stamp = day ? day.replace(/-/g, "") : "*";
  return `https://web.archive.org/web/${stamp}/${url}`;
}
