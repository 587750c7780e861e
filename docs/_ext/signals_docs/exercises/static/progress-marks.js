// Marks in the navigation (docs/_ext/signals_docs/exercises/progress.py), loaded by progress.js once this
// browser remembers a passed exercise: a link to a page whose exercises the reader passed gets a check
// (all of them) or a half-filled circle (some), drawn by progress.css in the link's own end padding, so
// nothing moves; its words, for screen readers, are part of the link's name.
(() => {
  const { pages, text } = self.progressData; // written by the build, in the page's language
  const { pageOf, number, fill } = self.signalsProgress;

  self.progressMarks = (record) => {
    for (const link of document.querySelectorAll(".wy-menu-vertical a.reference.internal")) {
      const href = link.getAttribute("href");
      const names = (!href.includes("#") || href === "#") && pages[pageOf(href)];
      const passed = names ? names.filter((name) => Object.hasOwn(record, name)).length : 0;
      let mark = link.querySelector(":scope > .progress-mark");
      if (!passed) {
        mark?.remove();
        continue;
      }
      if (!mark) {
        mark = Object.assign(document.createElement("span"), { className: "progress-mark" });
        mark.append(Object.assign(document.createElement("span"), { className: "progress-mark-text" }));
        link.append(mark);
      }
      const all = passed === names.length;
      mark.dataset.progress = all ? "all" : "some";
      mark.firstChild.textContent = " " + fill(all ? text.mark_all : text.mark_some,
        { passed: number(passed), total: number(names.length) });
    }
  };
})();
