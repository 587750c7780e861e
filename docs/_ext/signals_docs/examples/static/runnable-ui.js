// The Run panel of a verified snippet (docs/_ext/signals_docs/examples/runnable.py),
// loaded on the first press of a Run button. The reader's code never runs in the
// page: it goes to one Web Worker per page (runtime/worker.mjs), one run at a time.
(() => {
  const T = self.runnableText;
  let worker = null;
  let nextId = 0;
  let queue = Promise.resolve();
  const pending = new Map();

  function getWorker(runtime) {
    if (!worker) {
      worker = new Worker(new URL("worker.mjs", runtime), { type: "module" });
      worker.onmessage = ({ data }) => pending.get(data.id)?.(data);
      worker.onerror = (event) => {
        for (const callback of [...pending.values()]) callback({ type: "error", message: event.message || "worker failed" });
        worker = null;
      };
    }
    return worker;
  }

  function request(runtime, message, onProgress) {
    const result = queue.then(() => new Promise((resolve) => {
      const id = ++nextId;
      pending.set(id, (data) => {
        if (data.type === "progress") return onProgress(data);
        pending.delete(id);
        resolve(data);
      });
      getWorker(runtime).postMessage({ ...message, id });
    }));
    queue = result.catch(() => {});
    return result;
  }

  function element(tag, properties = {}, ...children) {
    const node = Object.assign(document.createElement(tag), properties);
    node.append(...children);
    return node;
  }

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
    const output = element("pre", { className: "runnable-output", dir: "ltr", tabIndex: 0, hidden: true });
    output.setAttribute("aria-label", T.output);
    const tools = element("div", { className: "runnable-tools" }, edit, reset);
    box.append(tools, editor, progress, status, output);
    highlight.after(editor);
    edit.setAttribute("aria-pressed", "false");
    edit.addEventListener("click", () => {
      const editing = editor.hidden;
      editor.hidden = !editing;
      highlight.hidden = editing;
      edit.setAttribute("aria-pressed", String(editing));
      if (editing) editor.focus();
    });
    editor.addEventListener("input", () => { reset.disabled = editor.value === original; });
    reset.addEventListener("click", () => {
      editor.value = original;
      editor.hidden = true;
      highlight.hidden = false;
      edit.setAttribute("aria-pressed", "false");
      reset.disabled = true;
      delete box.dataset.state;
      status.textContent = "";
      output.hidden = true;
      box.querySelector(".runnable-run").focus();
    });
    box.runnable = { original, editor, progress, status, output };
    return box.runnable;
  }

  function fileMessage(status) {
    const [before, after] = T.file_then.split("%s");
    status.replaceChildren(
      T.file + " ", element("code", { dir: "ltr", textContent: "python3 -m http.server" }), " " + before,
      element("code", { dir: "ltr", textContent: "http://localhost:8000/" }), after,
    );
  }

  async function press(box, runtime) {
    const run = box.querySelector(".runnable-run");
    const { original, editor, progress, status, output } = panel(box);
    if (location.protocol === "file:") {
      box.dataset.state = "offline";
      fileMessage(status);
      return;
    }
    const edited = editor.value !== original ? editor.value : null;
    run.disabled = true;
    box.dataset.state = "running";
    box.setAttribute("aria-busy", "true");
    status.textContent = T.running;
    const onProgress = ({ stage, loaded, total }) => {
      status.textContent = { python: T.loading, django: T.installing, tests: T.running }[stage] || T.running;
      progress.hidden = stage === "tests";
      if (total) progress.value = loaded / total;
      else progress.removeAttribute("value");
    };
    const reply = await request(runtime, {
      type: "run", tests: [box.dataset.test], example: box.dataset.example, shown: original, edited,
      deselect: (box.dataset.deselect || "").split(" ").filter(Boolean),
    }, onProgress);
    progress.hidden = true;
    run.disabled = false;
    box.removeAttribute("aria-busy");
    box.dataset.runs = String(Number(box.dataset.runs || 0) + 1);
    if (reply.type === "error") {
      box.dataset.state = "error";
      status.textContent = T.error + " " + reply.message;
      return;
    }
    const { result } = reply;
    const counts = { passed: 0, failed: 0, skipped: 0, ...result.counts };
    counts.failed += counts.error || 0;
    const ok = result.exit === 0;
    box.dataset.state = ok ? "passed" : "failed";
    const lang = document.documentElement.lang || "en";
    const number = (value, digits = 0) => value.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    const summary = T.counts.replace(/%\((\w+)\)s/g, (_, key) => key === "seconds" ? number(result.seconds, 1) : number(counts[key]));
    status.textContent = (ok ? "✓ " + T.passed : "✗ " + T.failed) + ": " + summary + (edited === null ? "" : " " + T.edited);
    output.textContent = result.output;
    output.hidden = false;
  }

  self.runnableUI = { press };
})();
