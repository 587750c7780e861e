// The Web Worker behind the Run buttons (docs/_ext/signals_docs/examples/runnable.py).
// All of the reader's code runs here, never in the page. One worker runs one Run:
// it starts loading as soon as it is created (the page makes one when the reader
// first points at or focuses a Run button, and a spare after each Run), restores
// the interpreter from the memory snapshot made at build time (snapshot.mjs: Python
// booted, Django's and pytest's modules imported, nothing of the project), and waits;
// the page posts
//   {type: "run", tests, example, shown, edited, deselect} (or {type: "check", test, answer}, an exercise's)
// and receives {type: "progress", stage, loaded, total} while the runtime loads,
// {type: "ready"} once it waits, {type: "running"} when the tests start, then
// {type: "result", result} or {type: "error", message}. The page then throws the
// worker away: nothing of one Run (modules, receivers, rows) reaches the next.
// Everything is fetched from this folder (the site's own runtime/); the big files are
// gzip-compressed by the build and decompressed here (DecompressionStream), whatever
// the host sends.
import { loadPyodide } from "./pyodide.mjs";
import { EMPTY_ZIP, ENV, storedEntries, writeEntries, xorFresh } from "./tree.mjs";

const base = new URL("./", import.meta.url);
//: The files fetched here (the progress bar counts their bytes as sent).
const FILES = ["pyodide.asm.wasm.gz", "pyodide.asm.mjs.gz", "snapshot.bin.gz", "files.zip.gz"];

/** Each file's content, decompressed as it arrives: {name: ReadableStream}. */
function download(onProgress) {
  const sizes = fetch(new URL("manifest.json", base)).then((r) => r.json()).then((m) => m.files);
  let loaded = 0;
  let total = 0;
  sizes.then((files) => {
    total = FILES.reduce((sum, name) => sum + (files[name] || 0), 0);
    onProgress(loaded, total);
  }, () => {});
  return Object.fromEntries(FILES.map((name) => {
    const counted = new TransformStream({
      transform(chunk, controller) {
        loaded += chunk.length;
        if (total) onProgress(loaded, total);
        controller.enqueue(chunk);
      },
    });
    const body = fetch(new URL(name, base)).then((response) => {
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return response.body.pipeThrough(counted).pipeThrough(new DecompressionStream("gzip"));
    });
    return [name, body];
  }));
}

const read = async (stream) => new Uint8Array(await new Response(await stream).arrayBuffer());

async function boot() {
  postMessage({ type: "progress", stage: "python", loaded: 0, total: 0 });
  const streams = download((loaded, total) => postMessage({ type: "progress", stage: "python", loaded, total }));
  // The wasm compiles while the rest arrives.
  const wasm = streams["pyodide.asm.wasm.gz"].then((stream) =>
    WebAssembly.compileStreaming(new Response(stream, { headers: { "Content-Type": "application/wasm" } })));
  const createPyodideModule = read(streams["pyodide.asm.mjs.gz"]).then(async (code) => {
    const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
    return (await import(url)).default;
  });
  const snapshot = read(streams["snapshot.bin.gz"]);
  const files = read(streams["files.zip.gz"]).then(storedEntries);
  // Pyodide fetches and instantiates the wasm itself: it gets the module compiled above (the
  // uncompressed file is not on the site), with as much memory as the snapshot fills.
  const siteFetch = self.fetch;
  self.fetch = (url, init) =>
    String(url).endsWith("/pyodide.asm.wasm") ? Promise.resolve(new Response(null)) : siteFetch(url, init);
  WebAssembly.instantiateStreaming = async (_unused, imports) => {
    const module = await wasm;
    const instance = await WebAssembly.instantiate(module, imports);
    const memory = instance.exports.memory;
    const saved = await snapshot;
    xorFresh(saved, new Uint8Array(memory.buffer)); // the snapshot is stored as a difference (tree.mjs)
    const needed = saved.length - new Uint32Array(saved.buffer, saved.byteOffset, 4)[1];
    if (needed > memory.buffer.byteLength) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536));
    return { module, instance };
  };
  const pyodide = await loadPyodide({
    indexURL: base.href,
    lockFileURL: new URL("pyodide-lock.json", base).href,
    createPyodideModule: await createPyodideModule,
    stdLibURL: URL.createObjectURL(new Blob([EMPTY_ZIP])),
    _loadSnapshot: snapshot,
    fsInit: async (FS) => writeEntries(FS, await files),
    env: ENV,
    stdout: () => {},
    stderr: () => {},
  });
  self.fetch = siteFetch;
  // The working folder is the file system's, not the snapshot's; the random module's seed is the
  // build's, the same for every reader: a new one from the browser's random source.
  pyodide.runPython(`
import os, sys
os.chdir("/project")
if "random" in sys.modules:
    sys.modules["random"].seed()
`);
  postMessage({ type: "ready" });
  return pyodide;
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
