import type { Locale } from "../i18n/strings.ts";
import { loadSite } from "./load-site.ts";
import { searchDocuments } from "./search-documents.ts";

/** /search/documents.json (and /fa/…): the latest release's searchable records in one language. */
export function searchEndpoint(locale: Locale) {
  return {
    GET() {
      const body = JSON.stringify({ documents: searchDocuments(loadSite().byLocale[locale].current) });
      return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
    },
  };
}
