// The Frictionless project's JavaScript library ships no types: what tests/dist/data-package-check.ts uses.
declare module "datapackage" {
  interface Resource {
    name: string;
    tabular: boolean;
    descriptor: { path: string; jsonSchema?: string; schema: { foreignKeys?: unknown[] } } & Record<string, unknown>;
    read(options?: { forceCast?: boolean; keyed?: boolean; relations?: boolean }): Promise<unknown[]>;
    checkRelations(): Promise<boolean>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}
