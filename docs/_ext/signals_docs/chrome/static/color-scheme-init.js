/* Before the first paint: apply the theme the reader chose (light, dark or automatic).
 * Loaded blocking in <head> on purpose; a few lines, so a dark page never flashes white.
 * docs/_ext/signals_docs/chrome/color_scheme.py */
(function () {
  var choice = "auto";
  try { choice = localStorage.getItem("signals-docs-color-scheme") || "auto"; } catch (e) { /* storage off */ }
  var dark = choice === "dark" || (choice !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.setAttribute("data-theme", dark ? "dark" : "light");
  document.documentElement.setAttribute("data-color-scheme", choice);
})();
