#!/usr/bin/env python3
"""Build the in-browser Python runtime that runs the site's examples ("Run" buttons).

Why: every verified snippet can be run, edited and re-tested in the reader's
browser (docs/_ext/signals_docs/examples/runnable.py). The runtime is built here
from pins, never committed:

* Pyodide from the npm package pinned in package.json / package-lock.json
  (``npm ci`` installs it into node_modules/pyodide), its standard library trimmed
  (STDLIB_DROP) and compiled to bytecode like the packages below;
* Django, asgiref, sqlparse, Pygments and the test tools (pytest, pytest-django,
  pluggy, iniconfig; not packaging, see PACKAGES) from PyPI wheels at the exact pins of
  requirements-examples.txt, trimmed (no admin, gis, postgres, staticfiles…,
  only the site's languages' translations) and compiled to bytecode by
  Pyodide's own Python (3.14) under Node;
* the examples project and its mirror tests, as sources (the reader edits them), each
  module but the tests with bytecode beside it that Python checks against its source.

Output: ``<out>/`` (``_build/html/runtime`` by default, shared by every
language of the site) with ``manifest.json`` listing each file and its size.
A stamp of every input makes a second run a no-op.

Reproducible: the output is a function of the inputs the stamp covers, and of
nothing else (not the checkout's path, the clock, the build folder or
``SOURCE_DATE_EPOCH``): every zip entry written here is dated 1980-01-01 with
fixed permissions, in sorted order, and the bytecode is compiled with a fixed hash seed from fixed paths. A runtime (or compiled packages in the cache) made at an
earlier commit is reused while its stamp holds, so its bytes must not follow the
commit's time. tests/site/test_build_runtime.py builds it twice to prove it.

Without Node or the npm package the build goes on without Run buttons and says
what is missing; with CI=true that is an error (exit 1).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from _paths import ROOT
from signals_docs.examples.examples_tests import examples_tests, is_litter
from signals_docs.reproducible_zip import ZIP_EPOCH, write_zip
from signals_docs.site import LANGUAGES

#: The packages the browser needs, each pinned in requirements-examples.txt. Not packaging:
#: pytest imports it only for minversion, required_plugins, importorskip(minversion=…)
#: and Twisted, none of which the project uses.
PACKAGES = ("Django", "asgiref", "sqlparse", "pytest", "pytest-django", "pluggy", "iniconfig", "Pygments")
#: Pyodide files the worker loads (the rest of the npm package is for Node and CDNs).
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
#: Parts of the wheels no example needs.
DROP = re.compile(
    r"^django/contrib/(admindocs|flatpages|gis|humanize|postgres|redirects|sitemaps|syndication)/"
    r"|^django/db/backends/(mysql|oracle|postgresql)/|^django/contrib/auth/common-passwords"
    r"|/static/|^django/contrib/[^/]+/templates/|\.dist-info/RECORD$|\.dist-info/licenses/AUTHORS$"
    # The contrib apps' own messages (the admin's, auth's forms): no example shows one.
    r"|^django/contrib/[^/]+/locale/"
    r"|^django/conf/(app|project)_template/"
    # pytest imports Pygments' terminal formatter and its Python and diff lexers; nothing else of it.
    r"|^pygments/lexers/(?!(__init__|_mapping|python|diff)\.py$)|^pygments/formatters/(?!(__init__|_mapping|terminal)\.py$)"
    r"|^pygments/styles/(?!(__init__|_mapping|default)\.py$)"
)
#: Parts of Pyodide's standard library that nothing here imports: XML-RPC, the single-byte
#: code pages of other platforms (UTF-8, Latin-1, cp1252 stay), mail and FTP clients
#: (Django's SMTP backend cannot reach a server from a browser anyway), archives (only
#: startapp --template reads tar), profilers, doctest, pydoc (the REPL's help), ctypes (no C library
#: to call), the pure-Python io and datetime (Pyodide has both in C). The
#: build-time run of every snippet's tests (tests/browser/test_runnable.py) proves the rest is enough.
STDLIB_DROP = re.compile(
    r"^xmlrpc/|^encodings/(mac_|koi8_|kz1048|ptcp154|hp_roman8|tis_620|palmos|cp(?!1252|437)\d|iso8859_(?!1\.|15\.))"
    r"|^(smtplib|imaplib|poplib|ftplib|netrc|mailbox|tarfile|zipapp|shelve|plistlib|wave|pickletools|optparse"
    r"|doctest|_pyio|profile|cProfile|pstats|trace|timeit|tabnanny|pyclbr|modulefinder|symtable|sched"
    r"|filecmp|fileinput|compileall|pydoc|_pydatetime)\.py$|^ctypes/"
)
#: Where Pyodide's Python finds the packages and the standard library (zipimport reads the latter from its zip).
SITE_PACKAGES = "/lib/python3.14/site-packages/"
STDLIB = "/lib/python314.zip/"
#: Where worker.mjs unpacks project.zip.
PROJECT = "/project/"
#: The Python of the pinned Pyodide, for the environment markers of requirements-examples.txt.
PYODIDE_PYTHON = {"python_version": "3.14", "python_full_version": "3.14.2"}
LOCALE = re.compile(r"(^|/)locale/([^/]+)/")
KEEP_LOCALES = {*LANGUAGES, "__init__.py"}
#: Litter of a work tree that is no part of the project the browser runs (hidden files
#: such as .coverage or .pytest_cache, bytecode, the development database, compiled catalogs).


@dataclass(frozen=True)
class Checkout:
    """Where the builder reads its inputs: a checkout of the repository (tests pass a tiny one)."""

    root: Path = ROOT
    #: The packages to pin and ship (tests ship a fake wheel instead).
    packages: tuple[str, ...] = PACKAGES

    @property
    def sources(self) -> Path:
        """The runtime's own sources: compile.mjs, worker.mjs, runner_plugin.py, conftest.py."""
        return self.root / "docs" / "_ext" / "signals_docs" / "examples" / "runtime"

    @property
    def pyodide(self) -> Path:
        return self.root / "node_modules" / "pyodide"


