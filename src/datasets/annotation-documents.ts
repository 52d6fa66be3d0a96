import type { Annotation } from "./schemas/wave.ts";

/** The documents an annotation cites, in order; none when its citation is incomplete. */
export function annotationDocuments(a: Pick<Annotation, "source">): Array<{ document: string; quote?: string }> {
  if ("documents" in a.source) return a.source.documents;
  if ("document" in a.source) return [a.source];
  return [];
}
