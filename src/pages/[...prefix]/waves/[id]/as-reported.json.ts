import { asReportedEndpoint } from "../../../../site/as-reported-endpoint.ts";

/** /waves/<id>/as-reported.json and /fa/…: what the wave page's "as reported on" control shows for another day. */
export const { getStaticPaths, GET } = asReportedEndpoint();
