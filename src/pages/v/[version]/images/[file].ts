import { imageEndpoint } from "../../../../site/image-endpoint.ts";

/** /v/<version>/images/<chart>.png: the share cards of an archived release, drawn from its own figures. */
export const { getStaticPaths, GET } = imageEndpoint("en", true);
