// The Check of an exercise (docs/_ext/signals_docs/exercises/directive.py), loaded when the
// reader first points at, focuses or presses Check. The answer runs in a Web Worker of its own
// from a clean start, as a Run does (runnable-ui.js's request(): one worker per Check, the next
// one loading while the reader reads); the page answers in the reader's language with the
// message of each failed expectation (the page's own translated texts), pytest's output folded.
(() => {
  const T = self.exerciseText;
  const { request, showProgress, fileMessage, element, number, fill, dispatchView, showDispatch, LIMIT_SECONDS } =
    self.runnableUI;
  function parts(section) {
    if (section.exercise) return section.exercise;
    const status = section.querySelector(".exercise-status");
    const progress = element("progress", { max: 1, hidden: true, className: "runnable-progress" });
    const verdict = element("div", { className: "exercise-verdict", hidden: true });
    const output = element("pre", { className: "runnable-output", dir: "ltr", tabIndex: 0 });
    output.setAttribute("aria-label", T.output);
    const details = element("details", { className: "runnable-details", hidden: true },
      element("summary", { textContent: T.output }), output);
    status.before(progress);
    const dispatch = dispatchView(); // which receivers each signal reached in the Check (runnable-ui.js)
    status.after(verdict, details, dispatch);
    section.exercise = { status, progress, verdict, details, output, dispatch };
    return section.exercise;
  }

  /** A message of the page (translated with it), copied into the verdict. */
  const copy = (node) => element("div", { className: node.className }, ...[...node.childNodes].map((n) => n.cloneNode(true)));

  function showSyntaxError(editor, status, error) {
    const [before, after] = fill(T.syntax, { line: number(error.line), message: "\u0000" }).split("\u0000");
    status.replaceChildren("✗ " + before, element("code", { dir: "ltr", textContent: error.message }), after);
    const lines = editor.value.split("\n");
    const at = lines.slice(0, error.line - 1).join("\n").length + (error.line > 1 ? 1 : 0);
    editor.focus();
    editor.setSelectionRange(at, at + (lines[error.line - 1] || "").length);
  }

  async function check(section, runtime) {
    const button = section.querySelector(".exercise-check");
    const editor = section.querySelector(".exercise-editor");
    const { status, progress, verdict, details, output, dispatch } = parts(section);
    if (location.protocol === "file:") {
      section.dataset.state = "offline";
      return fileMessage(status);
    }
    button.disabled = true;
    section.dataset.state = "running";
    section.setAttribute("aria-busy", "true");
    verdict.hidden = details.hidden = dispatch.hidden = true;
    const [reply] = await Promise.all([
      request(runtime, { type: "check", test: section.dataset.test, answer: editor.value },
        (event) => showProgress(status, progress, event)),
      self.exerciseLoader.fill().catch((error) => error), // the solution and the messages (exercise.js)
    ]);
    progress.hidden = true;
    button.disabled = false;
    section.removeAttribute("aria-busy");
    section.dataset.checks = String(Number(section.dataset.checks || 0) + 1);
    const failed = () => {
      section.dataset.state = "failed";
      const solution = section.querySelector(".exercise-solution");
      if (solution) solution.hidden = false; // on request, after a failed Check
    };
    if (reply.type === "timeout") {
      failed();
      status.textContent = "✗ " + T.timeout.replace("%s", number(LIMIT_SECONDS));
      return;
    }
    if (reply.type === "error") {
      section.dataset.state = "error";
      status.textContent = T.error + " " + reply.message;
      return;
    }
    const { result } = reply;
    if (result.syntax) {
      failed();
      return showSyntaxError(editor, status, result.syntax);
    }
    const wrong = result.tests.filter((test) => test.outcome === "failed" || test.outcome === "error");
    output.textContent = result.output;
    details.hidden = false;
    showDispatch(dispatch, result.tests);
    if (result.exit === 0 && !wrong.length) {
      section.dataset.state = "passed";
      self.signalsProgress?.passed(section.dataset.exercise); // remembered in this browser only (progress.js)
      status.textContent = "✓ " + T.passed;
      const next = section.querySelector(".exercise-next");
      verdict.replaceChildren(...(next ? [copy(next)] : []));
      verdict.hidden = false;
      return;
    }
    failed();
    const total = result.tests.filter((test) => test.nodeid.includes("::")).length;
    status.textContent = "✗ " + fill(T.failed, { failed: number(wrong.length), total: number(Math.max(total, wrong.length)) });
    const said = new Set();
    const why = (test) => element("pre", { dir: "ltr", className: "runnable-why", textContent: test.summary || "" });
    verdict.replaceChildren(element("ul", {}, ...wrong.flatMap((test) => {
      const name = (test.nodeid.split("::")[1] || "").replace(/\[.*$/, "");
      const message = section.querySelector(`.exercise-message[data-test="${CSS.escape(name)}"]`);
      // A test that ran and failed: the exercise's expectation, and what was raised if it is not the assertion.
      if (message && test.outcome === "failed") {
        if (said.has(name)) return [];
        said.add(name);
        return [element("li", {}, copy(message), ...(/^AssertionError\b/.test(test.summary || "") ? [] : [why(test)]))];
      }
      // No test ran: the answer did not import (it raised), or Django could not start. Said once.
      if (said.has(test.summary)) return [];
      said.add(test.summary);
      return [element("li", {}, T.unexpected + " ", why(test))];
    })));
    verdict.hidden = false;
  }

  self.exerciseUI = { check };
})();
