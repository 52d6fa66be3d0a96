/** What the table order needs of a figure: its as-of date (null when unknown), series and id. */
export interface Dated {
  as_of: string | null;
  series: string;
  id: string;
}

/**
 * Table order: newest as-of date first, figures without a date last; figures of the same date
 * (or both undated) by series, then by id, so the order never depends on the input's. Returns a
 * new array; the input is left as it was.
 */
export function newestFirst<T extends Dated>(figures: readonly T[]): T[] {
  return [...figures].sort((a, b) => {
    if (a.as_of !== b.as_of) {
      if (a.as_of === null) return 1;
      if (b.as_of === null) return -1;
      // Stryker disable next-line EqualityOperator: the dates differ here, so < and <= agree
      return a.as_of < b.as_of ? 1 : -1;
    }
    return a.series.localeCompare(b.series) || a.id.localeCompare(b.id);
  });
}
