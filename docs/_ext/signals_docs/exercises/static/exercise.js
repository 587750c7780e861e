// Exercises (docs/_ext/signals_docs/exercises/directive.py). When an exercise comes near the window,
// or the reader points at or focuses it, this loader fetches the page's parts (exercises/<page>.js:
// the task, the starter, put in the editor, the hints, the solution and the messages) with a classic
// script, which file:// allows. Pointing at, focusing or pressing Check loads the Run panel's workers
// (runnable-ui.js) and exercise-ui.js, which check the answer. Nothing more loads before that.
(() => {
  const script = document.currentScript;
  const sections = document.querySelectorAll(".exercise");
  const load = (name) => new Promise((resolve, reject) => {
    const tag = Object.assign(document.createElement("script"), { src: new URL(name, script.src) });
    tag.onload = resolve;
    tag.onerror = reject;
    document.head.append(tag);
  });
  let filling;
  /** The starter in each editor (unless the reader wrote there already) and the rest after it. */
  const fill = () => (filling ??= load(script.dataset.parts).then(() => {
    for (const section of sections) {
      const part = self.exerciseParts?.[section.id];
      if (!part || section.querySelector(".exercise-later")) continue;
      const editor = section.querySelector(".exercise-editor");
      if (!editor.value) editor.value = part.starter;
      section.querySelector(".exercise-task").outerHTML = part.task;
      section.insertAdjacentHTML("beforeend", part.html);
    }
  }, (error) => { filling = null; throw error; }));
  self.exerciseLoader = { fill }; // exercise-ui.js and make_pdf.py wait for it
  const near = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) fill().then(() => near.disconnect(), () => {});
  }, { rootMargin: "100% 0px" });
  for (const section of sections) near.observe(section);
  const reach = (event) => { if (event.target.closest?.(".exercise")) fill().catch(() => {}); };
  document.addEventListener("pointerover", reach);
  document.addEventListener("focusin", reach);

  if (!script.dataset.runtime) return; // built without the runtime: no Check
  const runtime = new URL(script.dataset.runtime, new URL("../", script.src));
  let loading;
  const ui = () => (loading ??= load("runnable-text.js")
    .then(() => self.runnableUI || load("runnable-ui.js"))
    .then(() => load("exercise-text.js")).then(() => load("exercise-ui.js")));
  const prepare = (event) => {
    const test = event.target.closest?.(".exercise-check") && event.target.closest(".exercise").dataset.test;
    if (test) ui().then(() => self.runnableUI.prepare(runtime, "check", test));
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
