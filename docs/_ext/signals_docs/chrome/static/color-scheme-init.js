/* Blocking in <head> on purpose: the theme is set before the first paint (color_scheme.py). */
(function () {
  var choice = "auto";
  try { choice = localStorage.getItem("signals-docs-color-scheme") || "auto"; } catch (e) { /* storage off */ }
  var dark = choice === "dark" || (choice !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.setAttribute("data-theme", dark ? "dark" : "light");
  document.documentElement.setAttribute("data-color-scheme", choice);
  if (dark) {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.id = "pygments-dark";
    link.setAttribute("blocking", "render");
    link.href = document.currentScript.src.replace(/color-scheme-init\.js.*$/, "pygments-dark.css");
    document.head.appendChild(link);
  }
})();
