// citation-js ships no types; the tests use it only to read citations back as CSL-JSON.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    data: any[];
    format(kind: "bibliography", options: { template: string; format: "text"; lang: string }): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
