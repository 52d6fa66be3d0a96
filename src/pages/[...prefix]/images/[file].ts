import { imageEndpoint } from "../../../site/image-endpoint.ts";

/** <prefix>/images/<chart>.svg and .png: charts as files and share cards, latest and archived. */
export const { getStaticPaths, GET } = imageEndpoint();
