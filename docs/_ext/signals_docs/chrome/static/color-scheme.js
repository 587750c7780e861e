/* The theme control in the sidebar and the phone's top bar (color_scheme.py).
 * The choice is kept in localStorage, which every page and both languages share;
 * "automatic" follows the system, also when it changes while the page is open. */
(function () {
  var KEY = "signals-docs-color-scheme";
  var root = document.documentElement;
  var system = window.matchMedia("(prefers-color-scheme: dark)");
  var controls = document.querySelectorAll("select[data-color-scheme-control]");

  function apply(choice) {
    var dark = choice === "dark" || (choice !== "light" && system.matches);
    root.setAttribute("data-theme", dark ? "dark" : "light");
    root.setAttribute("data-color-scheme", choice);
    controls.forEach(function (select) { select.value = choice; });
  }

  controls.forEach(function (select) {
    select.closest(".color-scheme").hidden = false;
    select.addEventListener("change", function () {
      try { localStorage.setItem(KEY, select.value); } catch (e) { /* storage off: this page only */ }
      apply(select.value);
    });
  });
  system.addEventListener("change", function () { apply(root.getAttribute("data-color-scheme") || "auto"); });
  apply(root.getAttribute("data-color-scheme") || "auto");
})();
