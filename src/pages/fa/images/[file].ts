import { imageEndpoint } from "../../../site/image-endpoint.ts";

export const { getStaticPaths, GET } = imageEndpoint("fa");
