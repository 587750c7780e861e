// The Web Worker behind the Run buttons (docs/_ext/signals_docs/examples/runnable.py).
// All of the reader's code runs here, never in the page. One worker runs one Run:
// it starts loading as soon as it is created (the page makes one when the reader
// first points at or focuses a Run button, and a spare after each Run), imports
// Django and pytest, and waits; the page posts
//   {type: "run", tests, example, shown, edited, deselect} (or {type: "check", test, answer}, an exercise's)
// and receives {type: "progress", stage, loaded, total} while the runtime loads,
// {type: "ready"} once it waits, {type: "running"} when the tests start, then
// {type: "result", result} or {type: "error", message}. The page then throws the
// worker away: nothing of one Run (modules, receivers, rows) reaches the next.
// Everything is fetched from this folder (the site's own runtime/).
import { loadPyodide } from "./pyodide.mjs";

const base = new URL("./", import.meta.url);
//: The files fetched here, with the bytes each brings (the progress bar counts them all).
const FILES = ["pyodide.asm.wasm", "python_stdlib.zip", "site-packages.zip", "project.zip"];

async function fetchAll(onProgress) {
  const sizes = await fetch(new URL("manifest.json", base)).then((r) => r.json()).then((m) => m.files);
  const total = FILES.reduce((sum, name) => sum + (sizes[name] || 0), 0);
  let loaded = 0;
  return Object.fromEntries(await Promise.all(FILES.map(async (name) => {
    const response = await fetch(new URL(name, base));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    const reader = response.body.getReader();
    const chunks = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      onProgress(loaded, total);
    }
    return [name, new Blob(chunks)];
  })));
}

async function boot() {
  const progress = (loaded, total) => postMessage({ type: "progress", stage: "python", loaded, total });
  progress(0, 0);
  const files = await fetchAll(progress);
  // The wasm was fetched above, so Pyodide's own (streaming) fetch of it comes from the cache.
  const pyodide = await loadPyodide({
    indexURL: base.href,
    lockFileURL: new URL("pyodide-lock.json", base).href,
    stdLibURL: URL.createObjectURL(files["python_stdlib.zip"]),
    // Pyodide's event loop always counts as running; the worker has one thread,
    // so Django's guard against sync ORM calls from async code does not apply.
    env: {
      DJANGO_ALLOW_ASYNC_UNSAFE: "1", DJANGO_SETTINGS_MODULE: "signals_site.settings",
      HOME: "/home/pyodide", COLUMNS: "100",
    },
    stdout: () => {},
    stderr: () => {},
  });
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  for (const [name, dir] of [["site-packages.zip", sitePackages], ["project.zip", "/project"]]) {
    pyodide.unpackArchive(await files[name].arrayBuffer(), "zip", { extractDir: dir });
  }
  postMessage({ type: "progress", stage: "imports", loaded: 0, total: 0 });
  pyodide.runPython(`
import os, sys
sys.dont_write_bytecode = True
os.chdir("/project")
sys.path[:0] = ["/project", "/project/examples"]
import runner_plugin
runner_plugin.warm()
`);
  // A Check's interpreter (worker.mjs?for=check) also sets Django up before the reader's answer arrives:
  // the answer is not one of the project's apps (the exercise's tests import it, after start-up), so
  // the Check starts from the state a fresh interpreter reaches, a second sooner (make bench).
  if (params.get("for") === "check") pyodide.runPython("runner_plugin.set_up_django()");
  // Knowing its exercise (&test=…), it goes further: pytest starts, collects the exercise's tests and makes
  // the test databases, then waits for the answer where the first test imports it (runner_plugin.AnswerGate).
  if (params.get("for") === "check" && params.get("test") && await startAhead(pyodide, params.get("test"))) return pyodide;
  postMessage({ type: "ready" });
  return pyodide;
}

const params = new URL(import.meta.url).searchParams;
//: A Check started ahead: {test, give(answer), done (a promise of the result's JSON)}; null without one.
let ahead = null;

/** Start the Check of ``test`` now; false where the browser cannot suspend Python (no JSPI): check() runs later. */
async function startAhead(pyodide, test) {
  let give, waiting;
  const answer = new Promise((resolve) => { give = resolve; });
  const atGate = new Promise((resolve) => { waiting = resolve; });
  const done = pyodide.pyimport("runner_plugin").check_ahead.callPromising(
    JSON.stringify({ test }), () => { postMessage({ type: "ready" }); waiting(true); }, () => answer);
  const started = await Promise.race([atGate, done.then((json) => json !== "null")]);
  if (started) ahead = { test, give, done };
  return started;
}

const booting = boot();
booting.catch(() => {});
let used = false;

onmessage = async ({ data }) => {
  try {
    if (used) throw new Error("this worker has run once already");
    used = true;
    const pyodide = await booting;
    postMessage({ type: "running" });
    const check = data.type === "check"; // an exercise's Check (exercise-ui.js): {test, answer}
    if (check && ahead && ahead.test === data.test) {
      ahead.give(data.answer);
      postMessage({ type: "result", result: JSON.parse(await ahead.done) });
      return;
    }
    const run = pyodide.pyimport("runner_plugin")[check ? "check" : "run"];
    // callPromising lets async tests switch stacks (pyodide.ffi.run_sync, JSPI).
    const json = await run.callPromising(JSON.stringify(check ? { test: data.test, answer: data.answer } : {
      tests: data.tests, example: data.example ?? null, shown: data.shown ?? null,
      edited: data.edited ?? null, deselect: data.deselect ?? [],
    }));
    postMessage({ type: "result", result: JSON.parse(json) });
  } catch (error) {
    postMessage({ type: "error", message: String(error && error.message || error) });
  }
};
