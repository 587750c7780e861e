// Exercises (docs/_ext/signals_docs/exercises/directive.py). This loader only shows the Check
// buttons; pointing at, focusing or pressing one loads the Run panel's workers (runnable-ui.js)
// and exercise-ui.js, which check the answer. Nothing more loads before the reader reaches for Check.
(() => {
  const script = document.currentScript;
  const runtime = new URL(script.dataset.runtime, new URL("../", script.src));
  const load = (name) => new Promise((resolve, reject) => {
    const tag = Object.assign(document.createElement("script"), { src: new URL(name, script.src) });
    tag.onload = resolve;
    tag.onerror = reject;
    document.head.append(tag);
  });
  let loading;
  const ui = () => (loading ??= load("runnable-text.js")
    .then(() => self.runnableUI || load("runnable-ui.js"))
    .then(() => load("exercise-text.js")).then(() => load("exercise-ui.js")));
  const prepare = (event) => {
    if (event.target.closest?.(".exercise-check")) ui().then(() => self.runnableUI.prepare(runtime));
  };
  document.addEventListener("pointerover", prepare);
  document.addEventListener("focusin", prepare);
  document.addEventListener("click", async (event) => {
    const button = event.target.closest(".exercise-check");
    if (!button) return;
    await ui();
    self.exerciseUI.check(button.closest(".exercise"), runtime);
  });
  for (const button of document.querySelectorAll(".exercise-check")) button.hidden = false;
})();
