/* The ClipboardJS that sphinx-copybutton's copybutton.js calls, on the browser's own clipboard.
 *
 * copybutton.js needs only `new ClipboardJS(selector, {text})` and `.on("success" | "error",
 * handler)`, the handler reading `event.trigger`. clipboard.min.js (9 KB on every page) does
 * that and much more; this does that alone: navigator.clipboard where the page is a secure
 * context (https, localhost, file://), else the hidden-textarea copy clipboard.js itself uses.
 * Loaded in its place by assets/scripts.py.
 */
"use strict";

window.ClipboardJS = class {
  constructor(selector, options) {
    this.handlers = { success: [], error: [] };
    document.addEventListener("click", (event) => {
      const trigger = event.target instanceof Element && event.target.closest(selector);
      if (!trigger) return;
      const text = options.text(trigger);
      const tell = (name) => this.handlers[name].forEach((handler) => handler({ action: "copy", text, trigger }));
      const written = navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject();
      written
        .catch(() => {
          if (!copyBySelection(text)) throw new Error("the browser refused to copy");
        })
        .then(() => tell("success"), () => tell("error"));
    });
  }

  on(name, handler) {
    this.handlers[name].push(handler);
    return this;
  }
};

function copyBySelection(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.readOnly = true;
  area.style.cssText = "position:fixed;inset-block-start:0;opacity:0";
  document.body.append(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
    getSelection().removeAllRanges();
  }
}
