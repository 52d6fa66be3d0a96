import type { Options } from "minisearch";
import { searchTerm, searchWords } from "../format/search-term.ts";
import type { SearchDocument } from "../site/search-documents.ts";

/** The fields searched, and how much a match in each weighs (a name above a passing word in a quote). */
export const SEARCH_FIELDS = ["name", "organisation", "measure", "quote", "publisher", "date"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * MiniSearch's options, shared by the browser (which indexes the documents it fetches) and the
 * tests. Every word typed must be found (AND), the last as a prefix while it is being typed, and
 * longer words forgive a typo.
 */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  idField: "url",
  fields: [...SEARCH_FIELDS],
  tokenize: searchWords,
  processTerm: searchTerm,
  searchOptions: {
    combineWith: "AND",
    prefix: true,
    fuzzy: (term) => (term.length > 4 ? 0.2 : false),
    boost: { name: 3, organisation: 2, measure: 1.5 },
    // An organisation whose name is searched for is what the reader means, before its hundreds of figures.
    boostDocument: (url) => (String(url).includes("/organisations/") ? 3 : 1),
  },
};
