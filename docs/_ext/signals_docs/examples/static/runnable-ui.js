// The Run panel of a verified snippet (docs/_ext/signals_docs/examples/runnable.py),
// loaded when the reader first points at, focuses or presses a Run button. The
// reader's code never runs in the page: each Run gets a Web Worker of its own
// (runtime/worker.mjs) from a clean start, which is thrown away after it. The next
// Run's worker loads while the reader reads the result, so only the first Run waits
// for Python to load.
(() => {
  const T = self.runnableText;
  //: How long the tests may run before their worker is stopped (a loop that never ends).
  const LIMIT_SECONDS = 10;
  //: The next interpreter of each kind: a Run's, or a Check's, made for one exercise (its tests start ahead, worker.mjs).
  const spares = { run: null, check: null };
  let running = false;
  let queue = Promise.resolve();

  function start(runtime, kind, test) {
    const url = new URL(kind === "check" ? "worker.mjs?for=check" : "worker.mjs", runtime);
    if (test) url.searchParams.set("test", test); // a Check's exercise: its tests start ahead (worker.mjs)
    const entry = { worker: new Worker(url, { type: "module" }), ready: false, test: test || null };
    entry.worker.onmessage = ({ data }) => {
      if (data.type === "ready") entry.ready = true;
      if (data.type === "progress") entry.last = data;
      entry.listener?.(data);
    };
    entry.worker.onerror = (event) => {
      entry.failed = event.message || "the worker failed to start";
      entry.listener?.({ type: "error", message: entry.failed });
    };
    return entry;
  }

  /** The spare of ``kind`` if it was made for ``test`` (a Check's exercise; none for a Run), else none:
   * a Check's interpreter made for another exercise has started that one's tests and is thrown away. */
  function spare(kind, test) {
    const entry = spares[kind];
    spares[kind] = null;
    if (entry?.test === (test || null)) return entry;
    entry?.worker.terminate();
    return null;
  }

  /** Load the next Run's (or ``test``'s Check's) interpreter now (the reader is about to press it); not
   * while a Run runs, which would share the processor with it. */
  function prepare(runtime, kind = "run", test = null) {
    if (location.protocol !== "file:" && !running) spares[kind] = spare(kind, test) ?? start(runtime, kind, test);
  }

  function request(runtime, message, onEvent) {
    const result = queue.then(() => new Promise((resolve) => {
      const kind = message.type === "check" ? "check" : "run";
      const test = kind === "check" ? message.test : null;
      const entry = spare(kind, test) ?? start(runtime, kind, test);
      running = true;
      let timer = null;
      const finish = (reply) => {
        clearTimeout(timer);
        entry.listener = null;
        entry.worker.terminate();
        running = false;
        if (reply.type !== "error") prepare(runtime, kind, test);
        resolve(reply);
      };
      entry.listener = (data) => {
        if (data.type === "progress") onEvent(data);
        else if (data.type === "running") {
          onEvent({ stage: "tests" });
          timer = setTimeout(() => finish({ type: "timeout" }), LIMIT_SECONDS * 1000);
        } else if (data.type === "result" || data.type === "error") finish(data);
      };
      if (entry.failed) return finish({ type: "error", message: entry.failed });
      onEvent(entry.ready ? { stage: "imports" } : entry.last || { stage: "python", loaded: 0, total: 0 });
      entry.worker.postMessage(message);
    }));
    queue = result.catch(() => {});
    return result;
  }

  function element(tag, properties = {}, ...children) {
    const node = Object.assign(document.createElement(tag), properties);
    node.append(...children);
    return node;
  }

  const lang = T.language; // the build's language (runnable.py's page_facts, from site.py)
  const number = (value, digits = 0) =>
    value.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const fill = (text, values) => text.replace(/%\((\w+)\)s/g, (_, key) => values[key]);

  function panel(box) {
    if (box.runnable) return box.runnable;
    const highlight = box.parentElement.querySelector("div.highlight");
    const original = highlight.querySelector("pre").textContent;
    const edit = element("button", { type: "button", className: "runnable-edit", textContent: T.edit });
    const reset = element("button", { type: "button", className: "runnable-reset", textContent: T.reset, disabled: true });
    const editor = element("textarea", {
      className: "runnable-editor", dir: "ltr", spellcheck: false, hidden: true, value: original,
      rows: Math.min(30, original.split("\n").length + 1),
    });
    editor.setAttribute("aria-label", T.editor.replace("%s", "examples/" + box.dataset.example));
    editor.setAttribute("autocapitalize", "off");
    const progress = element("progress", { max: 1, hidden: true, className: "runnable-progress" });
    const status = element("p", { className: "runnable-status" });
    status.setAttribute("role", "status");
    const failures = element("ul", { className: "runnable-failures", hidden: true });
    const output = element("pre", { className: "runnable-output", dir: "ltr", tabIndex: 0 });
    output.setAttribute("aria-label", T.output);
    const details = element("details", { className: "runnable-details", hidden: true },
      element("summary", { textContent: T.output }), output);
    const dispatch = dispatchView();
    const tools = element("div", { className: "runnable-tools" }, edit, reset);
    box.append(tools, editor, progress, status, failures, details, dispatch);
    highlight.after(editor);
    /** The editor in the code's place (or the code back), and the Edit button saying which. */
    const setEditing = (editing) => {
      editor.hidden = !editing;
      highlight.hidden = editing;
      edit.setAttribute("aria-pressed", String(editing));
    };
    setEditing(false);
    edit.addEventListener("click", () => {
      setEditing(editor.hidden);
      if (!editor.hidden) editor.focus();
    });
    editor.addEventListener("input", () => { reset.disabled = editor.value === original; });
    reset.addEventListener("click", () => {
      editor.value = original;
      setEditing(false);
      reset.disabled = true;
      delete box.dataset.state;
      status.textContent = "";
      failures.hidden = true;
      details.hidden = true;
      dispatch.hidden = true;
      box.querySelector(".runnable-run").focus();
    });
    box.runnable = { original, editor, setEditing, progress, status, failures, details, output, dispatch };
    return box.runnable;
  }

  /** Where the worker is: loading Python (how much of it), importing, running the tests. */
  function showProgress(status, progress, { stage, loaded, total }) {
    if (stage === "python" && total) {
      status.textContent = fill(T.loading, { loaded: number(loaded / 1e6, 1), total: number(total / 1e6, 1) });
      progress.value = loaded / total;
    } else {
      status.textContent = { python: T.starting, imports: T.installing, tests: T.running }[stage];
      progress.removeAttribute("value");
    }
    progress.hidden = stage === "tests";
  }

  function fileMessage(status) {
    const [before, after] = T.file_then.split("%s");
    status.replaceChildren(
      T.file + " ", element("code", { dir: "ltr", textContent: T.serve_command }), " " + before,
      element("code", { dir: "ltr", textContent: T.local_url }), after,
    );
  }

  /** The failing tests first, each with the lines that say why; pytest's output folds below. */
  function showFailures(list, tests) {
    const failed = tests.filter((test) => test.outcome === "failed" || test.outcome === "error");
    list.replaceChildren(...failed.map((test) => element("li", {},
      element("code", { dir: "ltr", textContent: test.nodeid.split("::").slice(1).join("::") || test.nodeid }),
      element("pre", { dir: "ltr", className: "runnable-why", textContent: test.summary || "" }),
    )));
    list.hidden = failed.length === 0;
  }

  /** The Dispatch view: for each test, every signal a receiver heard, the receivers it reached in
   * order (what each returned or raised) and what they sent or queued, nested; the words of
   * docs/_ext/signals_docs/examples/dispatch_traces.py, code names left to right. */
  /** The folded Dispatch view, hidden until a result carries a trace (Run panels and exercises). */
  function dispatchView() {
    return element("details", { className: "runnable-dispatch", hidden: true }, element("summary", { textContent: T.dispatch }));
  }

  function showDispatch(view, tests) {
    const W = T.trace;
    const code = (text) => element("code", { dir: "ltr", textContent: String(text) });
    const sentence = (template, codes, words = {}) => element("p", {}, ...template.split(/%\((\w+)\)s/)
      .map((part, i) => (i % 2 === 0 ? part : part in words ? words[part] : code(codes[part]))));
    const shown = (entry) => entry.type === "on_commit" || (entry.type === "send" && entry.receivers.length > 0);
    const list = (entries) => element("ol", { className: "arabic" }, ...entries.filter(shown).map(item));
    function item(entry) {
      if (entry.type === "on_commit") return element("li", {}, sentence(W[entry.state], entry));
      const reached = entry.receivers.map((call) => {
        const outcome = call.exception === null ? "returned" : call.caught ? "caught" : "raised";
        const line = element("li", {},
          sentence(W[outcome], { ...call, method: entry.method }, { kind: W[call.async ? "async" : "sync"] }));
        if (call.children.some(shown)) line.append(list(call.children));
        return line;
      });
      return element("li", {}, sentence(W.send, entry), element("ol", { className: "arabic" }, ...reached));
    }
    const traced = tests.filter((test) => test.dispatch);
    const heard = traced.filter((test) => test.dispatch.children.some(shown)).map((test) => element("div", {},
      element("p", { className: "runnable-dispatch-test" }, code(test.nodeid.split("::").slice(1).join("::"))),
      list(test.dispatch.children)));
    view.replaceChildren(view.querySelector("summary"),
      ...(heard.length ? heard : [element("p", { textContent: T.dispatch_none })]));
    view.hidden = traced.length === 0;
  }

  function showSyntaxError(box, { editor, setEditing, status }, error) {
    box.dataset.state = "failed";
    // Python's message stays in English, left to right, inside the reader's sentence.
    const [before, after] = fill(T.syntax, { line: number(error.line), message: "\u0000" }).split("\u0000");
    status.replaceChildren("✗ " + before, element("code", { dir: "ltr", textContent: error.message }), after);
    setEditing(true);
    const lines = editor.value.split("\n");
    const at = lines.slice(0, error.line - 1).join("\n").length + (error.line > 1 ? 1 : 0);
    editor.setSelectionRange(at, at + (lines[error.line - 1] || "").length);
  }

  async function press(box, runtime) {
    const run = box.querySelector(".runnable-run");
    const parts = panel(box);
    const { original, editor, progress, status, failures, details, output, dispatch } = parts;
    if (location.protocol === "file:") {
      box.dataset.state = "offline";
      fileMessage(status);
      return;
    }
    const edited = editor.value !== original ? editor.value : null;
    run.disabled = true;
    box.dataset.state = "running";
    box.setAttribute("aria-busy", "true");
    failures.hidden = true;
    details.hidden = true;
    dispatch.hidden = true;
    const onEvent = (event) => showProgress(status, progress, event);
    const reply = await request(runtime, {
      type: "run", tests: [box.dataset.test], example: box.dataset.example, shown: original, edited,
      deselect: (box.dataset.deselect || "").split(" ").filter(Boolean),
    }, onEvent);
    progress.hidden = true;
    run.disabled = false;
    box.removeAttribute("aria-busy");
    box.dataset.runs = String(Number(box.dataset.runs || 0) + 1);
    if (reply.type === "timeout") {
      box.dataset.state = "failed";
      status.textContent = "✗ " + T.timeout.replace("%s", number(LIMIT_SECONDS));
      return;
    }
    if (reply.type === "error") {
      box.dataset.state = "error";
      status.textContent = T.error + " " + reply.message;
      return;
    }
    const { result } = reply;
    if (result.syntax) return showSyntaxError(box, parts, result.syntax);
    const counts = { passed: 0, failed: 0, skipped: 0, ...result.counts };
    counts.failed += counts.error || 0;
    const ok = result.exit === 0;
    box.dataset.state = ok ? "passed" : "failed";
    const summary = fill(T.counts, { ...Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, number(v)])),
      seconds: number(result.seconds, 1) });
    status.textContent = (ok ? "✓ " + T.passed : "✗ " + T.failed) + ": " + summary + (edited === null ? "" : " " + T.edited);
    showFailures(failures, result.tests);
    output.textContent = result.output;
    details.hidden = false;
    showDispatch(dispatch, result.tests);
  }

  /** True once the next Run's (or Check's) interpreter waits, loaded (make bench times from there). */
  const spareReady = (kind = "run") => Boolean(spares[kind] && spares[kind].ready);

  // The exercises' Check (exercises/static/exercise-ui.js) runs in the same workers, one at a time.
  self.runnableUI = {
    press, prepare, spareReady, request, showProgress, fileMessage, element, number, fill, dispatchView, showDispatch,
    LIMIT_SECONDS,
  };
})();
