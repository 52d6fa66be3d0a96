import { searchEndpoint } from "../../../site/search-endpoint.ts";

/** /fa/search/documents.json: what the Persian search page indexes, fetched when the reader searches. */
export const { GET } = searchEndpoint("fa");
