/**
 * Where a new record goes in its file: sources in id order, figures in date order (undated
 * last, then by id), as the files are kept. Existing records keep their order and text.
 */
import type { Figure } from "../../src/datasets/schemas/figure.ts";
import type { SourceDocument } from "../../src/datasets/schemas/source-document.ts";

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byDate = (a: Figure, b: Figure) => (a.as_of ?? "9999").localeCompare(b.as_of ?? "9999") || byId(a, b);

/** `list` with `item` inserted before the first record that sorts after it. */
function insertSorted<T>(list: T[], item: T, order: (a: T, b: T) => number): T[] {
  const at = list.findIndex((r) => order(item, r) < 0);
  return at < 0 ? [...list, item] : [...list.slice(0, at), item, ...list.slice(at)];
}

export function withSource<F extends { sources: SourceDocument[] }>(file: F, source: SourceDocument): F {
  return { ...file, sources: insertSorted(file.sources, source, byId) };
}

export function withFigure<F extends { figures: Figure[] }>(file: F, figure: Figure): F {
  return { ...file, figures: insertSorted(file.figures, figure, byDate) };
}

/** The file with the figure of the same id replaced in place (a correction). */
export function withFigureReplaced<F extends { figures: Figure[] }>(file: F, figure: Figure): F {
  return { ...file, figures: file.figures.map((f) => (f.id === figure.id ? figure : f)) };
}
