import type { APIContext } from "astro";
import { contextPaths } from "./page-contexts.ts";
import { searchDocuments } from "./search-documents.ts";
import type { SiteContext } from "./site-context.ts";

/** /search/documents.json (and /fa/…): the latest release's searchable records in one language. */
export function searchEndpoint() {
  return {
    getStaticPaths: () => contextPaths(false),
    GET({ props }: APIContext<{ ctx: SiteContext }>) {
      const body = JSON.stringify({ documents: searchDocuments(props.ctx) });
      return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
    },
  };
}
