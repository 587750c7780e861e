/* Font preloads over http(s) only: from file:// each logs a CORS error (font_preload.py). */
(function () {
  "use strict";
  if (!/^https?:$/.test(window.location.protocol)) return;
  JSON.parse(document.currentScript.getAttribute("data-fonts")).forEach(function (href) {
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "font";
    link.type = "font/woff2";
    link.crossOrigin = "anonymous";
    link.href = href;
    document.head.appendChild(link);
  });
})();
