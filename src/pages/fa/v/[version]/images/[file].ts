import { imageEndpoint } from "../../../../../site/image-endpoint.ts";

/** /fa/v/<version>/images/<chart>.png: the Persian share cards of an archived release. */
export const { getStaticPaths, GET } = imageEndpoint("fa", true);
