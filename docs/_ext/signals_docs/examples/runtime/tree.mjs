// The runtime's files as one stored (uncompressed) zip, written into Pyodide's file system from
// JavaScript: by snapshot.mjs at build time, by worker.mjs in the reader's browser. No byte of it
// passes through Python (a JavaScript object Python saw cannot be restored from a memory snapshot).

/** The entries of a zip whose entries are all stored: [[name, bytes], ...], views into `zip`. */
export function storedEntries(zip) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error("the runtime's files are not a zip archive");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 10, true) !== 0) {
      throw new Error("the runtime's files must be a zip of stored entries");
    }
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push([name, zip.subarray(data, data + size)]);
    at += 46 + nameLength + skip;
  }
  return entries;
}

/** Every file's time (2000-01-01, in ms), at build time and in the browser: the bytecode the build
 * compiled for the project (snapshot.mjs) is valid while its source has this time and size; a
 * reader's edit gets the time of the Run, and is compiled afresh. */
export const FILE_TIME = 946684800000;

/** Write every entry (a path relative to the root) into Pyodide's file system. */
export function writeEntries(FS, entries) {
  const made = new Set();
  for (const [name, data] of entries) {
    const dir = "/" + name.slice(0, name.lastIndexOf("/"));
    if (!made.has(dir)) {
      FS.mkdirTree(dir);
      made.add(dir);
    }
    FS.writeFile("/" + name, data, { canOwn: true });
    FS.utime("/" + name, FILE_TIME, FILE_TIME);
  }
}

/** The interpreter's environment (set when the snapshot is made; a restored one keeps it). */
export const ENV = {
  // Pyodide's event loop always counts as running; the worker has one thread,
  // so Django's guard against sync ORM calls from async code does not apply.
  DJANGO_ALLOW_ASYNC_UNSAFE: "1",
  DJANGO_SETTINGS_MODULE: "signals_site.settings",
  HOME: "/home/pyodide",
  COLUMNS: "100",
  // A fixed hash seed: the snapshot's bytes do not depend on the build (nothing here needs a secret one).
  PYTHONHASHSEED: "0",
  // The standard library is in the tree, not in the zip Pyodide installs (EMPTY_ZIP).
  PYTHONPATH: "/lib/python3.14",
  PYTHONDONTWRITEBYTECODE: "1",
  // pytest loads its plugins from pytest.ini's -p (scripts/build_runtime.py), without scanning
  // every package's metadata for entry points.
  PYTEST_DISABLE_PLUGIN_AUTOLOAD: "1",
};

/** Where the packages are in the tree. */
export const SITE_PACKAGES = "lib/python3.14/site-packages/";

/** An empty zip: the standard library's zip Pyodide installs; the library is in the tree instead. */
export const EMPTY_ZIP = new Uint8Array([0x50, 0x4b, 5, 6, ...new Array(18).fill(0)]);

/** The memory snapshot is stored as the difference from the memory a fresh instance starts with
 * (its data segments): mostly zeros, so it compresses to a fraction. The same call undoes it. */
export function xorFresh(snapshot, fresh) {
  const heap = new Uint32Array(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength >>> 2);
  const offset = heap[1] >>> 2;
  const initial = new Uint32Array(fresh.buffer, fresh.byteOffset, fresh.byteLength >>> 2);
  const n = Math.min(initial.length, heap.length - offset);
  for (let i = 0; i < n; i++) heap[offset + i] ^= initial[i];
}
