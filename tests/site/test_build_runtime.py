"""scripts/build_runtime.py, the builder of the Run buttons' runtime, on a tiny input.

A tiny checkout (a fake wheel, a two-file project, a stand-in Pyodide) shows what
the builder keeps, drops and pins, in a fraction of a second: the Node step
(compile.mjs) is replaced by a copy, except in the two tests that run it (need
Node and ``npm ci``: skipped without them, mandatory when CI=true). Each start of
Pyodide under Node costs about 5 CPU seconds; what Node wrote is kept in
``_build/test-cache/node/`` under a hash of everything it read (the script, the Node
and the Pyodide that ran it, the input), so a second ``make test`` with none of them
changed reads it back; with CI=true Node always runs. The slow gate
builds the real runtime twice, from two copies of the repository at different
paths, into different folders and caches, at different ``SOURCE_DATE_EPOCH``s,
and wants the same bytes.
"""

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import build_runtime
from build_runtime import BuildError, Checkout, build, missing_tools
from builtsite import node, on_ci, require
from signals_docs.examples.project_zip import TOP, examples_entries
from sitepaths import BUILD, ROOT
from snapshot import snapshot

PIN = "1.0"
WHEEL = f"fake_pkg-{PIN}-py3-none-any.whl"
#: The fake wheel: what the browser needs, and what the builder must leave out.
KEPT = {
    "django/__init__.py": b'"""Django."""\nVERSION = (6, 1)\n',
    "django/contrib/auth/models.py": b"class User: ...\n",
    "django/db/backends/sqlite3/base.py": b"# the only database a browser has\n",
    "django/conf/locale/__init__.py": b"LANG_INFO = {}\n",
    "django/conf/locale/en/LC_MESSAGES/django.mo": b"en",
    "django/conf/locale/fa/LC_MESSAGES/django.mo": b"fa",
    "fake_pkg-1.0.dist-info/METADATA": b"Name: fake-pkg\nVersion: 1.0\n",
}
DROPPED = {
    "django/contrib/gis/__init__.py": b"# GeoDjango\n",
    "django/contrib/postgres/fields.py": b"",
    "django/db/backends/postgresql/base.py": b"",
    "django/contrib/admin/static/admin/css/base.css": b"body {}",
    "django/contrib/auth/locale/fa/LC_MESSAGES/django.mo": b"contrib messages",
    "django/conf/locale/de/LC_MESSAGES/django.mo": b"another language",
    "django/conf/project_template/manage.py-tpl": b"",
    "django/__pycache__/__init__.cpython-314.pyc": b"stale bytecode",
    "django/py.typed": b"",
    "fake_pkg-1.0.dist-info/RECORD": b"django/__init__.py,,\n",
    "fake_pkg-1.0.dist-info/licenses/AUTHORS": b"many people\n",
}
STDLIB_KEPT = {"json/__init__.py", "encodings/cp1252.py", "encodings/utf_8.py", "sqlite3/__init__.py"}
STDLIB_DROPPED = {"xmlrpc/client.py", "smtplib.py", "encodings/cp1250.py", "encodings/mac_roman.py"}
#: The project: the files the browser runs, and a work tree's litter.
PROJECT = {"examples/app/x.py": "def x():\n    return 1\n", "tests/app/test_x.py": "def test_x(): ...\n"}
LITTER = {
    "examples/README.md": "# the examples\n",
    "examples/db.sqlite3": "SQLite format 3",
    "examples/.coverage": "coverage data",
    "examples/app/__pycache__/x.cpython-313.pyc": "bytecode",
    "tests/site/test_pages.py": "# a test of the built site, not of an example\n",
    "tests/test_leak_guard.py": "# tests the repository's own tests/, not an example (the zip leaves it out too)\n",
}
RUNTIME_SOURCES = ("compile.mjs", "worker.mjs", "runner_plugin.py", "conftest.py")


