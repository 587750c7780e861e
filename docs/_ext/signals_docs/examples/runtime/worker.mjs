// The Web Worker behind the Run buttons (docs/_ext/signals_docs/examples/runnable.py).
// All of the reader's code runs here, never in the page: the page posts
//   {id, type: "run", tests, example, shown, edited, deselect}
// and receives {id, type: "progress", stage, loaded, total} while the runtime
// loads, then {id, type: "result", result} or {id, type: "error", message}.
// Everything is fetched from this folder (the site's own runtime/).
import { loadPyodide } from "./pyodide.mjs";

const base = new URL("./", import.meta.url);
let booting = null;

async function fetchBytes(id, name, stage) {
  const response = await fetch(new URL(name, base));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  const total = Number(response.headers.get("content-length")) || 0;
  const reader = response.body.getReader();
  const chunks = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    postMessage({ id, type: "progress", stage, loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) { bytes.set(chunk, offset); offset += chunk.length; }
  return bytes;
}

async function boot(id) {
  postMessage({ id, type: "progress", stage: "python", loaded: 0, total: 0 });
  const packages = fetchBytes(id, "site-packages.zip", "django");
  const project = fetchBytes(id, "project.zip", "django");
  const pyodide = await loadPyodide({
    indexURL: base.href,
    lockFileURL: new URL("pyodide-lock.json", base).href,
    // Pyodide's event loop always counts as running; the worker has one thread,
    // so Django's guard against sync ORM calls from async code does not apply.
    env: { DJANGO_ALLOW_ASYNC_UNSAFE: "1", DJANGO_SETTINGS_MODULE: "signals_site.settings", HOME: "/home/pyodide" },
    stdout: () => {},
    stderr: () => {},
  });
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(await packages, "zip", { extractDir: sitePackages });
  pyodide.unpackArchive(await project, "zip", { extractDir: "/project" });
  postMessage({ id, type: "progress", stage: "tests", loaded: 0, total: 0 });
  pyodide.runPython(`
import os, sys
sys.dont_write_bytecode = True
os.chdir("/project")
sys.path[:0] = ["/project", "/project/examples"]
import runner_plugin
runner_plugin.warm()
`);
  return pyodide;
}

onmessage = async ({ data }) => {
  const { id } = data;
  try {
    booting ??= boot(id);
    const pyodide = await booting;
    postMessage({ id, type: "progress", stage: "tests", loaded: 0, total: 0 });
    const run = pyodide.pyimport("runner_plugin").run;
    // callPromising lets async tests switch stacks (pyodide.ffi.run_sync, JSPI).
    const json = await run.callPromising(JSON.stringify({
      tests: data.tests, example: data.example ?? null, shown: data.shown ?? null,
      edited: data.edited ?? null, deselect: data.deselect ?? [],
    }));
    run.destroy();
    const result = JSON.parse(json);
    postMessage({ id, type: "result", result });
  } catch (error) {
    if (String(error).includes("loadPyodide") || !booting) booting = null;
    postMessage({ id, type: "error", message: String(error && error.message || error) });
  }
};
