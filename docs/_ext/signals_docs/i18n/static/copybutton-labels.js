/* Relabel sphinx-copybutton's buttons in the page's language (docs/_ext/copybutton_labels.py).
 * copybutton adds its buttons after the page loads and swaps their tooltip and
 * icon for two seconds after a copy, always in English here; a MutationObserver
 * translates each change as it happens. Labels: {"English": "translation"}. */
(function () {
  "use strict";
  var labels = JSON.parse(document.currentScript.getAttribute("data-labels"));
  var ACCESSIBLE_NAME = labels["Copy to clipboard"];

  function relabel(button) {
    var tooltip = button.getAttribute("data-tooltip");
    if (labels[tooltip]) button.setAttribute("data-tooltip", labels[tooltip]);
    if (ACCESSIBLE_NAME && button.getAttribute("aria-label") !== ACCESSIBLE_NAME) {
      button.setAttribute("aria-label", ACCESSIBLE_NAME);
    }
    button.querySelectorAll("svg title").forEach(function (title) {
      if (labels[title.textContent]) title.textContent = labels[title.textContent];
    });
  }

  // Buttons copybutton has already added (both scripts may run deferred, in order).
  document.querySelectorAll("button.copybtn").forEach(relabel);
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      var target = record.target.closest ? record.target.closest("button.copybtn") : null;
      if (target) relabel(target);
      record.addedNodes.forEach(function (node) {
        if (node.nodeType === 1 && node.matches("button.copybtn")) relabel(node);
      });
    });
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-tooltip"] });
})();
