/**
 * Sortable figure tables, as an enhancement: the built table is complete and newest first;
 * here each header marked data-sort (date, number or text) gets a button that sorts the rows
 * by that column, and its <th> says the order in aria-sort. A date cell's data-sort holds its
 * ISO date; a figure sorts by the first number its text states (the value, or a range's low end,
 * in Latin or Persian digits); text columns sort by the cell's text in the page's language.
 * Empty keys go last in either direction; ties keep the built order.
 */

import { firstNumber } from "./first-number.ts";

type Kind = "date" | "number" | "text";

function makeSortable(table: HTMLTableElement): void {
  const head = table.tHead?.rows[0];
  const body = table.tBodies[0];
  if (!head || !body) return;
  const collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true });
  const built = [...body.rows];
  const headers = [...head.cells];
  headers.forEach((th, col) => {
    const kind = th.dataset.sort as Kind | undefined;
    if (!kind) return;
    const button = document.createElement("button");
    button.type = "button";
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener("click", () => {
      const now = th.getAttribute("aria-sort");
      const ascending = now ? now === "descending" : kind === "text";
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[col];
        if (kind === "number") return firstNumber(cell?.textContent ?? "");
        return cell?.dataset.sort ?? cell?.textContent?.trim() ?? "";
      };
      const compare = (a: string, b: string) => (kind === "number" ? Number(a) - Number(b) : kind === "date" ? (a < b ? -1 : a > b ? 1 : 0) : collator.compare(a, b));
      const keyed = built.map((row, at) => ({ row, at, k: key(row) }));
      keyed.sort((a, b) => {
        if (a.k === "" || b.k === "") return a.k === b.k ? a.at - b.at : a.k === "" ? 1 : -1;
        return (ascending ? compare(a.k, b.k) : compare(b.k, a.k)) || a.at - b.at;
      });
      body.append(...keyed.map((x) => x.row));
      for (const other of headers) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    });
  });
  table.dataset.enhanced = "true";
}

for (const table of document.querySelectorAll<HTMLTableElement>("table[data-sortable]")) makeSortable(table);
