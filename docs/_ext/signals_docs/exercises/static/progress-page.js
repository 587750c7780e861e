// The "Your progress" page (docs/_ext/signals_docs/exercises/progress.py): each exercise's and question's
// status and the counts from this browser's record (progress.js), and a button that clears the record once the reader
// confirms. The count is a live region: it announces what changed. From file:// (the offline zip) or
// where the browser stores nothing, the page says what it cannot do.
(() => {
  const { KEY, read, available, clear, number, fill } = self.signalsProgress;
  const T = self.progressData.text;
  const box = document.querySelector(".exercise-progress");
  const count = box.querySelector(".progress-count");
  const button = box.querySelector(".progress-clear");
  const items = [...box.querySelectorAll("li[data-exercise]")];
  const asked = [...box.querySelectorAll("li[data-question]")];

  /** ``text`` with each %(placeholder)s as code (a command, an address): left to right in every language. */
  function withCode(text, code) {
    return text.split(/(%\(\w+\)s)/).map((part) => {
      const key = /^%\((\w+)\)s$/.exec(part)?.[1];
      return key ? Object.assign(document.createElement("code"), { dir: "ltr", textContent: code[key] }) : part;
    });
  }

  /** Each entry's status from the record (``key``: its data attribute); how many are done. */
  function statuses(record, entries, key, yes, no) {
    let done = 0;
    for (const item of entries) {
      const here = Object.hasOwn(record, item.dataset[key]);
      done += here;
      item.dataset.progress = here ? "all" : "none";
      item.querySelector(".progress-status").textContent = here ? yes : no;
    }
    return done;
  }

  function render(said = "") {
    const record = read();
    const passed = statuses(record, items, "exercise", T.passed, T.not_passed);
    const answered = statuses(record, asked, "question", T.answered, T.not_answered);
    let total = fill(T.count, { passed: number(passed), total: number(items.length) });
    if (asked.length) total += " " + fill(T.questions_count, { answered: number(answered), total: number(asked.length) });
    count.textContent = said ? said + " " + total : total;
  }

  const notes = [];
  if (location.protocol === "file:") {
    notes.push(withCode(T.file, { command: T.serve_command, address: T.local_url }));
  }
  const storing = available();
  if (!storing) notes.push([T.unavailable]);
  for (const note of notes) {
    const paragraph = Object.assign(document.createElement("p"), { className: "progress-note" });
    paragraph.append(...note);
    count.before(paragraph);
  }
  button.hidden = !storing;
  button.addEventListener("click", () => {
    if (!Object.keys(read()).length) return render(T.nothing);
    if (!confirm(T.confirm)) return;
    render(clear() ? T.cleared : T.unavailable);
  });
  // Another tab passed an exercise or cleared the record: this one follows.
  addEventListener("storage", (event) => {
    if (event.key === KEY || event.key === null) render();
  });
  render();
})();
