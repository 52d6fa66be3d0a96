import { searchEndpoint } from "../../../site/search-endpoint.ts";

/** /search/documents.json and /fa/…: what the search page indexes, fetched when the reader searches. */
export const { getStaticPaths, GET } = searchEndpoint();
