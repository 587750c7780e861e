// Run buttons (docs/_ext/signals_docs/examples/runnable.py). This loader only shows the
// buttons; pointing at, focusing or pressing one loads runnable-ui.js and the labels,
// which do the rest. Pointing or focusing starts loading Python, so that the press finds
// it on its way; nothing loads before the reader reaches for a Run button.
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
  const ui = () => (loading ??= load("runnable-text.js").then(() => load("runnable-ui.js")));
  const prepare = (event) => {
    if (event.target.closest?.(".runnable-run")) ui().then(() => self.runnableUI.prepare(runtime));
  };
  document.addEventListener("pointerover", prepare);
  document.addEventListener("focusin", prepare);
  document.addEventListener("click", async (event) => {
    const button = event.target.closest(".runnable-run");
    if (!button) return;
    await ui();
    self.runnableUI.press(button.closest(".runnable"), runtime);
  });
  for (const button of document.querySelectorAll(".runnable-run")) button.hidden = false;
})();
