import { chartEndpoint } from "../../../../site/chart-endpoint.ts";

/** /v/<version>/charts/<id>.json: the chart models of an archived release's pages. */
export const { getStaticPaths, GET } = chartEndpoint("en", true);
