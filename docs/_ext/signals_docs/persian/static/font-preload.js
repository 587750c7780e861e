/* Preload the page's web fonts, when the page is served over http(s)
 * (docs/_ext/signals_docs/persian/font_preload.py lists them in data-fonts).
 *
 * A font is always fetched in CORS mode, so its preload needs crossorigin; from
 * file:// (the offline zip) Chromium refuses every such request and logs a CORS
 * error per font, while the stylesheet's own @font-face load succeeds. So the
 * preloads are added here, only where they can work. */
(function () {
  "use strict";
  if (!/^https?:$/.test(window.location.protocol)) return;
  var script = document.currentScript;
  JSON.parse(script.getAttribute("data-fonts")).forEach(function (href) {
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "font";
    link.type = "font/woff2";
    link.crossOrigin = "anonymous";
    link.href = href;
    document.head.appendChild(link);
  });
})();
