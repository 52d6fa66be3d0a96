import { searchEndpoint } from "../../site/search-endpoint.ts";

/** /search/documents.json: what the English search page indexes, fetched when the reader searches. */
export const { GET } = searchEndpoint("en");
