/**
 * Shows the wave page's "as reported on" control and loads its code (as-of.ts) only when it is
 * needed: the address names a day (?on=), or the reader reaches the form. Most readers never use
 * it, so it costs them nothing on load. A day submitted before the code has arrived waits for
 * it; if it cannot be fetched, the form submits as a plain GET to ?on=, which loads it again.
 */
const form = document.querySelector<HTMLFormElement>("form[data-asof]");
if (form) {
  for (const note of document.querySelectorAll<HTMLElement>("[data-asof-noscript]")) note.hidden = true;
  form.hidden = false;
  let loaded = false;
  let loading: Promise<unknown> | null = null;
  const load = () => (loading ??= import("./as-of.ts").then(() => (loaded = true)));
  if (new URLSearchParams(location.search).has("on")) void load();
  for (const type of ["focusin", "pointerdown"]) form.addEventListener(type, () => void load(), { once: true });
  form.addEventListener("submit", (e) => {
    if (loaded) return; // as-of.ts handles it
    e.preventDefault();
    load().then(
      () => form.requestSubmit(),
      () => form.submit(),
    );
  });
}
