import { chartEndpoint } from "../../../../../site/chart-endpoint.ts";

/** /fa/v/<version>/charts/<id>.json: the Persian chart models of an archived release. */
export const { getStaticPaths, GET } = chartEndpoint("fa", true);
