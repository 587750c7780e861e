// Make the Run buttons' memory snapshot at build time: Pyodide booted, the runtime's files in
// place, Django's and pytest's modules imported (runner_plugin.warm), then its whole memory
// saved. A Run restores it in a fresh Web Worker (worker.mjs) instead of booting Python and
// importing Django again. Run by scripts/build_runtime.py:
//   node snapshot.mjs <pyodide dir> <tree.zip> <snapshot out> <imported out> <bytecode out>
// tree.zip (stored) holds every file of the interpreter's file system: the standard library
// under lib/python3.14/, the packages under its site-packages/, the project under project/.
// Writes the snapshot (as the difference from a fresh instance's memory, tree.mjs) and the
// list of files whose modules it holds (the build ships those files empty), and a zip of the
// project's modules compiled to bytecode, never imported (the browser imports them from it).
//
// Reproducible: the same inputs give the same bytes. Python's hash seed is fixed, and the
// clock and the random bytes the interpreter sees here are fixed too (they end up in memory:
// file times in import caches, the random module's seed; worker.mjs reseeds it).
// Pyodide's snapshots are experimental: the version is pinned (package-lock.json) and
// tests/browser/test_runnable.py restores this one in Chromium.
import nodeCrypto from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { EMPTY_ZIP, ENV, FILE_TIME, SITE_PACKAGES, storedEntries, writeEntries, xorFresh } from "./tree.mjs";

const [pyodideDir, treePath, snapshotPath, importedPath, bytecodePath] = process.argv.slice(2);
let state = 1;
nodeCrypto.randomFillSync = (view) => {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  for (let i = 0; i < bytes.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return view;
};
Date.now = () => FILE_TIME;
let ticks = 0;
performance.now = () => ++ticks;

// The memory as the instance starts (before Python runs), kept to store the snapshot as a difference.
let fresh;
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = async (...args) => {
  const result = await instantiate.apply(WebAssembly, args);
  fresh = new Uint8Array(result.instance.exports.memory.buffer).slice();
  return result;
};

const tmp = snapshotPath + ".stdlib.zip";
writeFileSync(tmp, EMPTY_ZIP);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
const tree = storedEntries(new Uint8Array(readFileSync(treePath)));
// The standard library before Python starts; the packages after, or Pyodide would list them as
// loaded packages (a JavaScript object, which a snapshot cannot hold).
const early = ([name]) => name.startsWith("lib/") && !name.startsWith(SITE_PACKAGES);
const pyodide = await loadPyodide({
  indexURL: pyodideDir + "/",
  stdLibURL: tmp,
  _makeSnapshot: true,
  // Not this script's path (Node's argv[1], the checkout's): sys.executable is in the snapshot.
  _sysExecutable: "python",
  env: ENV,
  fsInit: (FS) => writeEntries(FS, tree.filter(early)),
  stdout: () => {},
  stderr: (line) => console.error(line),
});
writeEntries(pyodide.FS, tree.filter((entry) => !early(entry)));
const imported = pyodide.runPython(`
import gc, importlib, os, sys
importlib.invalidate_caches()  # the clock stands still here: the folders' times say nothing
sys.dont_write_bytecode = True
sys.path[:0] = ["/project", "/project/examples"]
os.chdir("/project")
import runner_plugin
runner_plugin.warm()
# The examples' bytecode, beside each module as Python caches it (checked against the source's
# time and size, FILE_TIME): compiled here, imported in the browser by each Run.
import importlib.util, pathlib, py_compile, zipfile
with zipfile.ZipFile("/tmp/bytecode.zip", "w") as bytecode:
    for path in sorted(pathlib.Path("/project/examples").rglob("*.py")):
        cache = importlib.util.cache_from_source(str(path))
        py_compile.compile(str(path), cfile=cache, dfile=str(path), doraise=True)
        info = zipfile.ZipInfo(cache[1:], (1980, 1, 1, 0, 0, 0))
        info.external_attr = 0o644 << 16
        bytecode.writestr(info, pathlib.Path(cache).read_bytes())
del bytecode
files = sorted({getattr(module, "__file__", None) or "" for module in list(sys.modules.values())} - {""})
# The restored interpreter finds its files afresh (the build ships the imported ones empty).
sys.path_importer_cache.clear()
importlib.invalidate_caches()
gc.collect()
# What the snapshot holds lives as long as the interpreter: the collector need not walk it in every Run.
gc.freeze()
"\\n".join(file for file in files if file.startswith(("/lib/", "/project/")))
`);
const snapshot = pyodide.makeMemorySnapshot();
xorFresh(snapshot, fresh);
writeFileSync(snapshotPath, snapshot);
writeFileSync(importedPath, imported + "\n");
writeFileSync(bytecodePath, pyodide.FS.readFile("/tmp/bytecode.zip"));
