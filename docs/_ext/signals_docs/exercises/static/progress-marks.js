// Marks in the navigation (docs/_ext/signals_docs/exercises/progress.py), loaded by progress.js once this
// browser remembers a passed exercise or an answered question: a link to a page whose exercises the reader
// passed and whose questions they answered gets a check (all of them) or a half-filled circle (some),
// drawn by progress.css in the link's own end padding, so nothing moves; its words, for screen readers,
// are part of the link's name.
(() => {
  const { pages, questions = {}, text } = self.progressData; // written by the build, in the page's language
  const { pageOf, number, fill } = self.signalsProgress;

  self.progressMarks = (record) => {
    const done = (names) => names.filter((name) => Object.hasOwn(record, name)).length;
    for (const link of document.querySelectorAll(".wy-menu-vertical a.reference.internal")) {
      const href = link.getAttribute("href");
      const page = (!href.includes("#") || href === "#") && pageOf(href);
      const names = (page && pages[page]) || [];
      const asked = (page && questions[page]) || [];
      const passed = done(names);
      const answered = done(asked);
      let mark = link.querySelector(":scope > .progress-mark");
      if (!passed && !answered) {
        mark?.remove();
        continue;
      }
      if (!mark) {
        mark = Object.assign(document.createElement("span"), { className: "progress-mark" });
        mark.append(Object.assign(document.createElement("span"), { className: "progress-mark-text" }));
        link.append(mark);
      }
      mark.dataset.progress = passed === names.length && answered === asked.length ? "all" : "some";
      const words = [];
      if (names.length) {
        words.push(fill(passed === names.length ? text.mark_all : text.mark_some,
          { passed: number(passed), total: number(names.length) }));
      }
      if (asked.length) {
        words.push(fill(answered === asked.length ? text.questions_all : text.questions_some,
          { answered: number(answered), total: number(asked.length) }));
      }
      mark.firstChild.textContent = " " + words.join(" ");
    }
  };
})();
