import { chartEndpoint } from "../../../site/chart-endpoint.ts";

/** /fa/charts/<id>.json: the Persian pages' chart models. */
export const { getStaticPaths, GET } = chartEndpoint("fa", false);
