// The one place zod is imported: every schema takes `z` from here, so the version and its
// configuration live in one file (DEVELOPERS.md: "import it from one place only").
export { z } from "zod";
export type { ZodType } from "zod";
