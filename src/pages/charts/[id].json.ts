import { chartEndpoint } from "../../site/chart-endpoint.ts";

/** /charts/<id>.json: the models of the latest pages' charts, fetched when a chart becomes interactive. */
export const { getStaticPaths, GET } = chartEndpoint("en", false);
