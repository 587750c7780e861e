// The exercises this reader passed and the questions they answered, remembered by this browser only
// (docs/_ext/signals_docs/exercises/progress.py): one localStorage entry, {"<topic>/<name>": {"page": "<page>",
// "passed": "<date>"}, "question:<page>/<name>": {"page": "<page>", "answered": "<date>", "right": <first pick>}};
// no server, no cookie, nothing is sent anywhere. The one module that reads, writes and clears it:
// exercise-ui.js calls passed() when a Check passes, predict.js answered(); the navigation's marks
// (progress-marks.js) and the "Your progress" page (progress-page.js) read it. On every page; while
// nothing is stored, nothing else loads.
(() => {
  const KEY = "signals-docs-progress"; // the same in every page and language: progress holds everywhere
  const script = document.currentScript;
  const root = new URL("../", script.src); // the language's pages: <root>/<page>.html

  // Every use of localStorage is inside a try: where the browser refuses storage, reading the
  // property itself throws.
  /** ``{exercise: {page, passed}}``; empty when nothing (or nothing readable) is stored. */
  function read() {
    try {
      const record = JSON.parse(localStorage.getItem(KEY) || "{}");
      return record && typeof record === "object" && !Array.isArray(record) ? record : {};
    } catch {
      return {};
    }
  }

  /** Whether this browser lets the page store anything (private modes and settings may not). */
  function available() {
    try {
      localStorage.setItem(KEY + "-probe", "1");
      localStorage.removeItem(KEY + "-probe");
      return true;
    } catch {
      return false;
    }
  }

  /** The page of a URL of this language (``"receivers"``, ``"reference/index"``), or null. */
  function pageOf(url) {
    const address = new URL(url, location.href);
    address.hash = address.search = "";
    return address.href.startsWith(root.href) ? address.href.slice(root.href.length).replace(/\.html$/, "") : null;
  }

  const lang = document.documentElement.lang || "en";
  const number = (value) => value.toLocaleString(lang);
  const fill = (text, values) => text.replace(/%\((\w+)\)s/g, (_, key) => values[key]);

  function load(name) {
    return new Promise((resolve, reject) => {
      // async = false: the data runs before the marks that read it, however they arrive.
      const tag = Object.assign(document.createElement("script"), { src: new URL(name, script.src), async: false });
      tag.onload = resolve;
      tag.onerror = reject;
      document.head.append(tag);
    });
  }

  let marks; // progress-marks.js and its data, loaded once something is stored
  /** Mark the navigation's links as the record says now; loads the marks only if there is anything to mark. */
  function show() {
    if (!marks && !Object.keys(read()).length) return Promise.resolve();
    marks ??= Promise.all([self.progressData || load("progress-data.js"), load("progress-marks.js")]);
    return marks.then(() => self.progressMarks(read())).catch(() => {});
  }

  const today = () => new Date().toISOString().slice(0, 10);

  /** Remember that the reader passed ``exercise`` ("<topic>/<name>") on this page; false if the browser refused. */
  const passed = (exercise) => save(exercise, { page: pageOf(location.href), passed: today() });

  /** Remember a question ("question:<page>/<name>") answered on this page, with whether the first pick was right. */
  const answered = (question, right) => read()[question] || save(question, { page: pageOf(location.href), answered: today(), right });

  function save(name, entry) {
    const record = read();
    record[name] = entry;
    try {
      localStorage.setItem(KEY, JSON.stringify(record));
    } catch {
      return false;
    }
    show();
    return true;
  }

  /** Forget every passed exercise and answered question; false if the browser refused. */
  function clear() {
    try {
      localStorage.removeItem(KEY);
    } catch {
      return false;
    }
    show();
    return true;
  }

  self.signalsProgress = { KEY, read, available, passed, answered, clear, show, pageOf, number, fill };
  show();
})();
