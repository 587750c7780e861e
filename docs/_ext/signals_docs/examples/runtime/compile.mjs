// Compile a zip of pure-Python modules to bytecode with Pyodide's own Python
// (3.14), so the browser does not compile Django, pytest or the standard library
// on every visit (the standard library was two thirds of an interpreter's start).
// Run by scripts/build_runtime.py:
//   node compile.mjs <pyodide dir> <in.zip> <out.zip> <epoch> <where the modules live in the browser> [checked]
// With "checked" (the examples project, which the reader edits) every source stays, and its bytecode goes
// beside it in __pycache__, checked against the source's hash at each import: a module the reader
// edited no longer matches its bytecode, so Python compiles the edit, as it would without any.
// pytest compiles test modules and conftest.py itself (it rewrites their asserts): none is compiled here.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [pyodideDir, input, output, epoch, prefix, mode = "sourceless"] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
// A fixed hash seed: nothing in the bytecode may depend on the run (the builds are reproducible).
// No column ranges (PYTHONNODEBUGRANGES): a traceback draws them under source lines, and the
// browser has no source of these modules; without them the bytecode is a quarter smaller.
// Checked bytecode keeps them and the docstrings: it must be what the browser would compile itself.
const checked = mode === "checked";
const env = checked ? { PYTHONHASHSEED: "0" } : { PYTHONHASHSEED: "0", PYTHONNODEBUGRANGES: "1" };
const pyodide = await loadPyodide({ indexURL: pyodideDir + "/", env });
pyodide.FS.mkdirTree("/build/src");
pyodide.unpackArchive(new Uint8Array(readFileSync(input)), "zip", { extractDir: "/build/src" });
pyodide.globals.set("EPOCH", Number(epoch));
pyodide.globals.set("PREFIX", prefix);
pyodide.globals.set("CHECKED", checked);
pyodide.runPython(`
import ast, os, py_compile, time, zipfile
from importlib._bootstrap_external import _code_to_timestamp_pyc  # the format py_compile writes
from pathlib import Path

src = Path("/build/src")


class NoDocstrings(ast.NodeTransformer):
    """Drop docstrings (a fifth of the bytecode); asserts stay, unlike optimize=2."""

    def strip(self, node):
        self.generic_visit(node)
        body = node.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            node.body = body[1:] or [ast.Pass()]
        return node

    visit_Module = visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = strip


for path in sorted(src.rglob("*.py")):
    if CHECKED:
        if path.name.startswith("test_") or path.name == "conftest.py":
            continue
        py_compile.compile(str(path), dfile=PREFIX + path.relative_to(src).as_posix(), doraise=True,
                           invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
        continue
    tree = NoDocstrings().visit(ast.parse(path.read_bytes(), str(path)))
    code = compile(ast.fix_missing_locations(tree), PREFIX + path.relative_to(src).as_posix(), "exec", dont_inherit=True)
    # A pyc beside its module (no __pycache__) is imported without the source.
    path.with_suffix(".pyc").write_bytes(_code_to_timestamp_pyc(code, 0, 0))
stamp = time.gmtime(max(EPOCH, 315532800))[:6]
with zipfile.ZipFile("/build/out.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
    for path in sorted(p for p in src.rglob("*") if p.is_file()):
        if not CHECKED and path.suffix == ".py" and path.with_suffix(".pyc").exists():
            continue  # the bytecode replaces the source
        info = zipfile.ZipInfo(path.relative_to(src).as_posix(), stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        out.writestr(info, path.read_bytes())
`);
writeFileSync(output, pyodide.FS.readFile("/build/out.zip"));