def write_wheel(path: Path, files: dict[str, bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as wheel:
        for name, data in files.items():
            wheel.writestr(name, data)  # dated by the clock, as any wheel is: the builder must not care
    return path


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())


def tiny_checkout(root: Path) -> Checkout:
    """A checkout with one pinned package, a two-file project and a stand-in Pyodide whose
    files are a few bytes each."""
    stdlib = io.BytesIO()
    with zipfile.ZipFile(stdlib, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(STDLIB_KEPT | STDLIB_DROPPED):
            archive.writestr(zipfile.ZipInfo(name), f"# {name}\n")
    write(root, {
        "requirements-examples.txt": f"# pinned\nfake-pkg=={PIN}  # the only package\nunrelated==2\n",
        "package-lock.json": json.dumps({"packages": {"node_modules/pyodide": {"version": PIN}}}),
        "pyproject.toml": '[tool.pytest.ini_options]\nDJANGO_SETTINGS_MODULE = "site_.settings"\n'
                          'filterwarnings = ["error"]\nmarkers = ["slow: a slow test"]\n',
        **PROJECT,
        **LITTER,
        **{f"docs/_ext/signals_docs/examples/runtime/{name}": f"// {name}\n" for name in RUNTIME_SOURCES},
        # The real one migrates the examples' databases; this one writes a database of its own name.
        "docs/_ext/signals_docs/examples/runtime/test_databases.py":
            "import pathlib, sys\npathlib.Path(sys.argv[1], 'default.sqlite3').write_bytes(b'tiny database')\n",
    })  # fmt: skip
    write(root / "node_modules" / "pyodide", {
        "package.json": json.dumps({"name": "pyodide", "version": PIN}),
        "pyodide-lock.json": json.dumps({"info": {"version": PIN, "python": "3.14.2"}, "packages": {"micropip": {}}}),
        "pyodide.mjs": "export {}\n", "pyodide.asm.mjs": "// asm\n", "pyodide.asm.wasm": b"\0asm",
        "python_stdlib.zip": stdlib.getvalue(), "pyodide.js": "// for CDNs, not shipped\n",
    })  # fmt: skip
    return Checkout(root, packages=("fake-pkg",))


def copy_compile(checkout: Checkout, staged: Path, target: Path, prefix: str) -> None:
    """Stands in for compile.mjs (Node): the staged modules, as they are; for the project, with a
    stand-in bytecode file beside each module, where Python looks for it."""
    copy_compile.calls.append(prefix)
    shutil.copyfile(staged, target)
    if prefix == build_runtime.PROJECT:
        with zipfile.ZipFile(target, "a") as project:
            for name in project.namelist():
                folder, _, module = name.rpartition("/")
                cached = f"{folder}/__pycache__/" if folder else "__pycache__/"
                project.writestr(f"{cached}{module[:-3]}.cpython-314.pyc", f"bytecode of {name}")


copy_compile.calls = []
#: What one clean build compiles, each with its place in the browser: the packages, the standard library
#: (both cached while the pins hold), then the project.
PACKAGES = [build_runtime.SITE_PACKAGES, build_runtime.STDLIB]
CLEAN = [*PACKAGES, build_runtime.PROJECT]


@pytest.fixture
def tiny(tmp_path) -> Checkout:
    write_wheel(tmp_path / "cache" / "wheels" / WHEEL, {**KEPT, **DROPPED})
    copy_compile.calls = []
    return tiny_checkout(tmp_path / "checkout")


def build_tiny(checkout: Checkout, tmp_path: Path) -> dict:
    return build(checkout, tmp_path / "out", tmp_path / "cache", compile=copy_compile)


def names(archive: Path) -> set[str]:
    with zipfile.ZipFile(archive) as opened:
        return set(opened.namelist())


# --- what it keeps, drops and pins ---------------------------------------------------


def test_the_packages_keep_what_the_browser_needs_and_drop_the_rest(tiny, tmp_path):
    build_tiny(tiny, tmp_path)
    assert names(tmp_path / "out" / "site-packages.zip") == set(KEPT)


def test_the_standard_library_loses_only_what_nothing_imports(tiny, tmp_path):
    build_tiny(tiny, tmp_path)
    assert names(tmp_path / "out" / "python_stdlib.zip") == STDLIB_KEPT
    lock = json.loads((tmp_path / "out" / "pyodide-lock.json").read_text())
    assert lock == {"info": {"version": PIN, "python": "3.14.2"}, "packages": {}}  # nothing fetched by name


def test_the_project_holds_the_examples_and_their_tests_not_the_litter(tiny, tmp_path):
    build_tiny(tiny, tmp_path)
    project = tmp_path / "out" / "project.zip"
    bytecode = {"examples/app/__pycache__/x.cpython-314.pyc", "tests/app/__pycache__/test_x.cpython-314.pyc",
                "__pycache__/runner_plugin.cpython-314.pyc", "__pycache__/conftest.cpython-314.pyc"}  # fmt: skip
    # the compiler's bytecode beside the sources (which modules get one: compile.mjs, tested below)
    expected = {*PROJECT, "pytest.ini", "runner_plugin.py", "conftest.py", "test-db/default.sqlite3", *bytecode}
    assert names(project) == expected
    with zipfile.ZipFile(project) as opened:
        ini = opened.read("pytest.ini").decode()
        assert opened.read("examples/app/x.py").decode() == PROJECT["examples/app/x.py"]
        assert opened.read("examples/app/__pycache__/x.cpython-314.pyc") == b"bytecode of examples/app/x.py"
    assert "DJANGO_SETTINGS_MODULE = site_.settings" in ini
    assert "\n    error\n" in ini and "\n    slow: a slow test\n" in ini  # pyproject.toml's, one place


def test_the_runtime_takes_the_tests_the_examples_zip_takes():
    runtime = {name for name, _ in build_runtime.project_files(Checkout()) if name.startswith("tests/")}
    zipped = {name.removeprefix(TOP) for name in examples_entries(ROOT) if name.startswith(TOP + "tests/")}
    assert runtime == zipped, f"only in the runtime: {runtime - zipped}; only in the zip: {zipped - runtime}"
    assert "tests/test_leak_guard.py" not in runtime and "tests/conftest.py" in runtime


def test_the_manifest_lists_every_file_the_pins_and_the_stamp(tiny, tmp_path):
    manifest = build_tiny(tiny, tmp_path)
    out = tmp_path / "out"
    assert json.loads((out / "manifest.json").read_text()) == manifest
    on_disk = {p.name: p.stat().st_size for p in out.iterdir() if p.name != "manifest.json"}
    assert manifest["files"] == on_disk
    assert set(on_disk) == {*build_runtime.PYODIDE_FILES, "pyodide-lock.json", "site-packages.zip",
                            "project.zip", "worker.mjs"}  # fmt: skip
    assert manifest["bytes"] == sum(on_disk.values())
    assert manifest["packages"] == {"fake-pkg": PIN} and manifest["pyodide"] == PIN
    assert len(manifest["stamp"]) == 64


def test_a_package_without_an_exact_pin_is_named(tiny, tmp_path):
    (tiny.root / "requirements-examples.txt").write_text("fake-pkg>=1.0\nunrelated==2\n")
    with pytest.raises(BuildError, match=r"requirements-examples\.txt: no exact pin \(name==version\) for fake-pkg"):
        build_tiny(tiny, tmp_path)


def test_a_pin_for_other_pythons_only_is_not_the_runtimes(tiny):
    """requirements-examples.txt may pin per Python (asgiref for 3.10); Pyodide's is 3.14."""
    (tiny.root / "requirements-examples.txt").write_text(
        f'fake-pkg==0.9 ; python_version < "3.11"  # an old Python\nfake-pkg=={PIN} ; python_version >= "3.11"\n'
    )
    assert build_runtime.pins(tiny.root / "requirements-examples.txt", ("fake-pkg",)) == {"fake-pkg": PIN}


def test_a_wheel_that_is_not_pure_python_is_refused(tiny, tmp_path):
    wheels = tmp_path / "cache" / "wheels"
    (wheels / WHEEL).rename(wheels / f"fake_pkg-{PIN}-cp314-cp314-pyodide_2025_0_wasm32.whl")
    with pytest.raises(BuildError, match=r"no pure-Python wheel of fake-pkg==1\.0 in .*cp314-cp314-pyodide"):
        build_tiny(tiny, tmp_path)


def test_missing_tools_names_what_is_missing(tiny, monkeypatch):
    monkeypatch.setattr(build_runtime.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert missing_tools(tiny) is None
    (tiny.root / "package-lock.json").write_text(json.dumps({"packages": {"node_modules/pyodide": {"version": "2.0"}}}))
    assert missing_tools(tiny) == f"node_modules/pyodide is {PIN}, package-lock.json pins 2.0: run 'npm ci'"
    shutil.rmtree(tiny.pyodide)
    assert "node_modules/pyodide is missing: run 'npm ci'" in missing_tools(tiny)
    monkeypatch.setattr(build_runtime.shutil, "which", lambda name: None)
    assert missing_tools(tiny).startswith("node is not installed")


# --- the stamp: a second build is a no-op, a changed input rebuilds -------------------------


def test_a_second_build_is_a_no_op(tiny, tmp_path):
    first = build_tiny(tiny, tmp_path)
    written = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()}
    (tiny.root / "examples" / "db.sqlite3").write_text("rows written by a test run")  # litter is no input
    assert build_tiny(tiny, tmp_path) == first
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()} == written
    assert copy_compile.calls == CLEAN


def test_a_changed_input_changes_the_stamp_and_the_runtime(tiny, tmp_path):
    stamps = [build_tiny(tiny, tmp_path)["stamp"]]
    (tiny.root / "examples" / "app" / "x.py").write_text("def x():\n    return 2\n")
    stamps.append(build_tiny(tiny, tmp_path)["stamp"])
    with zipfile.ZipFile(tmp_path / "out" / "project.zip") as project:
        assert project.read("examples/app/x.py") == b"def x():\n    return 2\n"
    # the packages did not change: compiled once, from the cache since; the project, each time it changed
    assert copy_compile.calls == [*CLEAN, build_runtime.PROJECT]
    (tiny.sources / "worker.mjs").write_text("// a new worker\n")
    stamps.append(build_tiny(tiny, tmp_path)["stamp"])
    assert (tmp_path / "out" / "worker.mjs").read_text() == "// a new worker\n"
    write_wheel(tmp_path / "cache" / "wheels" / "fake_pkg-1.1-py3-none-any.whl", {**KEPT, "django/new.py": b""})
    (tiny.root / "requirements-examples.txt").write_text("fake-pkg==1.1\n")
    stamps.append(build_tiny(tiny, tmp_path)["stamp"])
    assert "django/new.py" in names(tmp_path / "out" / "site-packages.zip")
    assert copy_compile.calls == [*CLEAN, *[build_runtime.PROJECT] * 2, *CLEAN]
    assert len(set(stamps)) == len(stamps), stamps


def test_a_runtime_folder_with_a_stray_or_missing_file_is_built_again(tiny, tmp_path):
    build_tiny(tiny, tmp_path)
    out = tmp_path / "out"
    (out / "probe.mjs").write_text("// left by someone\n")
    build_tiny(tiny, tmp_path)
    assert not (out / "probe.mjs").exists()
    (out / "worker.mjs").unlink()
    build_tiny(tiny, tmp_path)
    assert (out / "worker.mjs").is_file()


# --- reproducible ------------------------------------------------------------------------


def test_two_builds_from_two_checkouts_are_byte_identical(tmp_path, monkeypatch):
    """Different paths, caches, clocks, file times and SOURCE_DATE_EPOCH; the same bytes."""
    built = []
    for side, epoch in (("a", "1700000000"), ("the-other-side", "1800000000")):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        if built:  # the second build runs years later, as far as zipfile can tell
            monkeypatch.setattr(time, "time", lambda: 1900000000.0)
        base = tmp_path / side
        write_wheel(base / "cache" / "wheels" / WHEEL, {**KEPT, **DROPPED})
        checkout = tiny_checkout(base / "checkout")
        os.utime(checkout.root / "examples" / "app" / "x.py", (int(epoch), int(epoch)))
        build(checkout, base / "out", base / "cache", compile=copy_compile)
        built.append(base / "out")
    found = differing_files(*built)
    assert not found, f"two builds of one tiny checkout differ in {', '.join(found)}"
    with zipfile.ZipFile(built[0] / "project.zip") as project:
        assert {info.date_time for info in project.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert {info.external_attr >> 16 for info in project.infolist()} == {0o100644}


def differing_files(left: Path, right: Path) -> list[str]:
    """The names of the files that are not byte for byte the same in both folders."""
    names = sorted({p.name for p in left.iterdir()} | {p.name for p in right.iterdir()})
    return [
        name
        for name in names
        if not ((left / name).is_file() and (right / name).is_file())
        or (left / name).read_bytes() != (right / name).read_bytes()
    ]


# --- the Node step ---------------------------------------------------------------------


def require_node_and_pyodide() -> None:
    require(node() is not None, "compiling the runtime needs Node (Debian: apt-get install nodejs npm)")
    require(missing_tools(Checkout()) is None, f"compiling the runtime needs {missing_tools(Checkout())}")


NODE_CACHE = BUILD / "test-cache" / "node"


def node_once(inputs: list[str | bytes], run: Callable[[Path], None]) -> bytes:
    """What ``run(path)`` writes to ``path``, a Node step given ``inputs`` (what it reads besides the
    Node and the Pyodide of the checkout): kept under a hash of all of them and read back while it
    holds; always run when CI=true."""
    digest = hashlib.sha256(subprocess.run(["node", "--version"], capture_output=True, check=True).stdout)
    pyodide = Checkout().pyodide
    for part in [*(p.name.encode() + p.read_bytes() for p in sorted(pyodide.iterdir()) if p.is_file()), *inputs]:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    kept = NODE_CACHE / digest.hexdigest()
    if on_ci() or not kept.is_file():
        NODE_CACHE.mkdir(parents=True, exist_ok=True)
        partial = kept.with_name(f"{kept.name}.{os.getpid()}.part")
        run(partial)
        os.replace(partial, kept)
    return kept.read_bytes()


def compile_with_node(staged: Path, target: Path, prefix: str) -> None:
    """``build_runtime.compile_packages`` with the repository's compile.mjs, through ``node_once``."""
    sources = Checkout().sources
    target.write_bytes(
        node_once(
            [(sources / "compile.mjs").read_bytes(), staged.read_bytes(), prefix, str(build_runtime.ZIP_EPOCH)],
            lambda out: build_runtime.compile_packages(Checkout(), staged, out, prefix),
        )
    )


def test_compile_mjs_replaces_each_module_with_bytecode(tmp_path):
    require_node_and_pyodide()
    wheel = write_wheel(tmp_path / WHEEL, {**KEPT, **DROPPED})
    staged = build_runtime.stage_packages({"fake-pkg": wheel}, tmp_path / "staged.zip")
    compile_with_node(staged, tmp_path / "compiled.zip", build_runtime.SITE_PACKAGES)  # the repository's compile.mjs
    with zipfile.ZipFile(tmp_path / "compiled.zip") as compiled:
        infos = compiled.infolist()
        expected = {name[:-3] + ".pyc" if name.endswith(".py") else name for name in KEPT}
        assert {info.filename for info in infos} == expected  # no source beside its bytecode
        assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}
        pyc = compiled.read("django/__init__.pyc")
    assert pyc[4:16] == bytes(12)  # flags, source time and size all zero: no build's clock in it
    assert b"VERSION" in pyc and b"Django." not in pyc  # docstrings dropped
    assert b"/lib/python3.14/site-packages/django/__init__.py" in pyc  # the path in the browser, not the build's


#: Loads a module's bytecode in Pyodide's Python and says where it claims to live and whether any
#: instruction carries a column range (argv: pyodide dir, pyc file).
READ_PYC = """
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [dir, pyc] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(dir + "/pyodide.mjs").href);
const py = await loadPyodide({ indexURL: dir + "/" });
py.FS.writeFile("/m.pyc", new Uint8Array(readFileSync(pyc)));
console.log(py.runPython(`
import marshal
code = marshal.loads(open("/m.pyc", "rb").read()[16:])
ranged = any(column is not None for *_, column in code.co_positions())
f"{code.co_filename} {ranged}"
`));
"""


@pytest.mark.slow  # two Pyodide starts under Node; every browser test runs this standard library
def test_compile_mjs_gives_the_standard_library_its_zip_path_and_no_column_ranges(tmp_path):
    """The standard library is compiled too (two thirds of an interpreter's start was compiling it),
    named as zipimport finds it in the browser; no module keeps column ranges, which only draw
    carets under source lines the browser does not have (and made the bytecode a quarter larger)."""
    require_node_and_pyodide()
    source = tmp_path / "stdlib.zip"
    with zipfile.ZipFile(source, "w") as stdlib:
        for name in sorted(STDLIB_KEPT | STDLIB_DROPPED):
            stdlib.writestr(name, "def f(a, b):\n    return a.b + b[a]\n")
    staged = build_runtime.stage_stdlib(source, tmp_path / "staged.zip")
    compile_with_node(staged, tmp_path / "compiled.zip", build_runtime.STDLIB)
    with zipfile.ZipFile(tmp_path / "compiled.zip") as compiled:
        assert set(compiled.namelist()) == {name[:-3] + ".pyc" for name in STDLIB_KEPT}
        (tmp_path / "json.pyc").write_bytes(compiled.read("json/__init__.pyc"))
    script = tmp_path / "read_pyc.mjs"
    script.write_text(READ_PYC)

    def read_pyc(out: Path) -> None:
        out.write_bytes(subprocess.run(["node", str(script), str(Checkout().pyodide), str(tmp_path / "json.pyc")],
                                       capture_output=True, check=True, timeout=300).stdout)  # fmt: skip

    shown = node_once([READ_PYC, (tmp_path / "json.pyc").read_bytes()], read_pyc).decode().split()
    assert shown == ["/lib/python314.zip/json/__init__.py", "False"]


#: Imports a module of the compiled project twice in Pyodide's Python, counting what it compiles:
#: as shipped, then after an edit of its source (argv: pyodide dir, compiled project zip).
EDIT_AND_IMPORT = """
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [dir, project] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(dir + "/pyodide.mjs").href);
const py = await loadPyodide({ indexURL: dir + "/" });
py.unpackArchive(new Uint8Array(readFileSync(project)), "zip", { extractDir: "/project" });
console.log(py.runPython(`
import builtins, importlib, sys
from pathlib import Path
sys.dont_write_bytecode = True  # as the worker runs
sys.path.insert(0, "/project/examples")
compiled = []
real_compile = builtins.compile
def counting(source, filename, *args, **kwargs):
    if str(filename).startswith("/project/"):  # this Pyodide's own standard library is sources
        compiled.append(filename)
    return real_compile(source, filename, *args, **kwargs)
builtins.compile = counting
import app.x
shipped = (app.x.x(), len(compiled))
Path("/project/examples/app/x.py").write_text("def x():\\\\n    return 2\\\\n")
del sys.modules["app.x"]
importlib.invalidate_caches()
import app.x
f"{shipped} {(app.x.x(), compiled)}"
`));
"""


@pytest.mark.slow  # two Pyodide starts under Node; in make test, tests/browser/test_runnable.py edits a module
def test_compile_mjs_gives_the_project_bytecode_an_edit_cannot_outlive(tmp_path):  # shipped with bytecode
    """The project keeps its sources (the reader edits them) and gains bytecode beside each module
    pytest does not compile itself (it rewrites the asserts of tests and conftest.py): a Run imports
    the examples without compiling them, and a module the reader edited is compiled from the edit,
    never taken from the bytecode of the published file."""
    require_node_and_pyodide()
    project = {**PROJECT, "examples/app/__init__.py": "", "conftest.py": "", "runner_plugin.py": "RAN = []\n"}
    staged = build_runtime.write_zip(tmp_path / "staged.zip", {name: text.encode() for name, text in project.items()})
    build_runtime.compile_packages(Checkout(), staged, tmp_path / "compiled.zip", build_runtime.PROJECT)
    with zipfile.ZipFile(tmp_path / "compiled.zip") as compiled:
        assert set(compiled.namelist()) == {
            *project, "examples/app/__pycache__/x.cpython-314.pyc", "examples/app/__pycache__/__init__.cpython-314.pyc",
            "__pycache__/runner_plugin.cpython-314.pyc",
        }  # fmt: skip
    script = tmp_path / "edit_and_import.mjs"
    script.write_text(EDIT_AND_IMPORT)
    shown = subprocess.run(["node", str(script), str(Checkout().pyodide), str(tmp_path / "compiled.zip")],
                           capture_output=True, text=True, check=True, timeout=300).stdout.strip()  # fmt: skip
    assert shown == "(1, 0) (2, ['/project/examples/app/x.py'])"


# --- the real runtime, twice (slow) ------------------------------------------------------------


@pytest.mark.slow
def test_two_clean_builds_of_the_runtime_are_byte_identical(tmp_path):
    """Two copies of the repository at different paths, each built from clean into its own
    folder and cache, at different SOURCE_DATE_EPOCHs (a runtime or compiled packages made at
    an earlier commit are reused while the stamp holds, so the bytes must not follow the
    commit's time). Only the downloaded wheels are shared, when the work tree has them."""
    require_node_and_pyodide()
    wheels = BUILD / "runtime-cache" / "wheels"
    built = []
    for side, epoch in (("first", "1700000000"), ("the-second-checkout", "1800000001")):
        checkout = snapshot(tmp_path / side / "site", links=("node_modules",))
        cache = tmp_path / side / "cache"
        if wheels.is_dir():
            shutil.copytree(wheels, cache / "wheels")
        out = tmp_path / side / "runtime"
        env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
        command = [sys.executable, "scripts/build_runtime.py", "--out", str(out), "--cache", str(cache)]
        result = subprocess.run(command, cwd=checkout, env=env, capture_output=True, text=True, timeout=900)
        assert result.returncode == 0, f"build_runtime.py ({side}) failed:\n{result.stderr[-2000:]}"
        built.append(out)
    found = differing_files(*built)
    assert not found, f"the runtime is not reproducible: two clean builds differ in {', '.join(found)}"
