import { asReportedEndpoint } from "../../../../site/as-reported-endpoint.ts";

/** /fa/waves/<id>/as-reported.json: the Persian pages' "as reported on" data. */
export const { getStaticPaths, GET } = asReportedEndpoint("fa");