class BuildError(Exception):
    pass


def pins(requirements: Path, packages: tuple[str, ...] = PACKAGES) -> dict[str, str]:
    """``{name: version}`` of ``packages``, for Pyodide's Python (a pin may apply to some Pythons only)."""
    from packaging.markers import Marker

    found = {}
    for line in requirements.read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.-]+)==([^\s#;]+)\s*(?:;([^#]+))?", line.strip())
        if match and (not match[3] or Marker(match[3]).evaluate(PYODIDE_PYTHON)):
            found[normalise(match[1])] = match[2]
    missing = [name for name in packages if normalise(name) not in found]
    if missing:
        raise BuildError(f"{requirements}: no exact pin (name==version) for {', '.join(missing)}")
    return {normalise(name): found[normalise(name)] for name in packages}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pyodide_pin(checkout: Checkout) -> str:
    lock = json.loads((checkout.root / "package-lock.json").read_text())
    try:
        return lock["packages"]["node_modules/pyodide"]["version"]
    except KeyError:
        raise BuildError("package-lock.json does not pin the npm package pyodide") from None


def missing_tools(checkout: Checkout) -> str | None:
    """What is missing to build the runtime, in words; None when nothing is."""
    if shutil.which("node") is None:
        return "node is not installed (Debian: apt-get install nodejs npm)"
    if not (checkout.pyodide / "package.json").is_file():
        return "node_modules/pyodide is missing: run 'npm ci' (make node-tools)"
    installed = json.loads((checkout.pyodide / "package.json").read_text())["version"]
    if installed != pyodide_pin(checkout):
        return f"node_modules/pyodide is {installed}, package-lock.json pins {pyodide_pin(checkout)}: run 'npm ci'"
    return None


def download_wheels(wanted: dict[str, str], dest: Path) -> dict[str, Path]:
    dest.mkdir(parents=True, exist_ok=True)
    wheels = {}
    for name, version in wanted.items():
        found = [w for w in dest.glob("*.whl") if wheel_name(w) == (name, version)]
        if not found:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
                 "--only-binary=:all:", "--python-version", "3.14", "--dest", str(dest), f"{name}=={version}"],
                check=True,
            )  # fmt: skip
            found = [w for w in dest.glob("*.whl") if wheel_name(w) == (name, version)]
        if len(found) != 1 or not found[0].name.endswith("-py3-none-any.whl"):
            raise BuildError(f"no pure-Python wheel of {name}=={version} in {dest}: {[w.name for w in found]}")
        wheels[name] = found[0]
    return wheels


def wheel_name(wheel: Path) -> tuple[str, str]:
    name, version = wheel.name.split("-")[:2]
    return normalise(name), version


def keep(member: str) -> bool:
    if DROP.search(member):
        return False
    locale = LOCALE.search(member)
    if locale and locale[2] not in KEEP_LOCALES:
        return False
    return not member.endswith((".pyc", ".pyi", "/py.typed"))


def stage_packages(wheels: dict[str, Path], target: Path) -> Path:
    """Write what of the wheels goes to the browser into ``target``, the input of compile.mjs:
    sorted, uncompressed, every entry dated 1980-01-01 whatever the clock or the wheel says."""
    entries = {}
    for wheel in wheels.values():
        with zipfile.ZipFile(wheel) as source:
            for info in source.infolist():
                if not info.is_dir() and keep(info.filename):
                    entries[info.filename] = source.read(info)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as staged:
        for name, data in sorted(entries.items()):
            staged.writestr(zipfile.ZipInfo(name), data)
    return target


