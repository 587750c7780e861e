/* The theme control (color_scheme.py): kept in localStorage, shared by every page and language. */
(function () {
  var KEY = "signals-docs-color-scheme";
  var root = document.documentElement;
  var system = window.matchMedia("(prefers-color-scheme: dark)");
  var side = document.querySelector(".wy-side-nav-search .color-scheme");
  var bar = document.querySelector(".wy-nav-top");
  if (side && bar && !bar.querySelector(".color-scheme")) {
    var copy = side.cloneNode(true);
    copy.querySelector("select").id = "color-scheme-top";
    copy.querySelector("label").htmlFor = "color-scheme-top";
    bar.appendChild(copy);
  }
  var controls = document.querySelectorAll("select[data-color-scheme-control]");

  var initScript = document.querySelector("script[src*='color-scheme-init.js']");

  function apply(choice) {
    var dark = choice === "dark" || (choice !== "light" && system.matches);
    if (dark && !document.getElementById("pygments-dark") && initScript) {
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.id = "pygments-dark";
      link.href = initScript.src.replace(/color-scheme-init\.js.*$/, "pygments-dark.css");
      document.head.appendChild(link);
    }
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
