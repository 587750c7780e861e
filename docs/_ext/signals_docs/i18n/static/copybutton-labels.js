/* sphinx-copybutton's labels in the page's language (copybutton_labels.py): names each
 * button, relabels tooltips as copybutton changes them, announces a copy in a live region.
 * Labels: {"English": "in the page's language"}. */
(function () {
  "use strict";
  var labels = JSON.parse(document.currentScript.getAttribute("data-labels"));
  var ACCESSIBLE_NAME = labels["Copy to clipboard"];
  var ANNOUNCED = [labels["Copied!"], labels["Failed to copy"]];
  var status = null;

  function announce(text) {
    if (!status) {
      status = document.createElement("div");
      status.className = "copybutton-status";
      status.setAttribute("role", "status");
      document.body.appendChild(status);
    }
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function relabel(button) {
    var tooltip = button.getAttribute("data-tooltip");
    if (labels[tooltip] && labels[tooltip] !== tooltip) button.setAttribute("data-tooltip", labels[tooltip]);
    if (ACCESSIBLE_NAME && button.getAttribute("aria-label") !== ACCESSIBLE_NAME) {
      button.setAttribute("aria-label", ACCESSIBLE_NAME);
    }
    button.querySelectorAll("svg title").forEach(function (title) {
      var text = labels[title.textContent];
      if (text && text !== title.textContent) title.textContent = text;
    });
  }

  // Buttons copybutton has already added (both scripts may run deferred, in order).
  document.querySelectorAll("button.copybtn").forEach(relabel);
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      var target = record.target.closest ? record.target.closest("button.copybtn") : null;
      if (target) {
        relabel(target);
        // Once per copy (relabelling is itself a change of data-tooltip).
        var done = ANNOUNCED.indexOf(target.getAttribute("data-tooltip")) !== -1;
        if (done && !target.hasAttribute("data-announced")) announce(target.getAttribute("data-tooltip"));
        target.toggleAttribute("data-announced", done);
      }
      record.addedNodes.forEach(function (node) {
        if (node.nodeType === 1 && node.matches("button.copybtn")) relabel(node);
      });
    });
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-tooltip"] });
})();
