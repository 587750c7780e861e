// What Sphinx's doctools.js and sphinx_highlight.js do on a page other than the search page,
// without loading them first (assets/scripts.py): "/" puts the cursor in the search field
// (ENABLE_SEARCH_SHORTCUTS), and a page opened from a search result, whose words the search
// page left in localStorage (or in ?highlight=), loads Sphinx's own scripts to mark them.
(() => {
  const script = document.currentScript;
  const IGNORED = new Set(["TEXTAREA", "INPUT", "SELECT", "BUTTON"]);
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.altKey || event.ctrlKey || event.metaKey) return;
    if (IGNORED.has(document.activeElement.tagName) || typeof Documentation !== "undefined") return; // doctools.js, once loaded
    document.querySelector("input[name=q]")?.focus();
    event.preventDefault();
  });
  let words = null;
  try {
    words = localStorage.getItem("sphinx_highlight_terms");
  } catch {} // storage refused: the address may still carry the words
  if (!words && !new URLSearchParams(location.search).get("highlight")) return;
  const load = (name) => new Promise((resolve, reject) => {
    const tag = Object.assign(document.createElement("script"), { src: new URL(name, script.src) });
    tag.onload = resolve;
    tag.onerror = reject;
    document.head.append(tag);
  });
  // In the page's order: doctools.js, the language's translations.js, sphinx_highlight.js.
  JSON.parse(script.dataset.scripts).reduce((done, name) => done.then(() => load(name)), Promise.resolve())
    .catch(() => {});
})();
