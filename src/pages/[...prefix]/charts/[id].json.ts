import { chartEndpoint } from "../../../site/chart-endpoint.ts";

/** <prefix>/charts/<id>.json: the chart models of the latest and archived pages, in both languages. */
export const { getStaticPaths, GET } = chartEndpoint();
