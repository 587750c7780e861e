// Exercises (docs/_ext/signals_docs/exercises/directive.py). This loader turns each starter into
// an editor, shows the Check buttons and the next hint once the one before is opened; pointing
// at, focusing or pressing Check loads the Run panel's workers (runnable-ui.js) and
// exercise-ui.js, which check the answer. Nothing more loads before the reader reaches for Check.
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
  // Hints open one at a time: opening one shows the next.
  document.addEventListener("toggle", ({ target }) => {
    if (target.matches?.(".exercise-hint") && target.open && target.nextElementSibling) {
      target.nextElementSibling.hidden = false;
    }
  }, true);
  for (const exercise of document.querySelectorAll(".exercise")) {
    const highlight = exercise.querySelector(".exercise-starter");
    const editor = Object.assign(document.createElement("textarea"), {
      className: "runnable-editor exercise-editor", dir: "ltr", spellcheck: false,
      value: highlight.querySelector("pre").textContent,
    });
    editor.rows = Math.min(30, editor.value.split("\n").length + 1);
    editor.setAttribute("autocapitalize", "off");
    editor.setAttribute("aria-label", exercise.querySelector(".exercise-title").textContent);
    highlight.replaceWith(editor);
    exercise.querySelector(".exercise-check").hidden = false;
  }
})();
