// Run buttons (docs/_ext/signals_docs/examples/runnable.py). This loader only shows the
// buttons; the first press loads runnable-ui.js and the labels, which do the rest.
(() => {
  const script = document.currentScript;
  const runtime = new URL(script.dataset.runtime, new URL("../", script.src));
  let loading;
  const load = (name) => new Promise((resolve, reject) => {
    const tag = document.createElement("script");
    tag.src = new URL(name, script.src);
    tag.onload = resolve;
    tag.onerror = reject;
    document.head.append(tag);
  });
  document.addEventListener("click", async (event) => {
    const button = event.target.closest(".runnable-run");
    if (!button) return;
    loading ??= load("runnable-text.js").then(() => load("runnable-ui.js"));
    await loading;
    self.runnableUI.press(button.closest(".runnable"), runtime);
  });
  for (const button of document.querySelectorAll(".runnable-run")) button.hidden = false;
})();
