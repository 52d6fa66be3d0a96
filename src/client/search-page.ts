/**
 * The search page, in the browser. Nothing is fetched until the reader searches: focusing or
 * typing in the box (or arriving with ?q=) loads MiniSearch and this language's documents
 * (/search/documents.json), from this site only, and indexes them here. Results are a list of
 * links with what matched; a live region says how many; the words live in the address (?q=).
 */
import type MiniSearch from "minisearch";
import type { SearchResult } from "minisearch";
import { searchTerm, searchWords } from "../format/search-term.ts";
import type { SearchDocument } from "../site/search-documents.ts";
import { SEARCH_FIELDS, SEARCH_OPTIONS } from "./search-options.ts";
import { siteHref } from "./site-root.ts";

interface Strings {
  loading: string;
  failed: string;
  countOne: string;
  countOther: string;
  none: string;
  shownFirst: string;
  matched: string;
  comma: string;
  kinds: Record<string, string>;
  fields: Record<string, string>;
}

/** More than this many results is a list nobody reads; the count says how many there are. */
const SHOWN = 50;
/** Words of a quote shown either side of the first match. */
const CONTEXT_WORDS = 12;

const form = document.querySelector<HTMLFormElement>("[data-search-form]");
const input = form?.querySelector<HTMLInputElement>("input[name=q]");
const status = document.querySelector<HTMLElement>("[data-search-status]");
const list = document.querySelector<HTMLOListElement>("[data-search-results]");
if (form && input && status && list) start(form, input, status, list);

function start(form: HTMLFormElement, input: HTMLInputElement, status: HTMLElement, list: HTMLOListElement): void {
  const strings = JSON.parse(form.dataset.strings ?? "{}") as Strings;
  const numbers = new Intl.NumberFormat(form.dataset.locale);
  document.querySelector<HTMLElement>("[data-search-fallback]")?.setAttribute("hidden", "");
  form.hidden = false;

  let loading: Promise<{ index: MiniSearch<SearchDocument>; byUrl: Map<string, SearchDocument> }> | undefined;
  const load = () =>
    (loading ??= (async () => {
      status.textContent = strings.loading;
      const [{ default: MiniSearchClass }, response] = await Promise.all([import("minisearch"), fetch(form.dataset.documents!)]);
      if (!response.ok) throw new Error(`${response.status}`);
      const { documents } = (await response.json()) as { documents: SearchDocument[] };
      const index = new MiniSearchClass<SearchDocument>(SEARCH_OPTIONS);
      index.addAll(documents);
      return { index, byUrl: new Map(documents.map((d) => [d.url, d])) };
    })());

  let shownQuery: string | undefined;
  const run = async () => {
    const query = input.value.trim();
    let found: Awaited<ReturnType<typeof load>>;
    try {
      found = await load();
    } catch {
      loading = undefined;
      status.textContent = strings.failed;
      return;
    }
    // Typing may have gone on while the index loaded: show the newest words only.
    if (query !== input.value.trim() || query === shownQuery) return;
    shownQuery = query;
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(history.state, "", url);
    if (!query) {
      status.textContent = "";
      list.replaceChildren();
      list.hidden = true;
      return;
    }
    const results = found.index.search(query);
    const count = (results.length === 1 ? strings.countOne : strings.countOther).replace("#", numbers.format(results.length));
    status.textContent = results.length === 0 ? strings.none.replace("#", `\u2068${query}\u2069`) : results.length > SHOWN ? `${count}. ${strings.shownFirst.replace("#", numbers.format(SHOWN))}` : `${count}.`;
    list.replaceChildren(...results.slice(0, SHOWN).map((r) => resultItem(found.byUrl.get(String(r.id))!, r, strings)));
    list.hidden = results.length === 0;
  };

  let timer: number | undefined;
  input.addEventListener("focus", () => void load().catch(() => undefined), { once: true });
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    shownQuery = undefined;
    void run();
  });
  // Arrow keys move between the box and the results' links.
  form.parentElement?.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>("a")];
    const at = document.activeElement === input ? -1 : links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1 && document.activeElement !== input) return;
    const next = event.key === "ArrowDown" ? at + 1 : at - 1;
    event.preventDefault();
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });

  const initial = new URL(location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    void run();
  }
}

function resultItem(doc: SearchDocument, result: SearchResult, strings: Strings): HTMLLIElement {
  const li = document.createElement("li");
  const link = document.createElement("a");
  link.href = siteHref(doc.url);
  link.textContent = doc.title;
  link.dir = "auto";
  // A document's title is in its own language; a figure's and an organisation's are in the page's.
  if (doc.kind === "source" && doc.lang) link.lang = doc.lang;
  const heading = document.createElement("p");
  heading.className = "search-title";
  heading.append(link);
  const fields = SEARCH_FIELDS.filter((f) => Object.values(result.match).some((inFields) => inFields.includes(f)));
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = `${strings.kinds[doc.kind]} · ${strings.matched} ${fields.map((f) => strings.fields[f]).join(strings.comma)}`;
  li.append(heading, meta);
  if (doc.quote && fields.includes("quote")) li.append(snippet(doc.quote, new Set(result.terms), doc.lang));
  return li;
}

/** The quote around its first matching word, the matching words marked. */
function snippet(quote: string, terms: Set<string>, lang: string | undefined): HTMLElement {
  const p = document.createElement("p");
  p.className = "search-snippet";
  p.dir = "auto";
  if (lang) p.lang = lang;
  // Words and what lies between them, so the quote is shown as written.
  const parts = quote.split(/([\p{L}\p{N}\p{M}]+)/u);
  const isMatch = (part: string) => {
    const words = searchWords(part);
    return words.length === 1 && terms.has(searchTerm(words[0]!) ?? "");
  };
  const first = parts.findIndex((part, i) => i % 2 === 1 && isMatch(part));
  const from = Math.max(0, first - CONTEXT_WORDS * 2);
  const to = Math.min(parts.length, Math.max(first, 0) + CONTEXT_WORDS * 2 + 1);
  if (from > 0) p.append("… ");
  parts.slice(from, to).forEach((part, i) => {
    if ((from + i) % 2 === 1 && isMatch(part)) {
      const mark = document.createElement("mark");
      mark.textContent = part;
      p.append(mark);
    } else p.append(part);
  });
  if (to < parts.length) p.append(" …");
  return p;
}