def stage_stdlib(source: Path, target: Path) -> Path:
    """Write Pyodide's standard library less ``STDLIB_DROP`` into ``target``, the input of compile.mjs
    (sorted, uncompressed, dated 1980-01-01, like the packages)."""
    with zipfile.ZipFile(source) as stdlib, zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as staged:
        for info in sorted(stdlib.infolist(), key=lambda info: info.filename):
            if not info.is_dir() and not STDLIB_DROP.search(info.filename):
                staged.writestr(zipfile.ZipInfo(info.filename), stdlib.read(info))
    return target


def compile_packages(checkout: Checkout, staged: Path, target: Path, prefix: str = SITE_PACKAGES) -> None:
    """Compile the staged zip's modules to bytecode with Pyodide's Python under Node (compile.mjs);
    ``prefix`` is where they live in the browser (the path a traceback names). The project
    (``PROJECT``) keeps its sources, each module's bytecode checked against its source at import."""
    subprocess.run(
        ["node", str(checkout.sources / "compile.mjs"), str(checkout.pyodide), str(staged), str(target),
         str(ZIP_EPOCH), prefix, *(["checked"] if prefix == PROJECT else [])],
        check=True,
    )  # fmt: skip


def project_bytecode(checkout: Checkout, entries: dict[str, Path | bytes], compile: Callable) -> dict[str, bytes]:
    """``{"…/__pycache__/<module>.cpython-314.pyc": bytes}`` for the project's modules: a Run imports
    the examples from bytecode, compiling only what the reader edited (a sixth of a Run, measured
    under Node). The bytecode checks its source's hash, so an edit is never run stale."""
    with tempfile.TemporaryDirectory() as tmp:
        sources = {name: entry for name, entry in entries.items() if name.endswith(".py")}
        staged = write_zip(Path(tmp, "staged.zip"), sources, ZIP_EPOCH)
        compile(checkout, staged, Path(tmp, "compiled.zip"), PROJECT)
        with zipfile.ZipFile(Path(tmp, "compiled.zip")) as compiled:
            return {name: compiled.read(name) for name in compiled.namelist() if "/__pycache__/" in f"/{name}"}


def pytest_ini(checkout: Checkout) -> str:
    """The browser's pytest configuration, from pyproject.toml's (one place for it)."""
    options = tomllib.loads((checkout.root / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    lines = [
        "[pytest]",
        f"DJANGO_SETTINGS_MODULE = {options['DJANGO_SETTINGS_MODULE']}",
        "pythonpath = examples",
        "addopts = --import-mode=importlib -p no:cacheprovider",
        "filterwarnings =",
        *(f"    {rule}" for rule in options.get("filterwarnings", [])),
        # Runs share one interpreter: a run may finalise the SQLite connection of the one before.
        "    ignore:unclosed database:ResourceWarning",
        "    ignore:Exception ignored while finalizing database connection:pytest.PytestUnraisableExceptionWarning",
        "markers =",
        "    asyncio: run by the browser's own plugin (pytest-asyncio cannot start a loop in Pyodide)",
        *(f"    {marker}" for marker in options.get("markers", [])),
    ]
    return "\n".join(lines) + "\n"


def project_files(checkout: Checkout) -> list[tuple[str, Path]]:
    """What of the repository goes into the project the browser runs: the examples, the
    exercises and the examples' tests (the rule of the readers' zip too), never a work tree's litter."""
    files = []
    for top in ("examples", "exercises"):  # exercises/: the Check buttons' tests (signals_docs.exercises)
        for path in sorted((checkout.root / top).rglob("*")):
            rel = path.relative_to(checkout.root)
            if path.is_file() and not is_litter(rel) and path.name != "README.md":
                files.append((rel.as_posix(), path))
    for path in examples_tests(checkout.root):
        files.append((path.relative_to(checkout.root).as_posix(), path))
    return files


def input_stamp(checkout: Checkout, wanted: dict[str, str], project: list[tuple[str, Path]]) -> str:
    """A hash of every input of the runtime (names relative to the checkout, never its path)."""
    digest = hashlib.sha256(json.dumps([pyodide_pin(checkout), wanted, pytest_ini(checkout)]).encode())
    for name, path in project + [(p.name, p) for p in sorted(checkout.sources.iterdir()) if p.is_file()]:
        digest.update(name.encode() + b"\0" + path.read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()


def is_current(out: Path, stamp: str) -> bool:
    """True when ``out`` holds the runtime of ``stamp``, exactly the files its manifest lists."""
    manifest_path = out / "manifest.json"
    if not manifest_path.is_file():
        return False
    manifest = json.loads(manifest_path.read_text())
    present = {p.name: p.stat().st_size for p in out.iterdir() if p.name != "manifest.json"}
    return manifest.get("stamp") == stamp and manifest.get("files") == present


def make_test_databases(checkout: Checkout) -> dict[str, bytes]:
    """``{"test-db/<alias>.sqlite3": bytes}``, migrated, so that a Run need not migrate
    (runtime/test_databases.py, run natively with the pinned Django, says why)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(checkout.sources / "test_databases.py"), tmp], cwd=checkout.root,
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        return {f"test-db/{path.name}": path.read_bytes() for path in sorted(Path(tmp).iterdir())}


def build(
    checkout: Checkout,
    out: Path,
    cache: Path,
    compile: Callable = compile_packages,
    databases: Callable = make_test_databases,
) -> dict:
    """Build the runtime of ``checkout`` into ``out``, reusing ``cache`` (wheels, compiled packages)."""
    wanted = pins(checkout.root / "requirements-examples.txt", checkout.packages)
    project = project_files(checkout)
    stamp = input_stamp(checkout, wanted, project)
    if is_current(out, stamp):
        return json.loads((out / "manifest.json").read_text())

    tmp_out = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp_out, ignore_errors=True)
    tmp_out.mkdir(parents=True)
    for name in PYODIDE_FILES:
        if name != "python_stdlib.zip":
            shutil.copyfile(checkout.pyodide / name, tmp_out / name)
    # The lock file only needs to describe the interpreter: no package is fetched by name.
    lock = json.loads((checkout.pyodide / "pyodide-lock.json").read_text())
    (tmp_out / "pyodide-lock.json").write_text(json.dumps({"info": lock["info"], "packages": {}}))

    # Compiled code depends on the pins, the builder (what it drops) and the compiler only.
    key = json.dumps([pyodide_pin(checkout), wanted]).encode() + Path(__file__).read_bytes()
    key += (checkout.sources / "compile.mjs").read_bytes()
    stages = {
        "site-packages.zip": (lambda staged: stage_packages(download_wheels(wanted, cache / "wheels"), staged),
                              SITE_PACKAGES),
        "python_stdlib.zip": (lambda staged: stage_stdlib(checkout.pyodide / "python_stdlib.zip", staged), STDLIB),
    }  # fmt: skip
    for name, (stage, prefix) in stages.items():
        compiled = cache / f"{Path(name).stem}-{hashlib.sha256(key + name.encode()).hexdigest()[:16]}.zip"
        if not compiled.is_file():
            with tempfile.TemporaryDirectory() as tmp:
                staged = stage(Path(tmp, "staged.zip"))
                partial = compiled.with_name(f"{compiled.name}.{os.getpid()}.part")  # builds may share a cache
                compile(checkout, staged, partial, prefix)
                os.replace(partial, compiled)
        shutil.copyfile(compiled, tmp_out / name)

    entries: dict[str, Path | bytes] = dict(project)
    entries["pytest.ini"] = pytest_ini(checkout).encode()
    entries["runner_plugin.py"] = checkout.sources / "runner_plugin.py"
    entries["conftest.py"] = checkout.sources / "conftest.py"
    entries.update(project_bytecode(checkout, entries, compile))
    entries.update(databases(checkout))
    write_zip(tmp_out / "project.zip", entries, ZIP_EPOCH)
    shutil.copyfile(checkout.sources / "worker.mjs", tmp_out / "worker.mjs")

    files = {p.name: p.stat().st_size for p in sorted(tmp_out.iterdir())}
    manifest = {
        "stamp": stamp,
        "pyodide": pyodide_pin(checkout),
        "packages": wanted,
        "files": files,
        "bytes": sum(files.values()),
    }
    (tmp_out / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    shutil.rmtree(out, ignore_errors=True)
    tmp_out.rename(out)
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    build_dir = Path(os.environ.get("BUILDDIR", ROOT / "_build"))
    parser.add_argument("--out", type=Path, default=build_dir / "html" / "runtime", help="where to write the runtime")
    parser.add_argument("--cache", type=Path, default=build_dir / "runtime-cache", help="wheels and compiled packages")
    args = parser.parse_args(argv)
    checkout = Checkout()
    missing = missing_tools(checkout)
    if missing:
        if os.environ.get("CI") == "true":
            print(f"error: cannot build the in-browser runtime: {missing} (mandatory when CI=true)", file=sys.stderr)
            return 1
        print(f"note: the in-browser runtime is not built: {missing}.\n"
              "      The pages build without Run buttons.", file=sys.stderr)  # fmt: skip
        shutil.rmtree(args.out, ignore_errors=True)
        return 0
    try:
        manifest = build(checkout, args.out, args.cache)
    except (BuildError, subprocess.CalledProcessError, OSError) as error:
        print(f"error: cannot build the in-browser runtime: {error}", file=sys.stderr)
        return 1
    print(f"runtime: {args.out} ({manifest['bytes'] / 1e6:.1f} MB, Pyodide {manifest['pyodide']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
